package uk.nhs.intentions.render.pages;

import java.util.List;

import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * The search page. Searching runs in the browser over {@code search-index.js}; without JavaScript the page
 * explains that and offers the A–Z listings instead.
 */
final class SearchPage implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        return List.of(new Page(SitePaths.search(), "search.ftlh", Views.map(
                "title", "Search",
                "description", "Search the commissioning intentions, providers, disease priorities, commissioning "
                        + "groups, narrative and meetings.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home()),
                "browse", List.of(
                        Views.link("Providers A to Z", SitePaths.providers()),
                        Views.link("Disease priorities", SitePaths.priorities()),
                        Views.link("Commissioning groups", SitePaths.groups())),
                "plans", ctx.index().site().plans().stream()
                        .map(p -> Views.link(p.title() + " (" + p.period() + ")", SitePaths.plan(p.id()))).toList(),
                "letters", ctx.index().providers().providersByName().stream()
                        .map(p -> ProviderPages.letter(p.name())).distinct()
                        .map(l -> Views.link(l, SitePaths.providers() + "#letter-" + (l.equals("#") ? "other" : l)))
                        .toList(),
                "searchIndex", SitePaths.searchIndex())));
    }
}
