package uk.nhs.intentions.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A consultation round: a version of the plan shared with an audience. A closed round has a snapshot of the
 * whole plan's data as it stood, so later versions can be compared with it. {@code responding} says how to
 * respond: closing time, contact and what happens next ({@link RoundResponding#NONE} when the content gives none).
 * An {@code event} is an engagement event of the document's timeline (a meeting, a workshop): it took place, or
 * will, on its dates; it is never a round that stays open. Dates are as precise as the source gives them.
 */
public record ConsultationRound(String id, String name, PartialDate opensOn, PartialDate closesOn, String audience,
        PlanSnapshot snapshot, Positions at, RoundResponding responding, boolean event) {

    /** Where a round stands on a given day. */
    public enum State {
        /** The content says it is over (it has a snapshot), or the build date is after its closing date. */
        CLOSED,
        /** The build date is within its dates. */
        OPEN,
        /** The build date is before its opening date. */
        UPCOMING,
        /** No build date is known and no snapshot says it closed: only its dates can be told. */
        NOT_KNOWN
    }

    public ConsultationRound(String id, String name, LocalDate opens, LocalDate closes, String audience,
            PlanSnapshot snapshot, Positions at) {
        this(id, name, opens == null ? null : PartialDate.of(opens), closes == null ? null : PartialDate.of(closes),
                audience, snapshot, at, RoundResponding.NONE, false);
    }

    /** The first day it opens (null when not given): a month or year given opens on its first day. */
    public LocalDate opens() {
        return opensOn == null ? null : opensOn.first();
    }

    /** The last day it is open (null when not given): a month or year given runs to its last day. */
    public LocalDate closes() {
        return closesOn == null ? null : closesOn.last();
    }

    public boolean closed() {
        return snapshot != null;
    }

    /**
     * Where the round stands on the build date: decided from the content and the build date only, never the
     * clock, so the same input always gives the same pages. Without a build date only a snapshot can say
     * it closed.
     */
    public State state(Optional<LocalDate> buildDate) {
        if (closed()) {
            return State.CLOSED;
        }
        if (buildDate.isEmpty()) {
            return State.NOT_KNOWN;
        }
        LocalDate day = buildDate.get();
        // an engagement event is over after its day (or its last day), closing date or not
        LocalDate end = closes() != null ? closes() : event && opensOn != null ? opensOn.last() : null;
        if (end != null && day.isAfter(end)) {
            return State.CLOSED;
        }
        if (opens() != null && day.isBefore(opens())) {
            return State.UPCOMING;
        }
        return closesOn == null && opensOn == null ? State.NOT_KNOWN : State.OPEN;
    }
}
