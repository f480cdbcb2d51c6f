package uk.nhs.intentions.check;

import java.util.List;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Site;

/** Stage two: runs every check over the model. */
public final class Checker {
    private final List<Check> checks;

    public Checker(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public static Checker standard() {
        return new Checker(List.of(new DuplicateIdCheck(), new ReferenceCheck(), new ProviderGroupCheck(),
                new NumberingCheck(), new DraftingGapCheck(),
                new BudgetArithmeticCheck(), new BudgetReferenceCheck(), new GlossaryCheck(),
                new MarkdownLinkCheck(), new PlanLinkCheck(), new GroupScopeCheck()));
    }

    /**
     * Runs the checks side by side: each only reads the model and adds to {@code diags}, which is thread-safe and
     * sorted when read, so the messages and their order are the same as one after another.
     */
    public void run(Site site, Diagnostics diags) {
        checks.parallelStream().forEach(c -> c.run(site, diags));
    }
}
