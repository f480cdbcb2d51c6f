package uk.nhs.intentions.render.pages;

import java.util.List;

import uk.nhs.intentions.model.SiteFooter;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * The accessibility statement every footer links to: the site's own text ({@code footer.accessibility_statement}
 * in site-config.yml) or, without one, the built-in statement of what the generator does and how it is tested,
 * with the configured contact for reporting a problem.
 */
final class AccessibilityPage implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        SiteFooter f = ctx.settings().footer();
        return List.of(new Page(SitePaths.accessibility(), "accessibility.ftlh", Views.map(
                "title", "Accessibility statement",
                "description", "How accessible " + ctx.settings().title() + " is, how it is tested and how to report"
                        + " a problem.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home()),
                "own", ctx.markdown().toMarkupOutline(f.accessibilityStatement(), 2),
                "hasOwn", !f.accessibilityStatement().isBlank())));
    }
}
