package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.BundledSite;
import uk.nhs.intentions.testing.EveryTemplateSite;

/**
 * No heading stands over nothing: on every built page of the fixtures, each heading is followed by some content
 * (text, an image, a form control) before the next heading of the same or a higher rank, or the end of main.
 */
class NoEmptyHeadingTest {

    /** "page: h2 Headline figures" for each heading with nothing under it. */
    static List<String> emptyHeadings(BundledSite site) {
        List<String> out = new ArrayList<>();
        for (String path : site.htmlPages()) {
            Element main = site.page(path).selectFirst("main");
            if (main != null) {
                emptyHeadings(main).forEach(h -> out.add(path + ": " + h));
            }
        }
        return out;
    }

    static List<String> emptyHeadings(Element main) {
        List<String> out = new ArrayList<>();
        List<Element> open = new ArrayList<>(); // headings still waiting for content
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.tagName().matches("h[1-6]")) {
                    int rank = e.tagName().charAt(1) - '0';
                    open.removeIf(h -> {
                        boolean closed = h.tagName().charAt(1) - '0' >= rank;
                        if (closed) {
                            out.add(h.tagName() + " " + h.text());
                        }
                        return closed;
                    });
                    open.add(e);
                } else if (!open.isEmpty() && isContent(node) && !insideHeading(node)) {
                    open.clear();
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, main);
        open.forEach(h -> out.add(h.tagName() + " " + h.text()));
        return out;
    }

    private static boolean isContent(Node n) {
        if (n instanceof TextNode t) {
            return !t.isBlank();
        }
        return n instanceof Element e && e.tagName().matches("img|svg|input|select|textarea|button|iframe|video");
    }

    private static boolean insideHeading(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.tagName().matches("h[1-6]")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theScannerFindsAHeadingOverNothing() {
        Document d = org.jsoup.Jsoup.parse("<main><h1>T</h1><p>x</p><h2>Empty</h2><h2>Full</h2><h3>Sub</h3>"
                + "<ul><li>y</li></ul><h2>Last</h2></main>");
        assertEquals(List.of("h2 Empty", "h2 Last"), emptyHeadings(d.selectFirst("main")));
    }

    @Test
    void theMultiPlanFixtureHasNoEmptyHeading() {
        BundledSite site = BundledSite.multi();
        assertEquals(0, site.result.exitCode(), () -> site.result.diagnostics().toString());
        assertEquals(List.of(), emptyHeadings(site));
    }

    @Test
    void theBundledAndExampleSitesHaveNoEmptyHeading() {
        assertEquals(List.of(), emptyHeadings(BundledSite.get()));
        assertEquals(List.of(), emptyHeadings(BundledSite.example()));
    }

    @Test
    void theEveryTemplateSiteHasNoEmptyHeading(@TempDir Path dir) {
        EveryTemplateSite.Written w = EveryTemplateSite.write(dir.resolve("src"), n -> "Text " + n);
        BuildResult r = SiteBuild.build(w.config(), dir.resolve("out"));
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        List<String> empty = emptyHeadings(BundledSite.at(dir.resolve("out")));
        assertTrue(empty.isEmpty(), () -> String.join("\n", empty));
    }
}
