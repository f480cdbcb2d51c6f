package uk.nhs.intentions.render.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.load.ConfigLoader;
import uk.nhs.intentions.load.ContentLoader;
import uk.nhs.intentions.render.MarkdownRenderer;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.testing.TestSites;

class SitemapStepTest {
    @TempDir
    Path dir;

    private RenderContext site(String config) {
        Path file = TestSites.write(dir, "-- site-config.yml --\n" + config);
        Diagnostics diags = new Diagnostics();
        var loaded = ConfigLoader.load(file, diags).orElseThrow();
        return new RenderContext(new SiteIndex(ContentLoader.load(loaded, diags).orElseThrow()), new MarkdownRenderer());
    }

    private static List<Page> pages(String... paths) {
        return java.util.Arrays.stream(paths).map(p -> new Page(p, "page.ftlh", Map.of())).toList();
    }

    private static Map<String, String> run(RenderContext ctx, List<Page> pages) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (Output o : new SitemapStep().outputs(new OutputStep.Input(ctx, pages, PreviousSite.none()))) {
            files.put(o.path(), new String(o.bytes(), StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void listsEveryPageButThe404AtItsCanonicalAddressWithTheBuildDate() {
        RenderContext ctx = site("title: T\nbase_url: https://example.nhs.uk/test/\nbuild_date: 2008-01-24\n");
        Map<String, String> files = run(ctx, pages("index.html", "plans/p/index.html", "plans/p/a&b.html",
                "404.html", "search-index.js"));
        assertEquals(List.of("sitemap.xml", "robots.txt"), List.copyOf(files.keySet()));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.nhs.uk/test/</loc><lastmod>2008-01-24</lastmod></url>
                  <url><loc>https://example.nhs.uk/test/plans/p/</loc><lastmod>2008-01-24</lastmod></url>
                  <url><loc>https://example.nhs.uk/test/plans/p/a&amp;b.html</loc><lastmod>2008-01-24</lastmod></url>
                </urlset>
                """, files.get("sitemap.xml"));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.nhs.uk/test/sitemap.xml\n",
                files.get("robots.txt"));
    }

    @Test
    void withoutABaseUrlNothingIsWritten() {
        assertEquals(Map.of(), run(site("title: T\n"), pages("index.html")));
    }
}
