package uk.nhs.intentions.model;

import java.util.List;

/**
 * A response to a consultation round ("you said") and the commissioner's answer ("we did"), linked to the
 * intentions, budgets and groups it concerns.
 */
public record ConsultationResponse(String id, Ref round, String from, Ref group, List<Ref> intentions,
        List<Ref> budgets, Markdown said, Markdown answer, String outcome, Positions at) {
    public static final List<String> OUTCOMES = List.of("accepted", "partly-accepted", "not-accepted", "pending",
            "noted");

    public ConsultationResponse {
        intentions = List.copyOf(intentions);
        budgets = List.copyOf(budgets);
    }
}
