package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.BudgetColumn;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * A PBC group's budget lines for its page: every budget-table row linked to the group ({@code group:}),
 * with the table's caption, scenario, link and the row's figures as printed, column by column. For the group
 * page model: {@code model.put("budgets", GroupBudgets.forGroup(ctx, group.id()))}.
 */
public final class GroupBudgets {
    private GroupBudgets() {
    }

    public static List<Map<String, Object>> forGroup(RenderContext ctx, String groupId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Plan plan : ctx.index().site().plans()) {
            for (BudgetTable t : plan.budgets()) {
                for (BudgetRow r : t.rows()) {
                    if (r.group() == null || !r.group().id().equals(groupId)) {
                        continue;
                    }
                    List<Map<String, Object>> figures = new ArrayList<>();
                    for (BudgetColumn c : t.columns()) {
                        Figure f = r.values().get(c.id());
                        if (f != null) {
                            String label = c.heading();
                            figures.add(Views.map("label", label, "printed", f.printed(),
                                    "unit", t.unitOf(r, c).label(), "negative", f.isNegative()));
                        }
                    }
                    out.add(Views.map("plan", plan.id(), "period", plan.period(), "table", t.caption(),
                            "href", SitePaths.budget(plan.id(), t.id()),
                            "scenario", t.scenario() == null ? "" : t.scenario().label(),
                            "rowLabel", r.label(), "figures", figures));
                }
            }
        }
        return out;
    }
}
