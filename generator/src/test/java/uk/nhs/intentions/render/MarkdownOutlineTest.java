package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Narrative headings sit under the page's h1 whatever level the author started at. */
class MarkdownOutlineTest {
    private final MarkdownRenderer md = new MarkdownRenderer();

    @Test
    void highestHeadingBecomesTheRequestedLevel() {
        String html = md.toHtmlOutline("## Allocation\n\ntext\n\n### Detail\n", 2);
        assertTrue(html.contains("<h2") && html.contains(">Allocation</h2>"), html);
        assertTrue(html.contains("<h3") && html.contains(">Detail</h3>"), html);
        String fromH1 = md.toHtmlOutline("# Top\n\n## Next\n", 2);
        assertTrue(fromH1.contains(">Top</h2>") && fromH1.contains(">Next</h3>"), fromH1);
    }

    @Test
    void stillEscapesRawHtmlAndDropsUnsafeLinks() {
        String html = md.toHtmlOutline("## <script>x</script>\n\n[a](javascript:alert(1))", 2);
        assertTrue(!html.contains("<script>") && !html.contains("javascript:"), html);
    }
}
