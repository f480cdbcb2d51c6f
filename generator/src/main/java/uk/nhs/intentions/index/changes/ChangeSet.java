package uk.nhs.intentions.index.changes;

import java.util.List;
import java.util.Set;

import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.PlanSnapshot.IntentionSnapshot;

/**
 * What changed between two versions of a plan. Intentions are matched by stable id, so a renumbering is a
 * change of number, not a removal plus an addition.
 */
public record ChangeSet(String fromRoundId, String fromLabel, String toLabel, List<IntentionChange> added,
        List<IntentionChange> removed, List<IntentionChange> changed, List<FigureChange> figures) {
    public ChangeSet {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        figures = List.copyOf(figures);
    }

    /**
     * The part of this change set that concerns any of {@code providerIds} (a provider and its groups): the
     * intentions added, removed or changed that name one of them, before or after. Budget figures belong to no
     * provider, so none are kept.
     */
    public ChangeSet concerning(Set<String> providerIds) {
        return new ChangeSet(fromRoundId, fromLabel, toLabel,
                added.stream().filter(x -> x.concerns(providerIds)).toList(),
                removed.stream().filter(x -> x.concerns(providerIds)).toList(),
                changed.stream().filter(x -> x.concerns(providerIds)).toList(), List.of());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && figures.isEmpty();
    }

    /** One intention's change; {@code before} is null when added, {@code after} when removed. */
    public record IntentionChange(String id, IntentionSnapshot before, IntentionSnapshot after,
            List<TextDiff.Run> area, List<TextDiff.Run> actions, List<TextDiff.Run> outcomes,
            List<String> providersAdded, List<String> providersRemoved) {
        public IntentionChange {
            area = List.copyOf(area);
            actions = List.copyOf(actions);
            outcomes = List.copyOf(outcomes);
            providersAdded = List.copyOf(providersAdded);
            providersRemoved = List.copyOf(providersRemoved);
        }

        public boolean renumbered() {
            return before != null && after != null && !before.number().equals(after.number());
        }

        public boolean statusChanged() {
            return before != null && after != null && !before.status().equals(after.status());
        }

        public boolean textChanged() {
            return areaChanged() || actionsChanged() || outcomesChanged();
        }

        public boolean areaChanged() {
            return changedRuns(area);
        }

        public boolean actionsChanged() {
            return changedRuns(actions);
        }

        public boolean outcomesChanged() {
            return changedRuns(outcomes);
        }

        /** The current snapshot if it still exists, else the last one. */
        public IntentionSnapshot latest() {
            return after != null ? after : before;
        }

        /** Whether this change touches a provider id, before or after. */
        public boolean concerns(Set<String> providerIds) {
            return (before != null && before.providers().stream().anyMatch(providerIds::contains))
                    || (after != null && after.providers().stream().anyMatch(providerIds::contains));
        }

        private static boolean changedRuns(List<TextDiff.Run> runs) {
            return runs.stream().anyMatch(r -> r.kind() != TextDiff.Kind.SAME);
        }
    }

    /** A printed budget figure that moved; difference is null when it cannot be computed (added, removed). */
    public record FigureChange(String table, String row, String column, String label, String before, String after,
            Figure difference) {
    }
}
