package uk.nhs.intentions.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionLink;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;

/**
 * {@code continues}, {@code follows} and {@code replaces} name an intention of another plan, with its plan:
 * {@code plan-id/intention-id}. An unqualified id is an error whose hint is the qualified form (when another plan
 * holds that id), since ids repeat from year to year.
 */
final class PlanLinkCheck implements Check {

    @Override
    public void run(Site site, Diagnostics diags) {
        Map<String, Set<String>> idsByPlan = new LinkedHashMap<>();
        for (Plan p : site.plans()) {
            idsByPlan.put(p.id(), p.intentions().stream().map(Intention::id).collect(Collectors.toSet()));
        }
        for (Plan plan : site.plans()) {
            for (Intention i : plan.intentions()) {
                for (IntentionLink link : i.links()) {
                    check(plan, link, idsByPlan, diags);
                }
            }
        }
    }

    private static void check(Plan plan, IntentionLink link, Map<String, Set<String>> idsByPlan, Diagnostics diags) {
        String field = "`" + link.relation().field() + "`";
        String id = link.intentionId();
        if (link.planId().isEmpty()) {
            List<String> holders = new ArrayList<>();
            idsByPlan.forEach((p, ids) -> {
                if (!p.equals(plan.id()) && ids.contains(id)) {
                    holders.add(p + "/" + id);
                }
            });
            Diagnostic d = Diagnostic.error(link.target().pos(), field + " names an intention of another plan,"
                    + " so it needs that plan's id: found `" + id + "`");
            diags.add(holders.isEmpty()
                    ? d.withHint("write it as `plan-id/" + id + "`, the plan id being its folder under `plans/`")
                    : d.withHint("did you mean `" + String.join("` or `", holders) + "`?"));
            return;
        }
        String planId = link.planId().get();
        if (planId.equals(plan.id())) {
            diags.add(Diagnostic.error(link.target().pos(), field + " ties this intention to one of another plan;"
                    + " `" + planId + "` is this intention's own plan"));
            return;
        }
        Set<String> ids = idsByPlan.get(planId);
        if (ids == null) {
            java.util.Optional<String> near = uk.nhs.intentions.support.Spelling.closest(planId, idsByPlan.keySet());
            diags.add(Diagnostic.error(link.target().pos(), field + ": unknown plan `" + planId + "`")
                    .withHint(near.map(n -> "did you mean `" + n + "/" + id + "`?")
                            .orElse("the plan id is the name of its folder under `plans/`")));
            return;
        }
        if (!ids.contains(id)) {
            java.util.Optional<String> near = uk.nhs.intentions.support.Spelling.closest(id, ids);
            diags.add(Diagnostic.error(link.target().pos(), field + ": plan " + planId + " has no intention `" + id
                    + "`").withHint(near.map(n -> "did you mean `" + planId + "/" + n + "`?")
                            .orElse("give the id of an intention of " + planId)));
        }
    }
}
