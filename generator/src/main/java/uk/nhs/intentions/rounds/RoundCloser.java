package uk.nhs.intentions.rounds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.index.changes.Snapshots;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;

/**
 * Closes a consultation round: saves the plan's current data as the round's snapshot inside content/, so
 * it lives in git and later builds can show what changed since.
 */
public final class RoundCloser {
    /** The outcome: the snapshot saved, or the reason it was not. Both say what happened in words. */
    public sealed interface Outcome {
        String message();

        /** The round is closed; its snapshot is at {@code snapshot}. */
        record Closed(String message, Path snapshot) implements Outcome {
        }

        /** Nothing was written. */
        record Refused(String message) implements Outcome {
        }
    }

    private RoundCloser() {
    }

    public static Outcome close(Site site, Path contentDir, String roundId, String planId) throws IOException {
        List<Plan> candidates = site.plans().stream().filter(p -> planId == null || p.id().equals(planId)).toList();
        if (candidates.size() != 1) {
            return new Outcome.Refused(planId == null ? "the site has several plans; name one with --plan"
                    : "no plan with id `" + planId + "`");
        }
        Plan plan = candidates.get(0);
        Optional<ConsultationRound> round = plan.rounds().stream().filter(r -> r.id().equals(roundId)).findFirst();
        if (round.isEmpty()) {
            return new Outcome.Refused("no round `" + roundId + "` in plans/" + plan.id() + "/rounds.yml; add it"
                    + " there first (id, name, opens, closes, audience)");
        }
        if (round.get().closed()) {
            return new Outcome.Refused("round `" + roundId + "` is already closed; its snapshot is kept as it is");
        }
        Path dir = contentDir.resolve("plans").resolve(plan.id()).resolve("rounds");
        Files.createDirectories(dir);
        Path target = dir.resolve(roundId + ".yml");
        Path tmp = Files.createTempFile(dir, "." + roundId, ".tmp");
        Files.writeString(tmp, SnapshotWriter.write(plan.id(), Snapshots.of(plan, roundId)), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return new Outcome.Closed("closed round `" + roundId + "` (" + round.get().name() + "): snapshot of "
                + plan.intentionCount() + " intentions saved", target);
    }
}
