package uk.nhs.intentions.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One commissioner's (or partnership's) plan for one period. A site may hold several. {@code status} is ""
 * when the plan does not state one; {@code published} is empty when the source gives no date
 * ({@code published: not stated}); {@code updated} is empty when no update is recorded.
 */
public record Plan(String id, String title, List<String> commissioners, String period, String status,
        Optional<LocalDate> published, Optional<LocalDate> updated, Markdown introduction, List<Section> sections, List<NarrativePage> narrative,
        List<BudgetTable> budgets, List<Meeting> meetings, List<ConsultationRound> rounds,
        List<ConsultationResponse> responses, Positions at) {
    public Plan {
        commissioners = List.copyOf(commissioners);
        sections = List.copyOf(sections);
        narrative = List.copyOf(narrative);
        budgets = List.copyOf(budgets);
        meetings = List.copyOf(meetings);
        rounds = List.copyOf(rounds);
        responses = List.copyOf(responses);
    }

    public List<Intention> intentions() {
        return sections.stream().flatMap(s -> s.intentions().stream()).toList();
    }
}
