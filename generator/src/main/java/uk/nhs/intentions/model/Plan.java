package uk.nhs.intentions.model;

import java.time.LocalDate;
import java.util.List;

/** One commissioner's (or partnership's) plan for one period. A site may hold several. */
public record Plan(String id, String title, List<String> commissioners, String period, String status,
        LocalDate published, Markdown introduction, List<Section> sections, List<NarrativePage> narrative,
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
