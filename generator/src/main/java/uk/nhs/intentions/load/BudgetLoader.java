package uk.nhs.intentions.load;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.BudgetTable;

/** Reads one budget table file. */
final class BudgetLoader {
    private final Diagnostics diags;

    BudgetLoader(Diagnostics diags) {
        this.diags = diags;
    }

    BudgetTable load(YMap m) {
        m.allow("id", "title", "notes");
        return new BudgetTable(m.id("id"), m.text("title"), m.markdown("notes", false), m.positions());
    }
}
