package uk.nhs.intentions.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A row of a budget table: a heading (no figures) or a line with figures by column id. A row with a
 * {@code formula} states a total, sub-total or percentage the arithmetic check verifies. {@code group} and
 * {@code intentions} link the row to a PBC group and to the intentions its money funds.
 */
public record BudgetRow(String id, String label, boolean heading, int level, Map<String, Figure> values,
        Unit unit, BudgetFormula formula, Ref group, List<Ref> intentions, String note, String headline,
        Positions at) {
    public BudgetRow {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        intentions = List.copyOf(intentions);
    }

    public Optional<Figure> figure(String columnId) {
        return Optional.ofNullable(values.get(columnId));
    }

    public boolean isTotal() {
        return formula instanceof BudgetFormula.Total;
    }
}
