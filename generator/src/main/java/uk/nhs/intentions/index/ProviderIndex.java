package uk.nhs.intentions.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionNumbers;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Site;

/**
 * Provider membership and impact: which intentions affect each provider, directly or through its groups.
 * Built once in linear time over (providers × their groups) + (intentions × providers named).
 */
public final class ProviderIndex {
    private final Map<String, Provider> byId = new LinkedHashMap<>();
    private final Map<String, List<Provider>> ancestors = new HashMap<>();
    private final Map<String, List<Provider>> members = new HashMap<>();
    private final Map<String, List<ProviderImpact>> impacts = new HashMap<>();

    public ProviderIndex(Site site) {
        site.providers().forEach(p -> byId.putIfAbsent(p.id(), p));
        Map<String, List<Provider>> directMembers = new HashMap<>();
        for (Provider p : byId.values()) {
            for (Ref r : p.memberOf()) {
                directMembers.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(p);
            }
        }
        for (Provider p : byId.values()) {
            ancestors.put(p.id(), closure(p.id(), id -> Optional.ofNullable(byId.get(id))
                    .map(x -> x.memberOf().stream().map(Ref::id).toList()).orElse(List.of())));
            members.put(p.id(), closure(p.id(), id -> directMembers.getOrDefault(id, List.of()).stream()
                    .map(Provider::id).toList()));
        }
        // Every intention gets its rank in (plan id, number, id) order once, so each provider's list is sorted
        // by comparing ints, and de-duplicated by identity rather than by building "plan/intention" strings.
        List<ProviderImpact> all = new ArrayList<>();
        for (Plan plan : site.plans()) {
            for (Intention i : plan.intentions()) {
                all.add(new ProviderImpact(plan, i, null));
            }
        }
        all.sort(Comparator.comparing((ProviderImpact x) -> x.plan().id())
                .thenComparing(ProviderImpact::intention, IntentionNumbers.READING_ORDER));
        Map<Intention, Integer> rank = new IdentityHashMap<>();
        for (ProviderImpact x : all) {
            rank.putIfAbsent(x.intention(), rank.size());
        }
        Map<String, List<ProviderImpact>> named = new HashMap<>();
        for (ProviderImpact x : all) {
            Set<String> once = new HashSet<>();
            for (Ref r : x.intention().providers()) {
                if (byId.containsKey(r.id()) && once.add(r.id())) {
                    named.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(x);
                }
            }
        }
        // Providers with the same groups (all acute trusts, say) inherit the same impacts: work that list out
        // once per distinct set of groups and share its records, then merge in each provider's own (direct)
        // impacts by rank. Cost: (distinct group sets × intentions named for groups) + providers × list length,
        // instead of providers × groups × intentions with a de-duplication set per provider.
        Map<List<String>, List<ProviderImpact>> inheritedByGroups = new HashMap<>();
        for (Provider p : byId.values()) {
            List<Provider> groups = ancestors.get(p.id());
            List<ProviderImpact> inherited = inheritedByGroups.computeIfAbsent(
                    groups.stream().map(Provider::id).toList(), k -> inherited(groups, named, rank));
            List<ProviderImpact> direct = named.getOrDefault(p.id(), List.of());
            impacts.put(p.id(), merge(direct, inherited, rank));
        }
    }

    /** Impacts through groups, each found through the first group (in name order) that names it, by rank. */
    private static List<ProviderImpact> inherited(List<Provider> groups, Map<String, List<ProviderImpact>> named,
            Map<Intention, Integer> rank) {
        List<ProviderImpact> list = new ArrayList<>();
        Set<Intention> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Provider g : groups) {
            for (ProviderImpact x : named.getOrDefault(g.id(), List.of())) {
                // a group reaches its members only for plans in its scope: one commissioner's group never
                // carries another commissioner's intentions (`check` reports a plan naming it)
                if (inScope(g, x.plan()) && seen.add(x.intention())) {
                    list.add(new ProviderImpact(x.plan(), x.intention(), g));
                }
            }
        }
        list.sort(Comparator.comparingInt(x -> rank.get(x.intention())));
        return list;
    }

    private static boolean inScope(Provider group, Plan plan) {
        return plan.commissionerRefs().isEmpty() || group.inScopeOf(plan.commissionerIds());
    }

    /** Both lists sorted by rank; a direct impact wins over the same intention found through a group. */
    private static List<ProviderImpact> merge(List<ProviderImpact> direct, List<ProviderImpact> inherited,
            Map<Intention, Integer> rank) {
        List<ProviderImpact> out = new ArrayList<>(direct.size() + inherited.size());
        int d = 0;
        int g = 0;
        while (d < direct.size() || g < inherited.size()) {
            int rd = d < direct.size() ? rank.get(direct.get(d).intention()) : Integer.MAX_VALUE;
            int rg = g < inherited.size() ? rank.get(inherited.get(g).intention()) : Integer.MAX_VALUE;
            if (rd <= rg) {
                out.add(direct.get(d++));
                if (rd == rg) {
                    g++;
                }
            } else {
                out.add(inherited.get(g++));
            }
        }
        return List.copyOf(out);
    }

    private List<Provider> closure(String start, java.util.function.Function<String, List<String>> next) {
        List<Provider> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(start));
        Deque<String> todo = new ArrayDeque<>(next.apply(start));
        while (!todo.isEmpty()) {
            String id = todo.removeFirst();
            if (seen.add(id) && byId.containsKey(id)) {
                out.add(byId.get(id));
                todo.addAll(next.apply(id));
            }
        }
        out.sort(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Provider::id));
        return List.copyOf(out);
    }

    public Optional<Provider> provider(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every group the provider belongs to, directly or through wider groups. */
    public List<Provider> groupsOf(String id) {
        return ancestors.getOrDefault(id, List.of());
    }

    /** The provider's id and the ids of all its groups: what a change must name to concern the provider. */
    public Set<String> selfAndGroups(String id) {
        Set<String> ids = new HashSet<>();
        ids.add(id);
        groupsOf(id).forEach(g -> ids.add(g.id()));
        return ids;
    }

    /** Every member of a group, at any depth. */
    public List<Provider> membersOf(String id) {
        return members.getOrDefault(id, List.of());
    }

    /** The intentions that affect a provider, sorted by plan and intention number. */
    public List<ProviderImpact> impacts(String id) {
        return impacts.getOrDefault(id, List.of());
    }

    /** One plan's affected providers and their impacts, side by side (a national site has a million impacts). */
    private record PlanImpacts(List<Provider> providers, List<ProviderImpact> impacts) {
    }

    private final uk.nhs.intentions.support.Once<Map<String, PlanImpacts>> byPlan = uk.nhs.intentions.support.Once
            .of(() -> {
                Map<String, PlanImpacts> m = new HashMap<>();
                for (Provider p : providersByName()) {
                    for (ProviderImpact x : impacts(p.id())) {
                        PlanImpacts into = m.computeIfAbsent(x.plan().id(),
                                k -> new PlanImpacts(new ArrayList<>(), new ArrayList<>()));
                        into.providers().add(p);
                        into.impacts().add(x);
                    }
                }
                m.replaceAll((k, v) -> new PlanImpacts(List.copyOf(v.providers()), List.copyOf(v.impacts())));
                return m;
            });

    /**
     * Calls {@code each} with every provider each intention of the plan affects and how, providers in name order
     * (as {@link #providersByName}), each provider's in the order of {@link #impacts}. Worked out for all plans at
     * once, on first use: each plan's data files ask, and looking through every provider's impacts for each plan
     * was quadratic on a national site (210 plans, 7,700 providers, a million impacts).
     */
    public void eachAffected(String planId, java.util.function.BiConsumer<Provider, ProviderImpact> each) {
        PlanImpacts own = byPlan.get().get(planId);
        if (own != null) {
            for (int i = 0; i < own.impacts().size(); i++) {
                each.accept(own.providers().get(i), own.impacts().get(i));
            }
        }
    }

    public List<Provider> providersByName() {
        List<Provider> sorted = byName;
        if (sorted == null) { // sorted once: every plan's data files and pages ask, and a national site has 7,700
            List<Provider> all = new ArrayList<>(byId.values());
            all.sort(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Provider::id));
            sorted = List.copyOf(all);
            byName = sorted;
        }
        return sorted;
    }

    private volatile List<Provider> byName;
}
