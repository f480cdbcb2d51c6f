package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/** The budgets index of each plan and one page per budget table, with its charts beside their data. */
final class BudgetPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (Plan plan : ctx.index().site().plans()) {
            if (plan.budgets().isEmpty()) {
                continue;
            }
            List<Map<String, Object>> tables = new ArrayList<>();
            for (BudgetTable t : plan.budgets()) {
                tables.add(Views.map("caption", t.caption(), "href", SitePaths.budget(plan.id(), t.id()),
                        "scenario", t.scenario() == null ? null : t.scenario().label(), "source", t.source(),
                        "chartCount", t.charts().size()));
            }
            pages.add(new Page(SitePaths.budgets(plan.id()), "budgets.ftlh", Views.map(
                    "title", "Budgets " + plan.period(),
                    "description", "Budget tables of " + plan.title() + " (" + plan.period() + ").",
                    "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(), SitePaths.plan(plan.id())),
                    "tables", tables,
                    "headlineFigures", BudgetViews.headlineFigures(ctx).stream()
                            .filter(h -> plan.id().equals(h.get("plan"))).toList())));
            for (BudgetTable t : plan.budgets()) {
                pages.add(page(ctx, plan, t));
            }
        }
        return pages;
    }

    private static Page page(RenderContext ctx, Plan plan, BudgetTable t) {
        List<Map<String, Object>> narrative = new ArrayList<>();
        for (Ref ref : t.narrative()) {
            plan.narrative().stream().filter(n -> n.id().equals(ref.id())).findFirst().map(NarrativePage.class::cast)
                    .ifPresent(n -> narrative.add(Views.link(n.title(), SitePaths.narrative(plan.id(), n.id()))));
        }
        return new Page(SitePaths.budget(plan.id(), t.id()), "budget.ftlh", Views.map(
                "title", t.caption(),
                "description", t.caption() + ", " + plan.title() + " (" + plan.period() + "). Figures as printed, in "
                        + t.unit().label() + ".",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(), SitePaths.plan(plan.id()),
                        "Budgets", SitePaths.budgets(plan.id())),
                "table", BudgetViews.table(ctx, plan, t),
                "source", t.source(),
                "scenario", t.scenario() == null ? null : t.scenario().label(),
                "notes", ctx.markdown().toMarkup(t.notes()),
                "hasNotes", !t.notes().isBlank(),
                "narrative", narrative,
                "charts", BudgetViews.charts(plan, t)));
    }
}
