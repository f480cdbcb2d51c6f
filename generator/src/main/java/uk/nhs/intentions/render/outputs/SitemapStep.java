package uk.nhs.intentions.render.outputs;

import java.util.List;

import freemarker.template.utility.StringUtil;

import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageRenderer;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;

/**
 * sitemap.xml listing every page at its canonical address under {@code base_url}, with {@code lastmod} from
 * the configured build date (never the clock), and robots.txt pointing at it. Without a base URL there is
 * no absolute address to give, so neither file is written.
 */
final class SitemapStep implements OutputStep {

    @Override
    public boolean canWait() {
        return true;
    }

    @Override
    public List<Output> outputs(Input in) {
        RenderContext ctx = in.ctx();
        String base = ctx.settings().baseUrl();
        if (base == null || base.isEmpty()) {
            return List.of();
        }
        String lastmod = ctx.settings().buildDate().map(java.time.LocalDate::toString).orElse(null);
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page p : in.pages()) {
            // only the 404 page is noindex; asking each page for its model would build every model again
            if (p.path().equals(SitePaths.notFound()) || !p.path().endsWith(".html")) {
                continue;
            }
            sb.append("  <url><loc>").append(StringUtil.XMLEnc(base + PageRenderer.canonicalPath(p.path()))).append("</loc>");
            if (lastmod != null) {
                sb.append("<lastmod>").append(lastmod).append("</lastmod>");
            }
            sb.append("</url>\n");
        }
        sb.append("</urlset>\n");
        return List.of(Output.text(SitePaths.sitemap(), sb.toString()),
                Output.text("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + base + SitePaths.sitemap() + "\n"));
    }
}
