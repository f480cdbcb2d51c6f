package uk.nhs.intentions.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A row of a budget table: a heading (no figures) or a line with figures by column id. A row with a
 * {@code formula} states a total, sub-total or percentage the arithmetic check verifies. {@code group} and
 * {@code intentions} link the row to a PBC group and to the intentions its money funds; {@code priorities} to
 * the disease priorities it funds (only where the source says so).
 */
public record BudgetRow(String id, String label, boolean heading, int level, Map<String, Figure> values,
        Unit unit, BudgetFormula formula, Ref group, List<Ref> intentions, String note, String headline,
        Positions at, List<Ref> priorities) {
    public BudgetRow {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        intentions = List.copyOf(intentions);
        priorities = List.copyOf(priorities);
    }

    public BudgetRow(String id, String label, boolean heading, int level, Map<String, Figure> values, Unit unit,
            BudgetFormula formula, Ref group, List<Ref> intentions, String note, String headline, Positions at) {
        this(id, label, heading, level, values, unit, formula, group, intentions, note, headline, at, List.of());
    }

    public Optional<Figure> figure(String columnId) {
        return Optional.ofNullable(values.get(columnId));
    }

    public boolean isTotal() {
        return formula instanceof BudgetFormula.Total;
    }
}
