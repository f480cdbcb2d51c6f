package uk.nhs.intentions.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;

/** Stage three: all cross-references of the site, computed once so templates never compute them. */
public final class SiteIndex {
    private final Site site;
    private final ProviderIndex providers;
    private final Mentions mentions;
    private final PlanLinks planLinks;
    private final Comparisons comparisons;
    private final Map<String, PlanIndex> plans = new LinkedHashMap<>();
    private final Map<String, PlanChanges> changes = new LinkedHashMap<>();

    public SiteIndex(Site site) {
        this.site = site;
        this.providers = new ProviderIndex(site);
        this.mentions = new Mentions(site);
        this.planLinks = new PlanLinks(site);
        this.comparisons = new Comparisons(site);
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

    /** Meetings and narrative pages that mention a provider by a {@code provider:} link. */
    public Mentions mentions() {
        return mentions;
    }

    /** Ties between intentions of different plans (continues, follows, replaces), both ways. */
    public PlanLinks planLinks() {
        return planLinks;
    }

    /** What each plan intends for each disease priority, matched by the priority's id. */
    public Comparisons comparisons() {
        return comparisons;
    }

    /** The index of the plan with this id; empty when the site has no such plan. */
    public Optional<PlanIndex> plan(String id) {
        return Optional.ofNullable(plans.get(id));
    }

    /** The plan's consultation rounds and what changed between them; empty when the site has no such plan. */
    public Optional<PlanChanges> changes(String planId) {
        return Optional.ofNullable(changes.get(planId));
    }

    public List<PlanIndex> plans() {
        return List.copyOf(plans.values());
    }
}
