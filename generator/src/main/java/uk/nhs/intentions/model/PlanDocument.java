package uk.nhs.intentions.model;

import java.util.List;

/**
 * What kind of document a plan is and how it is written: {@code kind} (plan, letter, briefing, report, …),
 * who wrote or signed it and for whom ("" when not stated), and which columns its intentions have.
 */
public record PlanDocument(String kind, String author, String signatory, String audience, List<String> columns) {
    public static final List<String> KINDS = List.of("plan", "letter", "briefing", "report", "strategy",
            "minutes", "other");
    /** The columns an intention may have; a document states only some (a letter gives no outcomes). */
    public static final List<String> COLUMNS = List.of("actions", "outcomes", "providers");
    public static final PlanDocument PLAN = new PlanDocument("plan", "", "", "", COLUMNS);

    public PlanDocument {
        columns = List.copyOf(columns);
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    /** "Letter", "Briefing": how the kind reads in a sentence start. */
    public String kindLabel() {
        return kind.isEmpty() ? "" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
