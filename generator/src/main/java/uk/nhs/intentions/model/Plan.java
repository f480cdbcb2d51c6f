package uk.nhs.intentions.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One commissioner's (or partnership's) plan for one period. A site may hold several. {@code status} is ""
 * when the plan does not state one; {@code published} is empty when the source gives no date
 * ({@code published: not stated}); {@code updated} is empty when no update is recorded. Both are as precise as
 * the source (a year, month or day). {@code commissioners}
 * are the names shown; {@code commissionerRefs} the ids written in plan.yml (empty when the site has no
 * commissioners.yml and plans name their commissioners as text).
 */
public record Plan(String id, String title, List<String> commissioners, String period, String status,
        Optional<PartialDate> publishedOn, Optional<PartialDate> updatedOn, Markdown introduction, List<Section> sections, List<NarrativePage> narrative,
        List<BudgetTable> budgets, List<Meeting> meetings, List<ConsultationRound> rounds,
        List<ConsultationResponse> responses, Positions at, List<Ref> commissionerRefs, PlanDocument document) {
    public Plan {
        commissioners = List.copyOf(commissioners);
        commissionerRefs = List.copyOf(commissionerRefs);
        sections = List.copyOf(sections);
        narrative = List.copyOf(narrative);
        budgets = List.copyOf(budgets);
        meetings = List.copyOf(meetings);
        rounds = List.copyOf(rounds);
        responses = List.copyOf(responses);
    }

    /** The first day of the publication date's period (a date given as a month or year has no day of its own). */
    public Optional<LocalDate> published() {
        return publishedOn.map(PartialDate::first);
    }

    /** The first day of the latest version's date's period. */
    public Optional<LocalDate> updated() {
        return updatedOn.map(PartialDate::first);
    }

    /** The ids of the plan's commissioners: the scope in which it resolves provider groups. */
    public List<String> commissionerIds() {
        return commissionerRefs.stream().map(Ref::id).toList();
    }

    /** The rounds a reader may respond to: every round but the engagement events. */
    public List<ConsultationRound> consultationRounds() {
        return rounds.stream().filter(r -> !r.event()).toList();
    }

    /** The engagement events of the document's timeline, in the order written. */
    public List<ConsultationRound> events() {
        return rounds.stream().filter(ConsultationRound::event).toList();
    }

    /** Every intention, section by section (a new list each call: keep it when looping). */
    public List<Intention> intentions() {
        List<Intention> all = new java.util.ArrayList<>(intentionCount());
        for (Section s : sections) {
            all.addAll(s.intentions());
        }
        return java.util.Collections.unmodifiableList(all);
    }

    /** How many intentions the plan holds, without listing them. */
    public int intentionCount() {
        int n = 0;
        for (Section s : sections) {
            n += s.intentions().size();
        }
        return n;
    }
}
