package uk.nhs.intentions.render;

import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.SiteSettings;

/**
 * What page builders read: the index (and through it the model), the Markdown renderer and the downloadable
 * files written so far (read only by lazily built page models, which the pipeline builds after writing them), and
 * the intention texts rendered so far.
 */
public record RenderContext(SiteIndex index, MarkdownRenderer markdown, Downloads downloads, PartTexts partTexts) {
    public RenderContext(SiteIndex index, MarkdownRenderer markdown) {
        this(index, markdown, new Downloads(), new PartTexts());
    }

    /** Part {@code k} of the intention's text as markup, rendered once for every page that shows it. */
    public SharedView partText(Plan plan, Intention intention, int k) {
        return partTexts.of(this, plan, intention, k);
    }

    public SiteSettings settings() {
        return index.site().settings();
    }
}
