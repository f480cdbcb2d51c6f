package uk.nhs.intentions.render.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * HTML from a print template to a tagged PDF (PDF/UA-1) with the bundled Liberation Sans embedded, byte for
 * byte the same for the same HTML: the dates come from the content, the document id from the input's hash, and
 * nothing is fetched (charts arrive inline as data: SVG; any other external resource is refused).
 */
final class PdfMaker {
    /** The custom document-information key that carries the input hash, so a later build can reuse the file. */
    static final String KEY_NAME = "IntentionsInputs";
    static final String FONT = "Liberation Sans";
    private static final String FONTS = "/intentions/fonts/LiberationSans-";

    /** The bundled font files, read from the jar once per run. */
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    static {
        XRLog.setLoggingEnabled(false); // openhtmltopdf logs every page to stderr otherwise
        FontMappers.set(new BundledFontMapper(FONT_FILES.computeIfAbsent("Regular", PdfMaker::readFont)));
    }

    /**
     * What a PDF says about itself: title, subject, language, date (from the content; none when unstated), and
     * its own web address ("" without a base URL), against which links within the site are made absolute.
     */
    record Meta(String title, String subject, String language, Optional<LocalDate> date, String address) {
    }

    private PdfMaker() {
    }

    /** The hash a document's input is known by: the HTML and everything else that shapes the PDF. */
    static String key(String html, Meta meta) {
        return sha256(String.join("\u0000", "pdf-2", html, meta.title(), meta.subject(), meta.language(),
                meta.date().map(LocalDate::toString).orElse(""), meta.address()));
    }

    /** Whether {@code pdf} is a document this class made from input hashed to {@code key}. */
    static boolean hasKey(byte[] pdf, String key) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return key.equals(doc.getDocumentInformation().getCustomMetadataValue(KEY_NAME));
        } catch (IOException e) {
            return false; // not a PDF we can read: make it again
        }
    }

    static byte[] pdf(String html, Meta meta) {
        String key = key(html, meta);
        Document page = Jsoup.parse(html);
        links(page, meta.address());
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(page);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfUaAccessibility(true);
        b.withProducer("intentions");
        b.useSVGDrawer(new BatikSVGDrawer());
        FSStreamFactory refuse = url -> new Refused();
        b.useProtocolsStreamImplementation(refuse, "http", "https", "file", "jar", "ftp");
        b.withW3cDocument(dom, "about:blank");
        try (PDDocument doc = new PDDocument()) {
            font(b, doc, "Regular", 400, FontStyle.NORMAL);
            font(b, doc, "Bold", 700, FontStyle.NORMAL);
            font(b, doc, "Italic", 400, FontStyle.ITALIC);
            font(b, doc, "BoldItalic", 700, FontStyle.ITALIC);
            b.usePDDocument(doc);
            try (PdfBoxRenderer r = b.buildPdfRenderer()) {
                r.createPDFWithoutClosing();
            }
            describeLinks(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(meta.title());
            info.setSubject(meta.subject());
            info.setCreationDate(meta.date().map(PdfMaker::calendar).orElse(null));
            info.setModificationDate(meta.date().map(PdfMaker::calendar).orElse(null));
            info.setCustomMetadataValue(KEY_NAME, key);
            // PDFBox would make the file identifier from the clock; derive it from the input instead
            byte[] id = Arrays.copyOf(HexFormat.of().parseHex(key), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Links that mean something on paper: absolute web and mail links stay (titled with their text, which
     * PDF/UA needs); a link within the site becomes absolute from the base URL, or plain text without one.
     */
    private static void links(Document page, String address) {
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            String lower = href.toLowerCase(Locale.ROOT);
            if (href.startsWith("#")) {
                if (page.getElementById(href.substring(1)) == null) {
                    a.unwrap();
                    continue;
                }
            } else if (!(lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))) {
                Optional<String> absolute = address.isEmpty() || lower.contains(":") ? Optional.empty()
                        : resolve(address, href);
                if (absolute.isEmpty()) {
                    a.unwrap();
                    continue;
                }
                a.attr("href", absolute.get());
            }
            if (!a.hasAttr("title")) {
                a.attr("title", a.text().isBlank() ? href : a.text());
            }
        }
    }

    private static Optional<String> resolve(String address, String href) {
        try {
            return Optional.of(URI.create(address).resolve(href).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** PDF/UA: every link annotation says where it goes (its Contents). */
    private static void describeLinks(PDDocument doc) throws IOException {
        for (PDPage p : doc.getPages()) {
            for (PDAnnotation a : p.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(link.getAction() instanceof PDActionURI uri ? "Link to " + uri.getURI()
                            : "Link to another part of this document");
                }
            }
        }
    }

    private static void font(PdfRendererBuilder b, PDDocument doc, String file, int weight, FontStyle style) {
        b.useFont(new BundledFace(doc, FONT_FILES.computeIfAbsent(file, PdfMaker::readFont)), FONT, weight, style,
                true);
    }

    /**
     * One face of the bundled font, loaded into the document (as a subset) when the layout first uses it, with
     * the font's glyph substitutions (GSUB) switched off. PDFBox otherwise runs every string it shows through
     * them, compiling the substitution table into regular expressions each time: 58% of making a document in a
     * profile, for a Latin text whose only substitutions are ligatures, which a text layer is better without.
     */
    private static final class BundledFace extends PDFontSupplier {
        private final PDDocument doc;
        private final byte[] ttf;
        private PDFont font;

        BundledFace(PDDocument doc, byte[] ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, parse(ttf), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("the bundled font cannot be read", e);
                }
            }
            return font;
        }

        private static TrueTypeFont parse(byte[] ttf) throws IOException {
            TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            face.setEnableGsub(false);
            return face;
        }
    }

    private static byte[] readFont(String file) {
        try (InputStream in = PdfMaker.class.getResourceAsStream(FONTS + file + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Calendar calendar(LocalDate d) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        c.clear();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No external resource is read while making a document. */
    private static final class Refused implements FSStream {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public java.io.Reader getReader() {
            return null;
        }
    }
}
