package uk.nhs.intentions.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;

/** Stage three: all cross-references of the site, computed once so templates never compute them. */
public final class SiteIndex {
    private final Site site;
    private final ProviderIndex providers;
    private final Map<String, PlanIndex> plans = new LinkedHashMap<>();
    private final Map<String, PlanChanges> changes = new LinkedHashMap<>();

    public SiteIndex(Site site) {
        this.site = site;
        this.providers = new ProviderIndex(site);
        for (Plan p : site.plans()) {
            plans.put(p.id(), new PlanIndex(p));
            changes.put(p.id(), new PlanChanges(p));
        }
    }

    public Site site() {
        return site;
    }

    public ProviderIndex providers() {
        return providers;
    }

    public PlanIndex plan(String id) {
        return plans.get(id);
    }

    /** The plan's consultation rounds and what changed between them. */
    public PlanChanges changes(String planId) {
        return changes.get(planId);
    }

    public List<PlanIndex> plans() {
        return List.copyOf(plans.values());
    }
}
