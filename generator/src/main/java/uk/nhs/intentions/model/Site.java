package uk.nhs.intentions.model;

import java.util.List;

/** Everything loaded from one content folder: shared registers and the plans. */
public record Site(SiteSettings settings, List<Provider> providers, List<Priority> priorities,
        List<CommissioningGroup> groups, List<Plan> plans, Glossary glossary) {
    public Site {
        providers = List.copyOf(providers);
        priorities = List.copyOf(priorities);
        groups = List.copyOf(groups);
        plans = List.copyOf(plans);
    }

    public Site(SiteSettings settings, List<Provider> providers, List<Priority> priorities,
            List<CommissioningGroup> groups, List<Plan> plans) {
        this(settings, providers, priorities, groups, plans, Glossary.NONE);
    }
}
