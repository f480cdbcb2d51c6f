package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionStatus;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * Every intention of a plan in one list, and one list per lifecycle status (draft, under consultation,
 * agreed, deferred, withdrawn): the status filter is a set of links between static pages, so it works
 * without JavaScript.
 */
final class StatusPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            Map<IntentionStatus, Integer> counts = counts(plan);
            pages.add(page(plan, null, counts));
            for (IntentionStatus status : counts.keySet()) {
                pages.add(page(plan, status, counts));
            }
        }
        return pages;
    }

    /** Built when rendered: a plan's list of every intention is large, and a large site has many plans. */
    private static Page page(Plan plan, IntentionStatus only, Map<IntentionStatus, Integer> counts) {
        return Page.lazy(only == null ? SitePaths.allIntentions(plan.id()) : SitePaths.status(plan.id(), only.id()),
                "intentions.ftlh", () -> model(plan, only, counts));
    }

    private static Map<String, Object> model(Plan plan, IntentionStatus only, Map<IntentionStatus, Integer> counts) {
        List<Map<String, Object>> sections = new ArrayList<>();
        int shown = 0;
        for (Section s : plan.sections()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Intention i : s.intentions()) {
                if (only == null || i.status() == only) {
                    rows.add(Views.intentionLink(plan, i));
                }
            }
            shown += rows.size();
            if (!rows.isEmpty()) {
                sections.add(Views.map("title", s.number() + ". " + s.title(),
                        "href", SitePaths.section(plan.id(), s.id()), "intentions", rows));
            }
        }
        String title = only == null ? "All intentions" : "Intentions: " + only.label().toLowerCase();
        return Views.map(
                        "title", title,
                        "description", shown + " intention" + (shown == 1 ? "" : "s") + " of " + plan.title()
                                + (only == null ? "" : " with the status " + only.label().toLowerCase()) + ".",
                        "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(),
                                SitePaths.plan(plan.id())),
                        "filters", filters(plan, only, only == null, counts),
                        "shown", shown,
                        "usualStatus", Views.usualStatusNote(plan),
                        "sections", sections);
    }

    /**
     * The status filter for a plan: "All" and each status in use, with counts; {@code current} (or "All" when
     * {@code allIsCurrent}) is marked as the page being shown. Other pages show it with nothing marked.
     */
    public static List<Map<String, Object>> filters(Plan plan, IntentionStatus current, boolean allIsCurrent,
            Map<IntentionStatus, Integer> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Views.map("label", "All", "count", plan.intentionCount(),
                "href", SitePaths.allIntentions(plan.id()), "current", allIsCurrent));
        counts.forEach((status, n) -> out.add(Views.map("label", status.label(), "id", status.id(), "count", n,
                "href", SitePaths.status(plan.id(), status.id()), "current", status == current)));
        return out;
    }

    /** How many intentions have each status, in lifecycle order, statuses in use only. */
    public static Map<IntentionStatus, Integer> counts(Plan plan) {
        Map<IntentionStatus, Integer> counts = new EnumMap<>(IntentionStatus.class);
        for (Intention i : plan.intentions()) {
            counts.merge(i.status(), 1, Integer::sum);
        }
        return counts;
    }
}
