package uk.nhs.intentions.model;

import java.util.List;

/**
 * The plan's data frozen at the close of a consultation round: what the "what changed" pages compare.
 * Kept as plain values (no positions) because it is compared, not edited.
 */
public record PlanSnapshot(String roundId, List<IntentionSnapshot> intentions, List<FigureSnapshot> figures) {
    public PlanSnapshot {
        intentions = List.copyOf(intentions);
        figures = List.copyOf(figures);
    }

    /** One intention as it stood; parts are flattened to text so changes read as word-level diffs. */
    public record IntentionSnapshot(String id, String number, String area, String section, String status,
            String actions, String outcomes, List<String> providers) {
        public IntentionSnapshot {
            providers = List.copyOf(providers);
        }
    }

    /** One printed budget figure: table, row and column ids, the label a reader sees, and the figure as printed. */
    public record FigureSnapshot(String table, String row, String column, String label, String value) {
    }
}
