package uk.nhs.intentions.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.intentions.model.Intention;
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
        Map<String, List<ProviderImpact>> named = new HashMap<>();
        for (Plan plan : site.plans()) {
            for (Intention i : plan.intentions()) {
                Set<String> once = new HashSet<>();
                for (Ref r : i.providers()) {
                    if (byId.containsKey(r.id()) && once.add(r.id())) {
                        named.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(new ProviderImpact(plan, i, null));
                    }
                }
            }
        }
        for (Provider p : byId.values()) {
            List<ProviderImpact> list = new ArrayList<>(named.getOrDefault(p.id(), List.of()));
            Set<String> seen = new HashSet<>();
            list.forEach(x -> seen.add(x.plan().id() + "/" + x.intention().id()));
            for (Provider g : ancestors.get(p.id())) {
                for (ProviderImpact x : named.getOrDefault(g.id(), List.of())) {
                    if (seen.add(x.plan().id() + "/" + x.intention().id())) {
                        list.add(new ProviderImpact(x.plan(), x.intention(), g));
                    }
                }
            }
            list.sort(Comparator.comparing((ProviderImpact x) -> x.plan().id())
                    .thenComparing(x -> x.intention().number(), IntentionNumbers.ORDER)
                    .thenComparing(x -> x.intention().id()));
            impacts.put(p.id(), List.copyOf(list));
        }
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

    /** Every member of a group, at any depth. */
    public List<Provider> membersOf(String id) {
        return members.getOrDefault(id, List.of());
    }

    /** The intentions that affect a provider, sorted by plan and intention number. */
    public List<ProviderImpact> impacts(String id) {
        return impacts.getOrDefault(id, List.of());
    }

    public List<Provider> providersByName() {
        List<Provider> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Provider::id));
        return all;
    }
}
