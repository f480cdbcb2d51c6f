package uk.nhs.intentions.index.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.PlanSnapshot;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;

/** The plan's current data in snapshot form, so it can be saved at a round's close or compared with one. */
public final class Snapshots {
    private Snapshots() {
    }

    public static PlanSnapshot of(Plan plan, String roundId) {
        List<PlanSnapshot.IntentionSnapshot> intentions = new ArrayList<>();
        for (Section s : plan.sections()) {
            for (Intention i : s.intentions()) {
                intentions.add(new PlanSnapshot.IntentionSnapshot(i.id(), i.number(), i.area(), s.id(),
                        i.status().id(), joined(i, IntentionPart::actions), joined(i, IntentionPart::outcomes),
                        i.providers().stream().map(Ref::id).distinct().toList()));
            }
        }
        List<PlanSnapshot.FigureSnapshot> figures = new ArrayList<>();
        for (BudgetTable t : plan.budgets()) {
            figures.addAll(BudgetFigures.of(t));
        }
        return new PlanSnapshot(roundId, intentions, figures);
    }

    /** Parts are joined with a blank line so a continued row reads as a further paragraph. */
    private static String joined(Intention i, Function<IntentionPart, Markdown> field) {
        return i.parts().stream().map(p -> field.apply(p).source().strip()).filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
