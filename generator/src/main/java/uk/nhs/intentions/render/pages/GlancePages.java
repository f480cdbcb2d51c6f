package uk.nhs.intentions.render.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.BudgetColumn;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.Figures;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.Unit;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * The board's view of a plan with budgets, "at a glance": the budget position as the tables' own stated totals
 * (linked to their rows), then the money of budget lines linked to intentions by service area (the intentions'
 * sections) and to priorities (a line's own {@code priorities}, or its intentions'), each as a bar chart with its
 * table. Only what the content links is shown: a plan whose budget lines name no intention says so.
 */
final class GlancePages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            if (plan.budgets().isEmpty()) {
                continue;
            }
            List<Map<String, Object>> position = new ArrayList<>();
            List<Map<String, Object>> byArea = new ArrayList<>();
            List<Map<String, Object>> byPriority = new ArrayList<>();
            for (BudgetTable t : plan.budgets()) {
                position(plan, t).ifPresent(position::add);
                breakdown(ctx, pi, t, false).ifPresent(byArea::add);
                breakdown(ctx, pi, t, true).ifPresent(byPriority::add);
            }
            pages.add(new Page(SitePaths.glance(plan.id()), "glance.ftlh", Views.map(
                    "title", "At a glance: budgets and priorities",
                    "description", "The budget position of " + plan.title() + " from its tables' own totals, and"
                            + " where the money the plan links to intentions goes, by service area and priority.",
                    "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(), SitePaths.plan(plan.id())),
                    "planTitle", plan.title(),
                    "intentionCount", plan.intentionCount(),
                    "sectionCount", plan.sections().size(),
                    "budgetsHref", SitePaths.budgets(plan.id()),
                    "headlines", BudgetViews.headlineFigures(ctx).stream()
                            .filter(h -> plan.id().equals(h.get("plan"))).toList(),
                    "position", position,
                    "byArea", byArea,
                    "byPriority", byPriority)));
        }
        return pages;
    }

    /** A table's stated totals (rows with {@code total:}) as printed, each linked to its row. */
    private static Optional<Map<String, Object>> position(Plan plan, BudgetTable t) {
        List<BudgetRow> totals = t.rows().stream().filter(r -> !r.heading() && r.isTotal() && !r.values().isEmpty())
                .toList();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        List<BudgetColumn> columns = t.columns().stream()
                .filter(c -> totals.stream().anyMatch(r -> r.figure(c.id()).isPresent())).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BudgetRow r : totals) {
            List<String> cells = columns.stream().map(c -> r.figure(c.id()).map(Figure::printed).orElse("")).toList();
            rows.add(Views.map("label", r.label(), "href", SitePaths.budget(plan.id(), t.id()) + "#row-" + r.id(),
                    "cells", cells));
        }
        return Optional.of(Views.map("caption", t.caption(), "id", t.id(), "href", SitePaths.budget(plan.id(), t.id()),
                "unit", t.unit().label(), "columns", columns.stream().map(BudgetColumn::heading).toList(),
                "rows", rows));
    }

    /**
     * The table's lines linked to intentions, summed by service area (or by priority): in the table's last
     * money column with figures for them. A line whose intentions span several areas is kept whole under
     * "Several service areas", never split.
     */
    private static Optional<Map<String, Object>> breakdown(RenderContext ctx, PlanIndex pi, BudgetTable t,
            boolean byPriority) {
        Plan plan = pi.plan();
        List<BudgetRow> linked = t.rows().stream().filter(r -> !r.heading() && !r.isTotal())
                .filter(r -> byPriority ? !priorities(pi, r).isEmpty() : !r.intentions().isEmpty()).toList();
        Optional<BudgetColumn> column = lastMoneyColumn(t, linked);
        if (linked.isEmpty() || column.isEmpty()) {
            return Optional.empty();
        }
        BudgetColumn col = column.get();
        Map<String, Bucket> buckets = new LinkedHashMap<>();
        if (!byPriority) {
            for (Section s : plan.sections().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList()) {
                buckets.put(s.id(), new Bucket(s.number() + ". " + s.title(), SitePaths.section(plan.id(), s.id())));
            }
        } else {
            for (Priority p : ctx.index().site().priorities()) {
                buckets.put(p.id(), new Bucket(p.name(), SitePaths.priority(p.id())));
            }
        }
        Bucket several = new Bucket(byPriority ? "Several priorities" : "Several service areas", "");
        for (BudgetRow r : linked) {
            Optional<Figure> f = r.figure(col.id());
            if (f.isEmpty()) {
                continue;
            }
            Set<String> keys = byPriority ? priorities(pi, r) : sections(pi, r);
            Bucket b = keys.size() == 1 ? buckets.get(keys.iterator().next()) : several;
            if (b != null) {
                b.add(r, f.get(), SitePaths.budget(plan.id(), t.id()) + "#row-" + r.id());
            }
        }
        List<Bucket> used = new ArrayList<>(buckets.values().stream().filter(b -> !b.lines.isEmpty()).toList());
        if (!several.lines.isEmpty()) {
            used.add(several);
        }
        if (used.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal max = used.stream().map(b -> b.sum.max(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Map<String, Object>> bars = new ArrayList<>();
        for (Bucket b : used) {
            Unit unit = b.unit == null ? t.unit() : b.unit;
            String width = max.signum() == 0 || b.sum.signum() <= 0 ? "0" : b.sum.multiply(new BigDecimal(100))
                    .divide(max, 1, RoundingMode.HALF_UP).toPlainString();
            bars.add(Views.map("label", b.label, "href", b.href, "amount", Figures.format(b.sum, unit, b.decimals),
                    "width", width, "lines", b.lines));
        }
        return Optional.of(Views.map("caption", t.caption(), "id", t.id() + (byPriority ? "-priority" : "-area"),
                "href", SitePaths.budget(plan.id(), t.id()), "column", col.heading(), "unit", t.unit().label(),
                "bars", bars));
    }

    private static Set<String> sections(PlanIndex pi, BudgetRow r) {
        Set<String> out = new LinkedHashSet<>();
        for (Ref ref : r.intentions()) {
            pi.intention(ref.id()).ifPresent(i -> out.add(pi.sectionOf(i).id()));
        }
        return out;
    }

    /** A line's own priorities, else those of the intentions it funds. */
    private static Set<String> priorities(PlanIndex pi, BudgetRow r) {
        Set<String> out = new LinkedHashSet<>();
        r.priorities().forEach(p -> out.add(p.id()));
        if (out.isEmpty()) {
            for (Ref ref : r.intentions()) {
                pi.intention(ref.id()).map(Intention::priorities).ifPresent(ps -> ps.forEach(p -> out.add(p.id())));
            }
        }
        return out;
    }

    private static Optional<BudgetColumn> lastMoneyColumn(BudgetTable t, List<BudgetRow> rows) {
        for (int k = t.columns().size() - 1; k >= 0; k--) {
            BudgetColumn c = t.columns().get(k);
            boolean money = rows.stream().anyMatch(r -> r.figure(c.id()).filter(f -> f.unit() != Unit.PERCENT)
                    .isPresent());
            if (money) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A service area's (or priority's) linked lines and their sum, in one unit. */
    private static final class Bucket {
        final String label;
        final String href;
        final List<Map<String, Object>> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        Unit unit;
        int decimals;

        Bucket(String label, String href) {
            this.label = label;
            this.href = href;
        }

        void add(BudgetRow r, Figure f, String href) {
            if (f.unit() == Unit.PERCENT || (unit != null && unit != f.unit())) {
                return;
            }
            unit = f.unit();
            decimals = Math.max(decimals, f.decimals());
            sum = sum.add(f.value());
            lines.add(Views.map("label", r.label(), "href", href, "printed", f.printed()));
        }
    }
}
