package uk.nhs.intentions.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from one content folder: shared registers and the plans. {@code commissioners} is empty
 * when the site has no commissioners.yml: its plans then name their commissioners as free text.
 */
public record Site(SiteSettings settings, List<Provider> providers, List<Priority> priorities,
        List<CommissioningGroup> groups, List<Plan> plans, Glossary glossary, List<Commissioner> commissioners) {
    public Site {
        providers = List.copyOf(providers);
        priorities = List.copyOf(priorities);
        groups = List.copyOf(groups);
        plans = List.copyOf(plans);
        commissioners = List.copyOf(commissioners);
    }

    public Site(SiteSettings settings, List<Provider> providers, List<Priority> priorities,
            List<CommissioningGroup> groups, List<Plan> plans, Glossary glossary) {
        this(settings, providers, priorities, groups, plans, glossary, List.of());
    }

    public Site(SiteSettings settings, List<Provider> providers, List<Priority> priorities,
            List<CommissioningGroup> groups, List<Plan> plans) {
        this(settings, providers, priorities, groups, plans, Glossary.NONE);
    }

    public Optional<Commissioner> commissioner(String id) {
        return commissioners.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
