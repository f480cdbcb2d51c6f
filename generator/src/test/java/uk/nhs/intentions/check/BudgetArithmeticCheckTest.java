package uk.nhs.intentions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.MiniSite;

class BudgetArithmeticCheckTest {
    private static final String TOTALS = "content/plans/test-plan/budgets/totals.yml";
    private static final String COLUMNS = "content/plans/test-plan/budgets/columns.yml";

    @Test
    void rowTotalsAndPercentageChanges(@TempDir Path tmp) {
        List<String> d = MiniSite.withBudgets(tmp, "totals.yml").diagnostics();
        assertEquals(List.of(
                TOTALS + ":17:12: warning: `Slip of one` is printed as 71 but A + B = 100 + (30) = 70: a difference of"
                        + " 1 £'000, within the rounding tolerance of 2 (kept as printed; check it against the source)",
                TOTALS + ":21:12: error: `Wrong total` is printed as 75 but A + B = 100 + (30) = 70: a difference of"
                        + " 5 £'000, more than the rounding tolerance of 2 (correct the figure or the figures it"
                        + " derives from so they match the source)",
                TOTALS + ":29:12: error: `Change wrong` is printed as 12.5% but the change from 100 to 70 is -30.000%"
                        + " ((30.0%) at the printed precision): a difference of 42.5 percentage points, more than the"
                        + " rounding tolerance of 2 (correct the figure or the figures it derives from so they match"
                        + " the source)"), d);
    }

    @Test
    void columnSumsRowTotalsAndShares(@TempDir Path tmp) {
        List<String> d = MiniSite.withBudgets(tmp, "columns.yml").diagnostics();
        assertEquals(List.of(
                COLUMNS + ":12:62: warning: `WatCom` (Total) is printed as 213,363 but Scope Excluded + Scope Included"
                        + " = 64,288 + 149,074 = 213,362: a difference of 1 £'000, within the rounding tolerance of 2"
                        + " (kept as printed; check it against the source)",
                COLUMNS + ":16:62: warning: `Total` (Total) is printed as 213,362 but the only row it totals, WatCom, is 213,363: a"
                        + " difference of 1 £'000, within the rounding tolerance of 2 (kept as printed; check it"
                        + " against the source)"), d);
    }

    @Test
    void unknownRowInATotalIsAnError(@TempDir Path tmp) throws Exception {
        MiniSite site = MiniSite.withBudgets(tmp);
        java.nio.file.Files.writeString(site.root().resolve("content/plans/test-plan/budgets/bad.yml"), """
                id: bad
                title: Bad
                rows:
                  - id: a
                    label: A
                    value: "1"
                  - id: t
                    label: T
                    value: "1"
                    total: [a, nope]
                """);
        assertEquals(List.of("content/plans/test-plan/budgets/bad.yml:10:16: error: unknown row `nope` in budget table"
                + " `bad` (formulas name rows of the same table by their id)"), site.diagnostics());
    }
}
