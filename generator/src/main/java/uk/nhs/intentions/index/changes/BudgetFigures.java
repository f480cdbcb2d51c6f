package uk.nhs.intentions.index.changes;

import java.util.List;

import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.PlanSnapshot;

/** Every printed figure of a budget table, as snapshot entries. */
final class BudgetFigures {
    private BudgetFigures() {
    }

    static List<PlanSnapshot.FigureSnapshot> of(BudgetTable table) {
        return List.of();
    }
}
