package uk.nhs.intentions.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.ConsultationResponse;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.PlanSnapshot;

/** Reads a plan's consultation rounds (rounds.yml), their snapshots (rounds/<id>.yml) and responses. */
final class RoundLoader {
    private final SiteConfig config;
    private final Diagnostics diags;

    RoundLoader(SiteConfig config, Diagnostics diags) {
        this.config = config;
        this.diags = diags;
    }

    List<ConsultationRound> rounds(Path planDir) {
        Path file = planDir.resolve("rounds.yml");
        if (!Files.isRegularFile(file) || !ContentFiles.isInside(file, config.contentDir(), config, diags)) {
            return List.of();
        }
        String shown = config.display(file);
        Optional<YMap> root = ContentFiles.readYaml(file, shown, diags).flatMap(n -> YMap.of(n, shown, diags,
                "rounds.yml"));
        List<ConsultationRound> out = new ArrayList<>();
        root.ifPresent(r -> {
            r.allow("rounds");
            for (YMap m : r.maps("rounds")) {
                m.allow("id", "name", "opens", "closes", "audience");
                String id = m.id("id");
                PlanSnapshot snapshot = id.isEmpty() ? null : snapshot(planDir, id);
                out.add(new ConsultationRound(id, m.text("name"), m.optDate("opens").orElse(null),
                        m.optDate("closes").orElse(null), m.text("audience", ""), snapshot, m.positions()));
            }
        });
        return out;
    }

    private PlanSnapshot snapshot(Path planDir, String roundId) {
        Path file = planDir.resolve("rounds").resolve(roundId + ".yml");
        if (!Files.isRegularFile(file) || !ContentFiles.isInside(file, config.contentDir(), config, diags)) {
            return null;
        }
        String shown = config.display(file);
        return ContentFiles.readYaml(file, shown, diags)
                .flatMap(n -> YMap.of(n, shown, diags, "the snapshot of round `" + roundId + "`"))
                .map(m -> SnapshotReader.read(m, roundId))
                .orElse(null);
    }

    List<ConsultationResponse> responses(Path planDir) {
        List<ConsultationResponse> out = new ArrayList<>();
        for (Path f : ContentFiles.list(planDir.resolve("responses"), ".yml", config.contentDir(), config, diags)) {
            String shown = config.display(f);
            ContentFiles.readYaml(f, shown, diags).flatMap(n -> YMap.of(n, shown, diags, "a responses file"))
                    .ifPresent(r -> {
                        r.allow("responses");
                        for (YMap m : r.maps("responses")) {
                            out.add(response(m));
                        }
                    });
        }
        return out;
    }

    private ConsultationResponse response(YMap m) {
        m.allow("id", "round", "from", "group", "intentions", "budgets", "said", "answer", "outcome");
        if (!m.has("round")) {
            m.text("round");
        }
        return new ConsultationResponse(m.id("id"), m.optRef("round").orElse(null), m.text("from"),
                m.optRef("group").orElse(null), m.refs("intentions"), m.refs("budgets"), m.markdown("said", true),
                m.markdown("answer", false),
                outcome(m), m.positions());
    }

    /** Required: an outcome is a claim about what the commissioner decided, so it is never assumed. */
    private String outcome(YMap m) {
        if (!m.has("outcome")) {
            m.diagnostics().error(m.pos(), "missing required field `outcome`: one of "
                    + String.join(", ", ConsultationResponse.OUTCOMES));
            return "pending";
        }
        return m.optChoice("outcome", ConsultationResponse.OUTCOMES).orElse("pending");
    }
}
