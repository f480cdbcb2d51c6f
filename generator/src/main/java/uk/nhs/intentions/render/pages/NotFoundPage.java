package uk.nhs.intentions.render.pages;

import java.util.List;

import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * 404.html. A web server shows it at any missing address, at any depth, so its links cannot be relative:
 * they start from the path of the configured base URL ({@code /commissioning/}). Without a base URL they
 * are relative to the site root, which suits a server that serves the site at its root.
 */
public final class NotFoundPage implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        return List.of(new Page(SitePaths.notFound(), "404.ftlh", Views.map(
                "title", "Page not found",
                "description", "The page you asked for is not on this site.",
                "root", rootPath(ctx.settings().baseUrl()),
                "noindex", true)));
    }

    /** "/commissioning/" for "https://example.nhs.uk/commissioning/", "/" for a host root, "" when unknown. */
    public static String rootPath(String baseUrl) {
        return SitePaths.basePath(baseUrl).orElse("");
    }
}
