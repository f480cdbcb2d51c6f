package uk.nhs.intentions.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.ChartSpec;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.Unit;

/**
 * Exactly what one chart shows, resolved from its spec: category labels (rows), series (columns, possibly of
 * other tables) with each figure as printed. The same data feeds the SVG, its text description, the data
 * table printed beside it, and the cache key.
 */
public record ChartData(String planId, String id, ChartSpec.Type type, boolean horizontal, String title,
        String description, Unit unit, List<String> categories, List<Series> series) {
    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** One series: its legend label and one figure per category (null where the source prints none). */
    public record Series(String label, List<Figure> figures) {
        public Series {
            figures = java.util.Collections.unmodifiableList(new ArrayList<>(figures));
        }
    }

    /** Every chart of the site with its data, in content order (plans, tables, charts as declared). */
    public static List<ChartData> all(Site site) {
        List<ChartData> out = new ArrayList<>();
        for (Plan plan : site.plans()) {
            for (BudgetTable t : plan.budgets()) {
                for (ChartSpec spec : t.charts()) {
                    of(plan, t, spec).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** Resolves a chart of {@code table}; empty when a reference is broken (the checks report it). */
    public static Optional<ChartData> of(Plan plan, BudgetTable table, ChartSpec spec) {
        List<String> categories = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        Unit unit = null;
        for (ChartSpec.Series s : spec.series()) {
            BudgetTable source = table;
            if (s.table() != null) {
                source = plan.budgets().stream().filter(t -> t.id().equals(s.table().id())).findFirst().orElse(null);
                if (source == null) {
                    return Optional.empty();
                }
            }
            var column = source.column(s.column().id());
            if (column.isEmpty()) {
                return Optional.empty();
            }
            List<Figure> figures = new ArrayList<>();
            for (var ref : spec.rows()) {
                Optional<BudgetRow> row = source.row(ref.id());
                if (row.isEmpty()) {
                    return Optional.empty();
                }
                if (series.isEmpty()) {
                    categories.add(row.get().label());
                }
                Figure f = row.get().figure(column.get().id()).orElse(null);
                figures.add(f);
                if (unit == null && f != null) {
                    unit = f.unit();
                }
            }
            String label = s.label().isEmpty() ? column.get().label() : s.label();
            series.add(new Series(label, figures));
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        Unit u = unit == null ? table.unit() : unit;
        ChartData draft = new ChartData(plan.id(), spec.id(), spec.type(), spec.horizontal(), spec.title(), "", u,
                categories, series);
        String description = spec.description().isEmpty() ? ChartText.describe(draft) : spec.description();
        return Optional.of(new ChartData(plan.id(), spec.id(), spec.type(), spec.horizontal(), spec.title(),
                description, u, categories, series));
    }

    static BigDecimal valueOf(Figure f) {
        return f == null ? null : f.value();
    }
}
