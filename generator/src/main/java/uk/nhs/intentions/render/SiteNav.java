package uk.nhs.intentions.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;

/**
 * The site navigation: Home, the plan, Providers, Priorities, Groups, Search. Each item knows which pages
 * belong to it, so the layout can mark the current one with {@code aria-current}.
 */
public final class SiteNav {
    /** A nav entry; {@code prefix} is the path prefix of the pages under it (null: only the page itself). */
    public record Item(String label, String href, String prefix) {
    }

    private SiteNav() {
    }

    public static List<Item> standard(Site site) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Home", SitePaths.home(), null));
        List<Plan> plans = site.plans();
        if (plans.size() == 1) {
            items.add(new Item("The plan", SitePaths.plan(plans.get(0).id()), "plans/"));
        } else if (!plans.isEmpty()) {
            items.add(new Item("Plans", SitePaths.home() + "#plans", "plans/"));
        }
        if (plans.size() > 1 && !site.commissioners().isEmpty()) {
            items.add(new Item("Commissioners", SitePaths.commissioners(), "commissioners/"));
        }
        items.add(new Item("Providers", SitePaths.providers(), "providers/"));
        items.add(new Item("Priorities", SitePaths.priorities(), "priorities/"));
        items.add(new Item("Groups", SitePaths.groups(), "groups/"));
        items.add(new Item("Search", SitePaths.search(), null));
        return List.copyOf(items);
    }

    /** The items as template maps for one page: {@code current} is "page", "true" or absent. */
    public static List<Map<String, Object>> forPage(List<Item> items, String path) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Item i : items) {
            String current = null;
            if (i.href().equals(path)) {
                current = "page";
            } else if (i.prefix() != null && path.startsWith(i.prefix())) {
                current = "true";
            }
            out.add(Views.map("label", i.label(), "href", i.href(), "current", current));
        }
        return out;
    }
}
