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

    public void run(Site site, Diagnostics diags) {
        for (Check c : checks) {
            c.run(site, diags);
        }
    }
}
