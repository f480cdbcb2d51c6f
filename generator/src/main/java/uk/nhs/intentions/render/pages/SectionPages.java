package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/** One page per service-area section: the intentions table as the source shows it. */
final class SectionPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            for (Section s : pi.plan().sections()) {
                pages.add(Page.lazy(SitePaths.section(pi.plan().id(), s.id()), "section.ftlh",
                        () -> model(ctx, pi, s)).readingSection(pi.plan().id(), s.id()));
            }
        }
        return pages;
    }

    private static Map<String, Object> model(RenderContext ctx, PlanIndex pi, Section s) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Intention i : s.intentions()) {
            rows.add(Views.intentionFull(ctx, pi, i));
        }
        List<Map<String, Object>> narrative = new ArrayList<>();
        for (Ref r : s.narrative()) {
            pi.narrative(r.id()).ifPresent(n -> narrative.add(
                    Views.link(n.title(), SitePaths.narrative(pi.plan().id(), n.id()))));
        }
        String title = s.number() + ". " + s.title();
        return Views.map(
                "title", title,
                "description", "Commissioning intentions " + s.number() + " – " + s.title() + ": "
                        + s.intentions().size() + " intentions in " + pi.plan().title() + ".",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), pi.plan().title(),
                        SitePaths.plan(pi.plan().id())),
                "summary", ctx.markdown().toMarkup(s.summary()),
                "narrative", narrative,
                "filters", StatusPages.filters(pi.plan(), null, false, StatusPages.counts(pi.plan())),
                "intentions", rows,
                "showOutcomes", pi.plan().document().has("outcomes"),
                "usualStatus", Views.usualStatusNote(pi.plan()));
    }
}
