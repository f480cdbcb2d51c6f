package uk.nhs.intentions.render.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;

/**
 * Which providers each intention of a plan affects, read from the provider index (the computation behind the
 * provider pages, groups expanded there), never worked out again here.
 */
final class Affected {
    /** One provider affected by one intention; {@code via} is null when the intention names it. */
    record Row(String intentionId, Provider provider, Provider via) {
        boolean direct() {
            return via == null;
        }

        String how() {
            return direct() ? "direct" : "through " + via.name();
        }
    }

    private Affected() {
    }

    /** Every (intention, provider) pair of the plan, providers in name order. */
    static List<Row> rows(SiteIndex index, Plan plan) {
        List<Row> rows = new ArrayList<>();
        index.providers().eachAffected(plan.id(), (p, x) -> rows.add(new Row(x.intention().id(), p, x.via())));
        return rows;
    }

    /** The rows by intention id. */
    static Map<String, List<Row>> byIntention(List<Row> rows) {
        Map<String, List<Row>> m = new HashMap<>();
        rows.forEach(r -> m.computeIfAbsent(r.intentionId(), k -> new ArrayList<>()).add(r));
        return m;
    }
}
