package uk.nhs.intentions.render;

import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.model.SiteSettings;

/**
 * What page builders read: the index (and through it the model), the Markdown renderer and the downloadable
 * files written so far (read only by lazily built page models, which the pipeline builds after writing them).
 */
public record RenderContext(SiteIndex index, MarkdownRenderer markdown, Downloads downloads) {
    public RenderContext(SiteIndex index, MarkdownRenderer markdown) {
        this(index, markdown, new Downloads());
    }

    public SiteSettings settings() {
        return index.site().settings();
    }
}
