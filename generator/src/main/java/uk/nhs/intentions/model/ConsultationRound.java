package uk.nhs.intentions.model;

import java.time.LocalDate;

/**
 * A consultation round: a version of the plan shared with an audience. A closed round has a snapshot of the
 * whole plan's data as it stood, so later versions can be compared with it.
 */
public record ConsultationRound(String id, String name, LocalDate opens, LocalDate closes, String audience,
        PlanSnapshot snapshot, Positions at) {

    public boolean closed() {
        return snapshot != null;
    }
}
