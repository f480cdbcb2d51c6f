package uk.nhs.intentions.render.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfMakerTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
            + "<rect x=\"10\" y=\"10\" width=\"80\" height=\"60\" fill=\"#005eb8\"/>"
            + "<text x=\"100\" y=\"50\" font-family=\"sans-serif\">Acute</text></svg>";
    private static final String HTML = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            + "<title>What Fictional Plan means for Gondor General</title>"
            + "<style>body{font-family:'Liberation Sans'} @page{size:A4; margin:20mm}</style></head><body>"
            + "<h1>What Fictional Plan means for Gondor General</h1><p>Date: 3 March 2026 &amp; <em>version</em> 2.</p>"
            + "<p><a href=\"https://example.org/x\">a link</a> and <a href=\"plans/x/index.html\">a page</a></p>"
            + "<table><caption>Budget</caption><thead><tr><th scope=\"col\">Row</th><th scope=\"col\">£000</th></tr></thead>"
            + "<tbody><tr><th scope=\"row\">Acute</th><td>1,200</td></tr></tbody></table>"
            + "<figure><img src=\"data:image/svg+xml;base64,"
            + Base64.getEncoder().encodeToString(SVG.getBytes(StandardCharsets.UTF_8))
            + "\" alt=\"Bar chart: acute 1,200\" width=\"200\" height=\"100\"/><figcaption>Chart</figcaption></figure>"
            + "</body></html>";
    private static final PdfMaker.Meta META = new PdfMaker.Meta("What Fictional Plan means for Gondor General",
            "Fictional test", "en-GB", Optional.of(LocalDate.of(2026, 3, 3)), "https://example.org/site/plans/x/documents/p.pdf");

    @Test
    void makesTaggedPdfUaWithTextTitleAndLanguage() throws Exception {
        byte[] pdf = PdfMaker.pdf(HTML, META);
        assertEquals(List.of(), PdfUa.failures(pdf));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(d);
            assertTrue(text.contains("Date: 3 March 2026 & version 2."), text);
            assertEquals("What Fictional Plan means for Gondor General", d.getDocumentInformation().getTitle());
            assertEquals("en-GB", d.getDocumentCatalog().getLanguage());
            assertEquals(2026, d.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
        }
    }

    @Test
    void sameInputSameBytesAndTheKeyIsReadable() {
        byte[] a = PdfMaker.pdf(HTML, META);
        byte[] b = PdfMaker.pdf(HTML, META);
        assertArrayEquals(a, b);
        assertTrue(PdfMaker.hasKey(a, PdfMaker.key(HTML, META)));
    }
}
