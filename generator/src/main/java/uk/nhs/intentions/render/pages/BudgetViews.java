package uk.nhs.intentions.render.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.chart.ChartData;
import uk.nhs.intentions.model.BudgetColumn;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.ChartSpec;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.Figures;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Unit;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/** Page models for budget tables and their charts: every figure exactly as printed. */
public final class BudgetViews {
    private BudgetViews() {
    }

    /** A budget table as header rows, body rows and cells for budget-table.ftlh. */
    public static Map<String, Object> table(RenderContext ctx, Plan plan, BudgetTable t) {
        boolean grouped = t.columns().stream().anyMatch(c -> !c.group().isEmpty());
        List<Map<String, Object>> top = new ArrayList<>();
        List<Map<String, Object>> sub = new ArrayList<>();
        List<BudgetColumn> cols = t.columns();
        for (int i = 0; i < cols.size(); ) {
            BudgetColumn c = cols.get(i);
            if (grouped && !c.group().isEmpty()) {
                int j = i;
                while (j < cols.size() && cols.get(j).group().equals(c.group())) {
                    sub.add(header(t, cols.get(j)));
                    j++;
                }
                top.add(Views.map("label", c.group(), "span", j - i, "group", true));
                i = j;
            } else {
                Map<String, Object> h = header(t, c);
                h.put("span", 1);
                h.put("group", false);
                top.add(h);
                i++;
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            if (r.heading()) {
                rows.add(Views.map("heading", true, "label", r.label(), "level", r.level(), "note", r.note()));
                continue;
            }
            List<Map<String, Object>> cells = new ArrayList<>();
            for (BudgetColumn c : cols) {
                Figure f = r.values().get(c.id());
                cells.add(f == null ? Views.map("printed", "", "empty", true, "negative", false)
                        : Views.map("printed", f.printed(), "empty", false, "negative", f.isNegative()));
            }
            List<Map<String, Object>> intentions = new ArrayList<>();
            for (Ref ref : r.intentions()) {
                ctx.index().plan(plan.id()).flatMap(pi -> pi.intention(ref.id()))
                        .ifPresent(i -> intentions.add(Views.intentionLink(plan, i)));
            }
            Map<String, Object> group = r.group() == null ? null : ctx.index().site().groups().stream()
                    .filter(g -> g.id().equals(r.group().id())).findFirst()
                    .map(g -> Views.link(g.name(), SitePaths.group(g.id()))).orElse(null);
            rows.add(Views.map("heading", false, "id", r.id(), "label", r.label(), "level", r.level(),
                    "total", r.isTotal(), "cells", cells, "note", r.note(), "intentions", intentions,
                    "group", group));
        }
        return Views.map("id", t.id(), "caption", t.caption(), "unit", t.unit().label(), "grouped", grouped,
                "top", top, "sub", sub, "rows", rows, "columnCount", cols.size());
    }

    private static Map<String, Object> header(BudgetTable t, BudgetColumn c) {
        Unit u = c.unit() != null ? c.unit() : t.unit();
        return Views.map("label", c.label(), "unit", c.label().equals(u.label()) ? "" : u.label());
    }

    /** The charts declared by a table, each with its image, text alternative and data table. */
    public static List<Map<String, Object>> charts(Plan plan, BudgetTable t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ChartSpec spec : t.charts()) {
            ChartData.of(plan, t, spec).ifPresent(d -> out.add(chart(d)));
        }
        return out;
    }

    public static Map<String, Object> chart(ChartData d) {
        List<Map<String, Object>> dataRows = new ArrayList<>();
        for (int i = 0; i < d.categories().size(); i++) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (ChartData.Series s : d.series()) {
                Figure f = s.figures().get(i);
                cells.add(f == null ? Views.map("printed", "", "negative", false)
                        : Views.map("printed", f.printed(), "negative", f.isNegative()));
            }
            dataRows.add(Views.map("label", d.categories().get(i), "cells", cells));
        }
        List<String> seriesLabels = d.series().stream().map(ChartData.Series::label).toList();
        if (seriesLabels.size() == 1 && seriesLabels.get(0).isEmpty()) {
            seriesLabels = List.of(d.unit().label());
        }
        return Views.map("id", d.id(), "title", d.title(), "alt", d.description(),
                "src", SitePaths.chart(d.planId(), d.id()), "unit", d.unit().label(), "series", seriesLabels,
                "rows", dataRows);
    }

    /** Money readers need on the home page: every row marked {@code headline:}, in content order. */
    public static List<Map<String, Object>> headlineFigures(RenderContext ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Plan plan : ctx.index().site().plans()) {
            for (BudgetTable t : plan.budgets()) {
                for (BudgetRow r : t.rows()) {
                    if (r.headline() == null || r.values().isEmpty()) {
                        continue;
                    }
                    List<String> shown = new ArrayList<>();
                    for (Figure f : r.values().values()) {
                        shown.add(readable(f));
                    }
                    out.add(Views.map("label", r.headline(), "value", String.join(", ", shown),
                            "href", SitePaths.budget(plan.id(), t.id()), "source", t.caption(),
                            "plan", plan.id()));
                }
            }
        }
        return out;
    }

    /** £'000 figures of a million or more read as £m (710,949 → £710.9m); others as printed. */
    static String readable(Figure f) {
        if (f.unit() == Unit.THOUSANDS && f.value().abs().compareTo(new BigDecimal(1000)) >= 0) {
            BigDecimal m = f.value().divide(new BigDecimal(1000)).setScale(1, RoundingMode.HALF_UP);
            return Figures.format(m, Unit.MILLIONS, 1);
        }
        if (f.unit() == Unit.THOUSANDS) {
            return "£" + f.printed() + "k";
        }
        return f.printed();
    }

    /** Links to the intentions a plan's budget rows fund, used by intention pages if wanted. */
    static List<Map<String, Object>> intentionLinks(Plan plan, List<Ref> refs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Ref ref : refs) {
            for (Intention i : plan.intentions()) {
                if (i.id().equals(ref.id())) {
                    out.add(Views.intentionLink(plan, i));
                }
            }
        }
        return out;
    }
}
