package uk.nhs.intentions.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.ConsultationRound.State;
import uk.nhs.intentions.model.Plan;

/**
 * What a reader is told about a plan's consultation: which round matters now and whether it is open, decided
 * from the content and the build date only (never the clock, so the same input gives the same pages). Without
 * a build date the pages state the round's dates and never claim it is open or closed, unless a snapshot
 * (written by {@code round close}) says it closed.
 */
public final class Consultations {
    private Consultations() {
    }

    /**
     * The round the banner on every page of the plan is about: the latest open one, else the latest whose
     * state is not known, else the next to open, else the latest closed one. Empty when the plan has no rounds.
     */
    public static Optional<ConsultationRound> current(Plan plan, Optional<LocalDate> buildDate) {
        // the banner is about consultation rounds a reader may respond to, never about engagement events
        List<ConsultationRound> rounds = plan.rounds().stream().filter(r -> !r.event()).toList();
        for (State wanted : List.of(State.OPEN, State.NOT_KNOWN)) {
            for (int i = rounds.size() - 1; i >= 0; i--) {
                if (rounds.get(i).state(buildDate) == wanted) {
                    return Optional.of(rounds.get(i));
                }
            }
        }
        for (ConsultationRound r : rounds) {
            if (r.state(buildDate) == State.UPCOMING) {
                return Optional.of(r);
            }
        }
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    /** The banner's values for the plan's current round, or empty when the plan has no rounds. */
    public static Optional<Map<String, Object>> notice(Plan plan, Optional<LocalDate> buildDate) {
        return current(plan, buildDate).map(r -> {
            Map<String, Object> v = round(plan, r, buildDate);
            v.put("planTitle", plan.title());
            return v;
        });
    }

    /**
     * One round as templates see it: {@code state} (open, closed, upcoming, not-known), name, dates as text
     * ({@code closes} includes the time when given: "29 May 2026 at 5pm"), and where to go next.
     */
    public static Map<String, Object> round(Plan plan, ConsultationRound r, Optional<LocalDate> buildDate) {
        State state = r.state(buildDate);
        String closes = DateText.format(r.closesOn());
        if (!closes.isEmpty() && r.responding().closesAt() != null) {
            closes += " at " + DateText.time(r.responding().closesAt());
        }
        String after = "";
        if (state == State.CLOSED) {
            boolean answered = plan.responses().stream()
                    .anyMatch(x -> x.round() != null && x.round().id().equals(r.id()));
            if (answered) {
                after = SitePaths.responses(plan.id());
            } else if (r.closed()) {
                after = SitePaths.change(plan.id(), r.id());
            }
        }
        return Views.map("id", r.id(), "name", r.name(), "state", state.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), "opens", DateText.format(r.opensOn()), "closes", closes, "event", r.event(),
                "audience", r.audience(), "respondHref", SitePaths.respond(plan.id()),
                "afterHref", after, "afterLabel", after.isEmpty() ? ""
                        : after.equals(SitePaths.responses(plan.id())) ? "Read the responses: you said, we did"
                        : "What changed after it");
    }
}
