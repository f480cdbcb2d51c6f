package uk.nhs.intentions.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.model.Site;

/** Ids must be unique in their namespace: they are page names and link targets. */
final class DuplicateIdCheck implements Check {

    @Override
    public void run(Site site, Diagnostics diags) {
        unique(site.commissioners(), "commissioner", c -> c.id(), c -> c.at().of("id"), diags);
        unique(site.providers(), "provider", p -> p.id(), p -> p.at().of("id"), diags);
        unique(site.priorities(), "disease priority", p -> p.id(), p -> p.at().of("id"), diags);
        unique(site.groups(), "commissioning group", g -> g.id(), g -> g.at().of("id"), diags);
        unique(site.plans(), "plan", p -> p.id(), p -> p.at().of("id"), diags);
        for (Plan plan : site.plans()) {
            unique(plan.sections(), "section", s -> s.id(), s -> s.at().of("id"), diags);
            unique(plan.intentions(), "intention", Intention::id, i -> i.at().of("id"), diags);
            unique(plan.narrative(), "narrative page", n -> n.id(), n -> n.at().of("id"), diags);
            unique(plan.budgets(), "budget table", b -> b.id(), b -> b.at().of("id"), diags);
            unique(plan.meetings(), "meeting", m -> m.id(), m -> m.at().of("id"), diags);
            unique(plan.rounds(), "consultation round", r -> r.id(), r -> r.at().of("id"), diags);
            unique(plan.responses(), "consultation response", r -> r.id(), r -> r.at().of("id"), diags);
            for (Meeting m : plan.meetings()) {
                unique(m.topics(), "topic", t -> t.id(), t -> t.at().of("id"), diags);
                unique(m.decisions(), "decision", d -> d.id(), d -> d.at().of("id"), diags);
                unique(m.actions(), "action", a -> a.id(), a -> a.at().of("id"), diags);
            }
        }
    }

    static <T> void unique(List<T> items, String what, Function<T, String> id, Function<T, SourcePos> pos,
            Diagnostics diags) {
        Map<String, T> seen = new HashMap<>(); // positions are looked up only for an error
        for (T item : items) {
            String key = id.apply(item);
            if (key == null || key.isEmpty()) {
                continue;
            }
            T first = seen.putIfAbsent(key, item);
            if (first != null) {
                diags.error(pos.apply(item), "duplicate " + what + " id `" + key + "`; first used at "
                        + pos.apply(first));
            }
        }
    }
}
