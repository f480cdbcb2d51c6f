package uk.nhs.intentions.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.ConsultationResponse;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.PlanSnapshot;
import uk.nhs.intentions.model.RoundResponding;

/** Reads a plan's consultation rounds (rounds.yml), their snapshots (rounds/<id>.yml) and responses. */
final class RoundLoader {
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");
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
                m.allow("id", "name", "opens", "closes", "closes_at", "audience", "contact", "how_to_respond",
                        "what_happens_next", "kind");
                String id = m.id("id");
                PlanSnapshot snapshot = id.isEmpty() ? null : snapshot(planDir, id);
                boolean event = m.optChoice("kind", List.of("consultation", "event")).filter("event"::equals)
                        .isPresent();
                if (event && !m.has("opens")) {
                    m.diagnostics().error(m.pos(), "an engagement event (`kind: event`) needs `opens`: the day,"
                            + " month or year it was held (YYYY-MM-DD, YYYY-MM or YYYY)");
                }
                out.add(new ConsultationRound(id, m.text("name"), m.optPartialDate("opens").orElse(null),
                        m.optPartialDate("closes").orElse(null), m.text("audience", ""), snapshot, m.positions(),
                        responding(m), event));
            }
        });
        return out;
    }

    /** How to respond: closing time, contact (email, post, online form), how to respond, what happens next. */
    private static RoundResponding responding(YMap m) {
        LocalTime closesAt = m.optText("closes_at").map(String::strip).flatMap(t -> time(m, t)).orElse(null);
        if (closesAt != null && !m.has("closes")) {
            m.diagnostics().error(m.pos("closes_at"), "`closes_at` gives a time on the closing day, but the round"
                    + " has no `closes` date: add `closes: YYYY-MM-DD`");
        }
        String email = "";
        String post = "";
        String form = "";
        Optional<YMap> contact = m.map("contact");
        if (contact.isPresent()) {
            YMap c = contact.get().allow("email", "post", "form");
            email = c.text("email", "");
            if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                c.diagnostics().error(c.pos("email"), "field `email` must be an email address such as"
                        + " consultation@example.nhs.uk; found `" + Ids.printable(email) + "`");
                email = "";
            }
            post = c.text("post", "");
            form = c.text("form", "");
            if (!form.isEmpty() && !WEB_ADDRESS.matcher(form).matches()) {
                c.diagnostics().error(c.pos("form"), "field `form` must be the web address of the online"
                        + " response form, starting https:// or http://; found `" + Ids.printable(form) + "`");
                form = "";
            }
        }
        return new RoundResponding(closesAt, email, post, form, m.markdown("how_to_respond", false),
                m.markdown("what_happens_next", false));
    }

    private static Optional<LocalTime> time(YMap m, String t) {
        if (TIME.matcher(t).matches()) {
            try {
                return Optional.of(LocalTime.parse(t));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        m.diagnostics().error(m.pos("closes_at"), "field `closes_at` must be a 24-hour time written HH:MM, such"
                + " as \"17:00\" (quote it); found `" + Ids.printable(t) + "`");
        return Optional.empty();
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
