package uk.nhs.intentions.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;

/**
 * How a plan is named where items of several plans meet (priority, provider, search, status pages): its
 * commissioners and period, so "1.1" of one plan can be told from "1.1" of another. Also the order plans are
 * listed in: newest period first.
 */
public final class PlanNames {
    private PlanNames() {
    }

    /** Newest period first ("2008/09" before "2007/08"), then latest published, then id. */
    public static final Comparator<Plan> NEWEST_FIRST = Comparator.comparing(Plan::period, Comparator.reverseOrder())
            .thenComparing((Plan p) -> p.published().orElse(java.time.LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(Plan::id);

    /** "West Hertfordshire PCT, 2008/09", "… 2007/08 (letter)": who, when and, unless a plan, what. */
    public static String label(Plan plan) {
        String kind = plan.document().kind();
        return String.join(" and ", plan.commissioners()) + ", " + plan.period()
                + (kind.equals("plan") ? "" : " (" + kind + ")");
    }

    /** Whether lists must name each item's plan: only when the site holds more than one. */
    public static boolean many(Site site) {
        return site.plans().size() > 1;
    }

    /** The plan's commissioners as links to their pages (no href without commissioners.yml). */
    public static List<Map<String, Object>> commissionerLinks(Site site, Plan plan) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < plan.commissioners().size(); i++) {
            String name = plan.commissioners().get(i);
            String href = i < plan.commissionerRefs().size()
                    && site.commissioner(plan.commissionerRefs().get(i).id()).isPresent()
                    ? SitePaths.commissioner(plan.commissionerRefs().get(i).id()) : null;
            out.add(Views.map("label", name, "href", href));
        }
        return out;
    }
}
