package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.render.CrossLinks;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.TextOf;
import uk.nhs.intentions.render.Views;
import uk.nhs.intentions.render.data.DataOutputs;

/** The disease priorities index and one page per priority with everything that mentions it. */
final class PriorityPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        // a priority page lists references (outlines) and links the plans' tables with their sizes
        java.util.Set<String> reads = Reads.everyPlanOutsideSections(ctx);
        for (Priority p : ctx.index().site().priorities()) {
            CrossLinks.MentionSource source = pi -> pi.mentionsOfPriority(p.id());
            Map<String, Object> row = CrossLinks.priorityLink(p);
            row.put("summary", ctx.markdown().toMarkup(p.summary()));
            row.put("count", CrossLinks.intentionCount(ctx, source));
            if (ctx.index().comparisons().comparable(p.id())) {
                row.put("compareHref", SitePaths.comparison(p.id()));
            }
            rows.add(row);
            // lazy: the downloads it links are written before pages are rendered, after pages are planned
            pages.add(Page.lazy(SitePaths.priority(p.id()), "priority.ftlh", () -> Views.map(
                    "title", p.name(),
                    "description", TextOf.shorten("Disease priority: " + p.name() + ". "
                            + TextOf.markdown(p.summary() == null ? "" : p.summary().source()), 300),
                    "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), "Disease priorities",
                            SitePaths.priorities()),
                    "summary", ctx.markdown().toMarkup(p.summary()),
                    "mentions", CrossLinks.mentions(ctx, source),
                    // only where two plans name the priority: a one-plan site shows no comparison
                    "compare", ctx.index().comparisons().comparable(p.id()) ? Views.link("Compare what each"
                            + " commissioner plans for " + p.name(), SitePaths.comparison(p.id())) : null,
                    "downloads", DataOutputs.priorityDownloads(ctx, p))).readingOnly(reads));
        }
        pages.add(0, new Page(SitePaths.priorities(), "priorities.ftlh", Views.map(
                "title", "Disease priorities",
                "description", "The disease priorities of the commissioning intentions, each with the intentions,"
                        + " narrative and meeting discussions that concern it.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home()),
                "priorities", rows)).readingOnly(java.util.Set.of()));
        return pages;
    }
}
