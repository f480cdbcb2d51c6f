package uk.nhs.intentions.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Site;

/**
 * What each plan intends for each disease priority, for the comparison pages. Plans are matched by the one
 * explicit key they share: the priority's id in the site-wide {@code priorities.yml}, which every intention names
 * in its {@code priorities} field. Nothing is matched by title or wording. A priority is comparable when
 * intentions of at least two plans name it.
 */
public final class Comparisons {

    /** One intention of one plan that names the priority. */
    public record Row(Plan plan, Intention intention) {
    }

    private final Map<String, List<Row>> byPriority = new LinkedHashMap<>();

    Comparisons(Site site) {
        for (Plan plan : site.plans()) {
            for (Intention i : plan.intentions()) {
                Set<String> named = new LinkedHashSet<>();
                for (Ref r : i.priorities()) {
                    if (named.add(r.id())) {
                        byPriority.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(new Row(plan, i));
                    }
                }
            }
        }
    }

    /** Every intention that names the priority, plan by plan in site order; empty when none does. */
    public List<Row> of(String priorityId) {
        return List.copyOf(byPriority.getOrDefault(priorityId, List.of()));
    }

    /** Whether intentions of two or more plans name the priority: only then is there something to compare. */
    public boolean comparable(String priorityId) {
        return byPriority.getOrDefault(priorityId, List.of()).stream().map(r -> r.plan().id()).distinct()
                .limit(2).count() == 2;
    }
}
