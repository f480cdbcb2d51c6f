package uk.nhs.intentions.render.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.BundledSite;

/**
 * The provider and board packs: what they say, that veraPDF finds them PDF/UA-1 compliant, that charts stay
 * vector graphics, that pages link them, and that the {@code documents:} setting is honoured and said.
 */
class DocumentsTest {
    static final String EXAMPLE = "plans/exampleshire-2026-27/documents/";
    static final String BUNDLED = "plans/west-herts-2008-09/documents/";

    @TempDir
    Path dir;

    static byte[] bytes(BundledSite site, String path) throws IOException {
        return Files.readAllBytes(site.out.resolve(path));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theProviderPackGivesItsDateVersionContactChangesAndEveryIntentionThatAffectsTheProvider() throws IOException {
        String t = text(bytes(BundledSite.example(), EXAMPLE + "providers/riverside-hospitals.pdf"));
        assertTrue(t.contains("What Exampleshire commissioning intentions 2026/27 means for Riverside Hospitals NHS Trust"
                + " (fictional)"), t);
        assertTrue(t.contains("Commissioner Exampleshire Integrated Care Board (fictional)"), t);
        assertTrue(t.contains("Date Last updated 20 April 2026; published 12 January 2026"), t);
        assertTrue(t.contains("Version This version, updated 20 April 2026, after 2 consultation rounds"), t);
        assertTrue(t.contains("Contact commissioning@example.org"), t);
        assertTrue(t.contains("Illustrative example, not a real consultation"), t);
        assertTrue(t.contains("Changes since First draft, January 2026"), t);
        assertTrue(t.contains("[removed: two][added: three]"), "text changes are marked in words, not only colour: " + t);
        assertEquals(List.of("1.1", "1.2", "2.1"), intentionHeadings(t));
    }

    @Test
    void aProviderPackListsTheIntentionsThatReachItThroughGroupsAsItsPageDoes() throws IOException {
        BundledSite site = BundledSite.get();
        String t = text(bytes(site, BUNDLED + "providers/west-herts-hospitals.pdf"));
        assertTrue(t.contains("Date Not stated in the plan"), "the real plan is undated: " + t);
        assertTrue(t.contains("Version This version (date not stated)"), t);
        assertTrue(t.contains("Through All acute providers"), t);
        // the same intentions, in the same order, as the provider's page
        Document page = site.page("providers/west-herts-hospitals.html");
        List<String> onPage = page.select("article.impact h3 .num, article.impact h4 .num").eachText();
        assertFalse(onPage.isEmpty());
        assertEquals(onPage, intentionHeadings(t));
    }

    /** The numbers of the intention headings ("Names … directly" or "Through …" follows each). */
    private static List<String> intentionHeadings(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(\\d+\\.\\d+) [^.]*?(?= Names | Through )").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void veraPdfFindsTheProviderPackAndTheBoardPacksPdfUa1Compliant() throws Exception {
        assertEquals(List.of(), PdfUa.failures(bytes(BundledSite.example(), EXAMPLE + "providers/riverside-hospitals.pdf")));
        assertEquals(List.of(), PdfUa.failures(bytes(BundledSite.example(), EXAMPLE + "board-pack.pdf")));
        assertEquals(List.of(), PdfUa.failures(bytes(BundledSite.get(), BUNDLED + "board-pack.pdf")));
    }

    @Test
    void theBoardPackIsTheWholePlanWithContentsBudgetsVectorChartsResponsesAndChanges() throws IOException {
        byte[] pdf = bytes(BundledSite.example(), EXAMPLE + "board-pack.pdf");
        String t = text(pdf);
        for (String s : List.of("Board pack", "Contents", "1. Planned care (2 intentions)",
                "2. Community and end of life care (5 intentions)", "2.4 Minor injuries unit Withdrawn",
                "Table 1: Community investment 2026/27 (fictional)", "Total 2,500 3,300",
                "Community investment by service", "Responses to the consultation", "You said", "We did",
                "Changes since each consultation round")) {
            assertTrue(t.contains(s), s + " in " + t);
        }
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals("en-GB", d.getDocumentCatalog().getLanguage());
            assertEquals("Exampleshire commissioning intentions 2026/27: board pack", d.getDocumentInformation().getTitle());
            assertEquals(2026, d.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
            int images = 0;
            for (PDPage p : d.getPages()) {
                images += images(p.getResources());
                for (COSName f : p.getResources().getFontNames()) {
                    PDFont font = p.getResources().getFont(f);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            assertEquals(0, images, "the chart is drawn as vectors, not a picture");
        }
    }

    private static int images(PDResources r) throws IOException {
        int n = 0;
        for (COSName x : r.getXObjectNames()) {
            var o = r.getXObject(x);
            if (o instanceof PDImageXObject) {
                n++;
            } else if (o instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f && f.getResources() != null) {
                n += images(f.getResources());
            }
        }
        return n;
    }

    @Test
    void planProviderAndDataPagesLinkThePacksWithTheirSizes() {
        BundledSite site = BundledSite.example();
        assertEquals("PDF, " + uk.nhs.intentions.render.Downloads.sizeText(site.out.resolve(EXAMPLE + "board-pack.pdf")
                .toFile().length()), site.page("plans/exampleshire-2026-27/index.html")
                .select("section.downloads li:has(a[href$=documents/board-pack.pdf]) span.meta").text());
        assertEquals(1, site.page("providers/riverside-hospitals.html")
                .select("section.downloads a[href=../plans/exampleshire-2026-27/documents/providers/riverside-hospitals.pdf]")
                .size());
        Document data = site.page("plans/exampleshire-2026-27/data/index.html");
        assertEquals(List.of("Exampleshire Community Health Services (fictional)", "Hillside Mental Health Partnership (fictional)",
                "Meadow Hospice (fictional)", "Riverside Hospitals NHS Trust (fictional)"),
                data.select("#provider-packs ~ ul a").eachText());
    }

    @Test
    void documentsSwitchedOffAreNotMadeAndTheDataPageSaysSo() throws IOException {
        Path ex = BundledSite.EXAMPLE_CONFIG.getParent();
        Path config = dir.resolve("site-config.yml");
        Files.writeString(config, Files.readString(BundledSite.EXAMPLE_CONFIG)
                .replace("content: content", "content: " + ex.resolve("content"))
                .replace("themes: ../../themes", "themes: " + ex.resolve("../../themes").normalize())
                + "documents:\n  board_pack: false\n  provider_packs: none\n");
        BuildResult r = SiteBuild.build(config, dir.resolve("site"), Map.of());
        assertEquals(0, r.exitCode(), r.diagnostics()::toString);
        assertFalse(Files.exists(dir.resolve("site/" + EXAMPLE)));
        String data = Files.readString(dir.resolve("site/plans/exampleshire-2026-27/data/index.html"));
        assertTrue(data.contains("There is no board pack (PDF): this site&#39;s settings switch it off"), data);
        assertTrue(data.contains("There are no provider packs (PDF): this site&#39;s settings switch them off"), data);
    }

    @Test
    void aPackWhoseInputIsUnchangedIsTakenFromThePreviousSiteAndAChangedOneIsMadeAgain() throws IOException {
        Path out = dir.resolve("site");
        BuildResult first = SiteBuild.build(BundledSite.EXAMPLE_CONFIG, out, Map.of());
        assertEquals(0, first.exitCode());
        Path pack = out.resolve(EXAMPLE + "providers/meadow-hospice.pdf");
        byte[] made = Files.readAllBytes(pack);
        // a marker after the end of the file: readers ignore it, so only reuse can carry it into the next build
        byte[] marked = java.util.Arrays.copyOf(made, made.length + 9);
        System.arraycopy("%reused\n".getBytes(), 0, marked, made.length, 8);
        Files.write(pack, marked);
        Path board = out.resolve(EXAMPLE + "board-pack.pdf");
        Files.write(board, text(made).getBytes()); // not a PDF any more: no key, so it must be made again
        BuildResult second = SiteBuild.build(BundledSite.EXAMPLE_CONFIG, uk.nhs.intentions.pipeline.BuildOptions
                .defaults().withOut(out).withForce(true).withEnv(Map.of()));
        assertEquals(0, second.exitCode());
        assertArrayEquals(marked, Files.readAllBytes(pack));
        assertArrayEquals(bytes(BundledSite.example(), EXAMPLE + "board-pack.pdf"), Files.readAllBytes(board));
    }
}
