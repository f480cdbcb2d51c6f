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

    /** Builds the parts side by side: each reads only the (immutable) model, none reads another. */
    public SiteIndex(Site site) {
        this.site = site;
        java.util.concurrent.CompletableFuture<ProviderIndex> providerIndex =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> new ProviderIndex(site));
        java.util.concurrent.CompletableFuture<Mentions> mentionIndex =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> new Mentions(site));
        java.util.concurrent.CompletableFuture<Comparisons> comparisonIndex =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> new Comparisons(site));
        this.planLinks = new PlanLinks(site);
        List<PlanIndex> planIndexes = site.plans().parallelStream().map(PlanIndex::new).toList();
        List<PlanChanges> planChanges = site.plans().parallelStream().map(PlanChanges::new).toList();
        for (int i = 0; i < site.plans().size(); i++) {
            plans.put(site.plans().get(i).id(), planIndexes.get(i));
            changes.put(site.plans().get(i).id(), planChanges.get(i));
        }
        this.providers = providerIndex.join();
        this.mentions = mentionIndex.join();
        this.comparisons = comparisonIndex.join();
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
