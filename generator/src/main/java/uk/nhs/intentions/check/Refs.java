package uk.nhs.intentions.check;

import java.util.List;
import java.util.Set;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Ref;

/** The one rule for a reference by id: it must name something known, else an error saying where to add it. */
final class Refs {
    private Refs() {
    }

    static void resolve(List<Ref> refs, Set<String> known, String what, String where, Diagnostics diags) {
        for (Ref r : refs) {
            if (!known.contains(r.id())) {
                diags.add(Diagnostic.error(r.pos(), "unknown " + what + " `" + r.id() + "`")
                        .withHint("add it to " + where + " or correct the id"));
            }
        }
    }
}
