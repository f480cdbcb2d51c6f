package uk.nhs.intentions.render;

import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.model.SiteSettings;

/** What page builders read: the index (and through it the model) and the Markdown renderer. */
public record RenderContext(SiteIndex index, MarkdownRenderer markdown) {
    public SiteSettings settings() {
        return index.site().settings();
    }
}
