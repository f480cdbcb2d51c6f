package uk.nhs.intentions.index.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.PlanSnapshot;
import uk.nhs.intentions.support.Once;

/** A plan's versions: its closed rounds in order, then the current content. */
public final class PlanChanges {
    /** An intention as it stood at one version; {@code intention} is null where it did not exist. */
    public record HistoryEntry(String label, PlanSnapshot.IntentionSnapshot intention, boolean changedFromPrevious) {
    }

    public static final String CURRENT = "This version";

    private final List<ConsultationRound> closed;
    private final List<ChangeSet> steps = new ArrayList<>();
    /**
     * The plan as a snapshot, made when first needed and kept when the plan has a closed round (its changes and
     * history compare with it). A plan with none needs it only for two data files, which each make their own: kept,
     * it held a second copy of every intention's text for the whole build (a tenth of a large site's memory).
     */
    private final java.util.function.Supplier<PlanSnapshot> current;
    /** Each closed round's intentions by id, then the current ones: history lookups stay O(1) per version. */
    private final Once<List<java.util.Map<String, PlanSnapshot.IntentionSnapshot>>> versions;

    public PlanChanges(Plan plan) {
        this.closed = plan.rounds().stream().filter(ConsultationRound::closed).toList();
        this.current = closed.isEmpty() ? () -> Snapshots.of(plan, "") : Once.of(() -> Snapshots.of(plan, ""));
        this.versions = Once.of(() -> {
            List<java.util.Map<String, PlanSnapshot.IntentionSnapshot>> made = new ArrayList<>();
            closed.forEach(r -> made.add(byId(r.snapshot())));
            made.add(byId(current.get()));
            return List.copyOf(made);
        });
        for (int i = 0; i + 1 < closed.size(); i++) {
            steps.add(Changes.between(closed.get(i).snapshot(), closed.get(i).name(), closed.get(i + 1).snapshot(),
                    closed.get(i + 1).name()));
        }
        if (!closed.isEmpty()) {
            ConsultationRound last = closed.get(closed.size() - 1);
            steps.add(Changes.between(last.snapshot(), last.name(), current(), CURRENT));
        }
    }

    /** The plan's current content in snapshot form ({@link Snapshots#of}); made once for the build if kept. */
    public PlanSnapshot current() {
        return current.get();
    }

    public List<ConsultationRound> closedRounds() {
        return closed;
    }

    /** Every comparison of a version with the one before it, oldest first; the last is "since the latest round". */
    public List<ChangeSet> steps() {
        return List.copyOf(steps);
    }

    public Optional<ChangeSet> sinceLatestRound() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The intention at each closed round and now, oldest first. */
    public List<HistoryEntry> history(String intentionId) {
        List<HistoryEntry> out = new ArrayList<>();
        if (closed.isEmpty()) {
            return out; // no round closed: no history to tell
        }
        List<java.util.Map<String, PlanSnapshot.IntentionSnapshot>> versions = this.versions.get();
        PlanSnapshot.IntentionSnapshot previous = null;
        boolean first = true;
        for (int i = 0; i < closed.size(); i++) {
            ConsultationRound r = closed.get(i);
            PlanSnapshot.IntentionSnapshot at = versions.get(i).get(intentionId);
            out.add(new HistoryEntry(r.name(), at, !first && !java.util.Objects.equals(previous, at)));
            previous = at;
            first = false;
        }
        PlanSnapshot.IntentionSnapshot now = versions.get(versions.size() - 1).get(intentionId);
        out.add(new HistoryEntry(CURRENT, now, !java.util.Objects.equals(previous, now)));
        return out;
    }

    private static java.util.Map<String, PlanSnapshot.IntentionSnapshot> byId(PlanSnapshot s) {
        java.util.Map<String, PlanSnapshot.IntentionSnapshot> m = new java.util.HashMap<>();
        s.intentions().forEach(i -> m.putIfAbsent(i.id(), i));
        return m;
    }
}
