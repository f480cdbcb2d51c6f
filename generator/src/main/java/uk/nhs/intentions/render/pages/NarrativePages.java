package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.CrossLinks;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.TextOf;
import uk.nhs.intentions.render.Views;

/** One page per narrative Markdown file, with links to the priorities, groups and intentions it discusses. */
final class NarrativePages implements PageBuilder {

    /** Narrative in reading order: by number (unnumbered last), then title. */
    public static final Comparator<NarrativePage> ORDER = Comparator
            .comparing((NarrativePage n) -> n.number() == null ? Integer.MAX_VALUE : n.number())
            .thenComparing(NarrativePage::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(NarrativePage::id);

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            for (NarrativePage n : plan.narrative()) {
                // built when rendered: a large site's narrative pages hold much rendered Markdown
                pages.add(Page.lazy(SitePaths.narrative(plan.id(), n.id()), "narrative.ftlh", () -> {
                    List<Map<String, Object>> sections = new ArrayList<>();
                    pi.sectionsExplainedBy(n.id()).forEach(s -> sections.add(
                            Views.link(s.number() + ". " + s.title(), SitePaths.section(plan.id(), s.id()))));
                    return Views.map(
                            "title", n.title(),
                            "description", TextOf.shorten(n.title() + ", " + plan.title() + ". "
                                    + TextOf.markdown(n.body().source()), 300),
                            "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(),
                                    SitePaths.plan(plan.id())),
                            "body", ctx.markdown().toMarkupOutline(n.body(), 2),
                            "priorities", CrossLinks.priorityLinks(ctx, n.priorities()),
                            "groups", CrossLinks.groupLinks(ctx, n.groups()),
                            "intentions", CrossLinks.intentionLinks(pi, n.intentions()),
                            "sections", sections);
                }));
            }
        }
        return pages;
    }

    /** Links to a plan's narrative pages in reading order. */
    public static List<Map<String, Object>> links(Plan plan) {
        return plan.narrative().stream().sorted(ORDER).map(n -> CrossLinks.narrativeLink(plan, n)).toList();
    }
}
