package uk.nhs.intentions.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionLink;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;

/**
 * Ties between intentions of different plans ({@code continues}, {@code follows}, {@code replaces}), both ways:
 * what an intention says of another plan's, and what other plans' intentions say of it.
 */
public final class PlanLinks {

    /** One tie as seen from an intention's page: the words to show and the other plan and intention. */
    public record Tie(String words, Plan plan, Intention intention, IntentionLink.Relation relation,
            boolean stated) {
    }

    private final Map<String, List<Tie>> byIntention = new LinkedHashMap<>();

    PlanLinks(Site site) {
        Map<String, Plan> plans = new LinkedHashMap<>();
        site.plans().forEach(p -> plans.put(p.id(), p));
        for (Plan plan : site.plans()) {
            for (Intention i : plan.intentions()) {
                for (IntentionLink link : i.links()) {
                    Optional<Plan> other = link.planId().map(plans::get);
                    Optional<Intention> target = other.flatMap(o -> o.intentions().stream()
                            .filter(x -> x.id().equals(link.intentionId())).findFirst());
                    if (target.isEmpty()) {
                        continue; // reported by the check
                    }
                    add(plan.id(), i.id(), new Tie(link.relation().forward(), other.get(), target.get(),
                            link.relation(), true));
                    add(other.get().id(), target.get().id(), new Tie(link.relation().backward(), plan, i,
                            link.relation(), false));
                }
            }
        }
    }

    private void add(String planId, String intentionId, Tie tie) {
        byIntention.computeIfAbsent(planId + "/" + intentionId, k -> new ArrayList<>()).add(tie);
    }

    /** The intention's ties to other plans: those it states first, then those stated of it, in plan order. */
    public List<Tie> of(String planId, String intentionId) {
        List<Tie> all = new ArrayList<>(byIntention.getOrDefault(planId + "/" + intentionId, List.of()));
        all.sort(java.util.Comparator.comparing((Tie t) -> !t.stated()));
        return all;
    }
}
