package uk.nhs.intentions.model;

import java.util.List;
import java.util.Optional;

/**
 * A budget table transcribed from the source: figures as printed, with its columns, rows, stated totals,
 * scenario, notes and the charts it gets. See docs/finance.md for the file format.
 */
public record BudgetTable(String id, String number, String title, Unit unit, String source, Scenario scenario,
        Markdown notes, List<Ref> narrative, List<BudgetColumn> columns, List<BudgetRow> rows,
        List<ChartSpec> charts, Positions at) {
    public BudgetTable {
        narrative = List.copyOf(narrative);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        charts = List.copyOf(charts);
    }

    /** The scenario a table belongs to, e.g. "no deposit with SHA" vs "£13.7m deposit". */
    public record Scenario(String id, String label) {
    }

    public Optional<BudgetRow> row(String rowId) {
        return rows.stream().filter(r -> rowId.equals(r.id())).findFirst();
    }

    public Optional<BudgetColumn> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }

    /** "Table 4: Calculation of …" or the bare title. */
    public String caption() {
        return number == null || number.isEmpty() ? title : "Table " + number + ": " + title;
    }

    /** The unit a cell's figures are in: row override, else column, else the table's. */
    public Unit unitOf(BudgetRow row, BudgetColumn column) {
        if (row.unit() != null) {
            return row.unit();
        }
        return column.unit() != null ? column.unit() : unit;
    }
}
