package uk.nhs.intentions.index.changes;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.intentions.model.BudgetColumn;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.PlanSnapshot;

/** Every printed figure of a budget table, as snapshot entries. */
final class BudgetFigures {
    private BudgetFigures() {
    }

    static List<PlanSnapshot.FigureSnapshot> of(BudgetTable table) {
        List<PlanSnapshot.FigureSnapshot> out = new ArrayList<>();
        for (BudgetRow row : table.rows()) {
            if (row.heading() || row.id() == null) {
                continue;
            }
            for (BudgetColumn column : table.columns()) {
                row.figure(column.id()).ifPresent(f -> out.add(new PlanSnapshot.FigureSnapshot(table.id(), row.id(),
                        column.id(), table.columns().size() == 1 ? row.label()
                                : row.label() + " – " + column.heading(), f.printed())));
            }
        }
        return out;
    }
}
