package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.TestSites;

/** Hostile text in YAML and Markdown reaches the page as text, never as markup or script. */
class EscapingTest {
    private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "action",
            "formaction", "srcset", "poster", "xlink:href", "cite", "background");

    @TempDir
    Path dir;

    @Test
    void hostileTextIsEscapedEverywhere() throws IOException {
        Path config = TestSites.write(dir, """
                -- content/plans/test-2008-09/sections/1-acute.yml --
                id: acute
                number: 1
                title: "Acute <script>alert('section')</script>"
                intentions:
                  - id: 1-1-coding
                    number: "1.1"
                    area: "<img src=x onerror=alert(1)>Coding"
                    actions: |
                      <script>alert('md')</script>

                      [click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)
                      and [entity](java&#115;cript:alert(2)) and <a href="javascript:alert(3)">raw</a>
                    outcomes: "\\" onmouseover=\\"alert(4)"
                    providers: [city-hospital]
                    providers_as_printed: "x\\" autofocus onfocus=\\"alert(5)"
                """);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"));
        assertEquals(0, r.exitCode(), r.diagnostics().toString());
        String html = Files.readString(dir.resolve("out/plans/test-2008-09/intentions/1-1-coding.html"));
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script").isEmpty(), "no script element");
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().startsWith("on"), "event handler attribute " + a);
                if (URL_ATTRIBUTES.contains(a.getKey())) {
                    assertFalse(a.getValue().toLowerCase().contains("javascript:"), "javascript URL " + a);
                    assertFalse(a.getValue().toLowerCase().startsWith("data:"), "data URL " + a);
                }
            });
        }
        assertTrue(doc.select("img").isEmpty(), "no img element from text");
        assertTrue(doc.text().contains("<img src=x onerror=alert(1)>Coding"), "area shown as text");
        assertTrue(doc.text().contains("<script>alert('md')</script>"), "raw HTML in Markdown shown as text");
        assertTrue(doc.select("a:contains(click)").attr("href").isEmpty(), "unsafe link neutralised");
    }

    @Test
    void markdownKeepsSafeLinksAndShiftsHeadings() {
        MarkdownRenderer md = new MarkdownRenderer();
        String html = md.toHtml("# Title\n\n[NHS](https://www.nhs.uk) [mail](mailto:a@b.c) [rel](../x.html)");
        assertTrue(html.contains("<h2 id=\"title\">Title</h2>"), html);
        assertTrue(html.contains("href=\"https://www.nhs.uk\""), html);
        assertTrue(html.contains("href=\"mailto:a@b.c\""), html);
        assertTrue(html.contains("href=\"../x.html\""), html);
    }
}
