package uk.nhs.intentions.render;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import uk.nhs.intentions.model.Markdown;

/**
 * Markdown to safe HTML: raw HTML is shown as text, only http, https and mailto links (and relative links)
 * survive, and headings move so the text's top level is h2 (a page keeps a single h1 and never skips a level
 * after it: {@code ## A} in a narrative whose first heading is {@code ##} becomes h2). Thread-safe.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .attributeProviderFactory(context -> new HeadingIds()) // heading anchors, in any locale
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();

    /** Renders no text twice across builds when a {@link MarkdownMemo} is given (serve); may be null. */
    private final MarkdownMemo memo;

    public MarkdownRenderer() {
        this(null);
    }

    public MarkdownRenderer(MarkdownMemo memo) {
        this.memo = memo;
    }

    public String toHtml(String markdown) {
        String plain = plainParagraph(markdown);
        if (plain != null) {
            return plain.isEmpty() ? "" : "<p>" + plain + "</p>\n";
        }
        return toHtmlOutline(markdown, 2);
    }

    /**
     * Like {@link #toHtml(String)}, but headings move so the document's highest heading becomes
     * {@code topLevel} (a narrative page whose sections start at {@code ##} still gets h2 under the page's h1).
     */
    public String toHtmlOutline(String markdown, int topLevel) {
        String text = markdown == null ? "" : markdown;
        return memo == null ? render(text, topLevel) : memo.get(text, topLevel, this::render);
    }

    private String render(String markdown, int topLevel) {
        Node doc = parser.parse(markdown);
        int[] min = {7};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                min[0] = Math.min(min[0], heading.getLevel());
            }
        });
        int shift = min[0] > 6 ? 0 : topLevel - min[0];
        int floor = Math.max(1, topLevel);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(floor, Math.min(6, heading.getLevel() + shift)));
                visitChildren(heading);
            }
        });
        return renderer.render(doc);
    }

    /** {@link #toHtmlOutline} wrapped as markup for a template. */
    public TemplateHTMLOutputModel toMarkupOutline(Markdown md, int topLevel) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(toHtmlOutline(md == null ? "" : md.source(), topLevel));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Most Markdown fields are one plain sentence ("Reduce emergency bed days by at least one percent"); the
     * full parser and renderer cost about 20 µs a call however short the text is. A text that is blank, or a
     * single line of letters, digits, spaces and {@code , . ; : ( ) ' / ? % -} that starts with a letter
     * and holds no link-like {@code ://} or {@code www}, renders as exactly {@code <p>text</p>\n}: return
     * that text (or "" when blank), or null when the full renderer is needed. Tested against the renderer.
     */
    static String plainParagraph(String markdown) {
        if (markdown == null) {
            return "";
        }
        int end = markdown.length();
        while (end > 0 && (markdown.charAt(end - 1) == '\n' || markdown.charAt(end - 1) == ' ')) {
            end--;
        }
        if (end == 0) {
            return markdown.isEmpty() || markdown.chars().allMatch(c -> c == '\n') ? "" : null;
        }
        char first = markdown.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return null;
        }
        for (int k = 1; k < end; k++) {
            char c = markdown.charAt(k);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' '
                    || c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\''
                    || c == '/' || c == '?' || c == '%' || c == '-';
            if (!ok) {
                return null;
            }
        }
        String text = markdown.substring(0, end);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (text.contains("://") || lower.contains("www")) {
            return null;
        }
        return text;
    }

    /** Rendered HTML wrapped so FreeMarker's auto-escaping inserts it as markup, not text. */
    public TemplateHTMLOutputModel toMarkup(Markdown md) {
        return toMarkup(md == null ? "" : md.source());
    }

    public TemplateHTMLOutputModel toMarkup(String markdown) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(toHtml(markdown));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
