package uk.nhs.intentions.publish;

import java.util.List;

import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.RenderContext;

/** Writes files that are not rendered pages: sitemap, search index, charts. */
public interface OutputStep {
    void write(RenderContext ctx, List<Page> pages, SiteWriter writer);
}
