package uk.nhs.intentions.model;

import java.util.List;

/**
 * A chart declared by a budget table. Categories are rows (by id); each series is a column, of this table
 * or of another table of the same plan, so editors can chart a new table, or compare scenarios, without code.
 */
public record ChartSpec(String id, Type type, String title, String description, boolean horizontal,
        List<Ref> rows, List<Series> series, Positions at) {
    public ChartSpec {
        rows = List.copyOf(rows);
        series = List.copyOf(series);
    }

    public enum Type {
        BAR("bar"), WATERFALL("waterfall");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Type::id).toList();
        }
    }

    /** One series: a column of {@code table} (null = the declaring table), labelled for the legend. */
    public record Series(Ref table, Ref column, String label, Positions at) {
    }
}
