package uk.nhs.intentions.load;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.model.PlanSnapshot;
import uk.nhs.intentions.model.Ref;

/** Reads a round snapshot written by `intentions round close`; problems name the round. */
final class SnapshotReader {
    private SnapshotReader() {
    }

    static PlanSnapshot read(YMap m, String roundId) {
        m.allow("round", "plan", "intentions", "figures");
        String round = m.text("round");
        if (!round.isEmpty() && !round.equals(roundId)) {
            m.diagnostics().add(Diagnostic.error(m.pos("round"), "snapshot of round `" + roundId + "` says it is of"
                    + " round `" + round + "`").withHint("the file name must be the round's id"));
        }
        List<PlanSnapshot.IntentionSnapshot> intentions = new ArrayList<>();
        for (YMap i : m.maps("intentions")) {
            i.allow("id", "number", "area", "section", "status", "actions", "outcomes", "providers");
            intentions.add(new PlanSnapshot.IntentionSnapshot(i.id("id"), i.text("number"), i.text("area"),
                    i.text("section", ""), i.text("status", "draft"), i.text("actions", ""), i.text("outcomes", ""),
                    i.refs("providers").stream().map(Ref::id).toList()));
        }
        List<PlanSnapshot.FigureSnapshot> figures = new ArrayList<>();
        for (YMap f : m.maps("figures")) {
            f.allow("table", "row", "column", "label", "value");
            figures.add(new PlanSnapshot.FigureSnapshot(f.text("table"), f.text("row"), f.text("column", ""),
                    f.text("label", ""), f.text("value")));
        }
        return new PlanSnapshot(roundId, intentions, figures);
    }
}
