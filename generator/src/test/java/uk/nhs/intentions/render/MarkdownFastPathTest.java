package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** The plain-sentence shortcut gives exactly what the full CommonMark renderer gives, or steps aside. */
class MarkdownFastPathTest {
    private static final List<org.commonmark.Extension> EXT = List.of(TablesExtension.create(),
            AutolinkExtension.create(), HeadingAnchorExtension.create());
    private final Parser parser = Parser.builder().extensions(EXT).build();
    private final HtmlRenderer full = HtmlRenderer.builder().extensions(EXT).escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void shortcutMatchesTheFullRendererOnRandomText() {
        List<String> samples = new ArrayList<>(List.of("", "\n", "\n\n", "Reduce emergency bed days\n",
                "Reduce emergency bed days by at least one percent overall", "Text  \n", "Text\n\n\n",
                "A: b (c) d/e? 5% - f's", "Note: see http://example.com", "Visit www.example.com", "Wwwx",
                "Mailto:x", "A - b", "Ab-", "x y", "Q1 2008/09; Q2 2009/10.", "Http:/x", "a.b.c"));
        SplittableRandom r = new SplittableRandom(3);
        String alphabet = "abcXYZ019 ,.;:()'/?%-w\n*_#>|&<\"`[]!~\\+=@\t";
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(24);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(r.nextInt(r.nextInt(4) == 0 ? alphabet.length() : 24)));
            }
            samples.add(b.toString());
        }
        int shortcuts = 0;
        for (String s : samples) {
            String expected = full.render(parser.parse(s));
            String fast = MarkdownRenderer.plainParagraph(s);
            if (fast != null) {
                shortcuts++;
                assertEquals(expected, fast.isEmpty() ? "" : "<p>" + fast + "</p>\n", () -> "for " + quoted(s));
                assertEquals(expected, markdown.toHtml(s), () -> "for " + quoted(s));
            }
        }
        assertEquals(true, shortcuts > 1000, "the shortcut is taken often: " + shortcuts);
    }

    @Test
    void anythingThatMayBeMarkupTakesTheFullPath() {
        for (String s : List.of("- item", "1. item", "*em*", "a *b*", "a_b_", "a & b", "a <b>", "# h", "a\nb",
                " indented", "a | b", "see https://x.org", "www.x.org", "a@b.org", "\"q\"", "a `c`", "[l](u)")) {
            assertNull(MarkdownRenderer.plainParagraph(s), s);
        }
        assertNotNull(MarkdownRenderer.plainParagraph("Reduction in conveyance rates\n"));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }
}
