package uk.nhs.intentions.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import uk.nhs.intentions.check.MarkdownLinks;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.SourcePos;

/**
 * Markdown to safe HTML: raw HTML is shown as text, only http, https and mailto links (and relative links)
 * survive, and headings move so the text's top level is h2 (a page keeps a single h1 and never skips a level
 * after it: {@code ## A} in a narrative whose first heading is {@code ##} becomes h2). Thread-safe.
 * <p>
 * Links by id ({@code [Fair Haven Hospice](provider:fair-haven-hospice)}, see {@link MarkdownLinks}) become
 * site paths behind {@link #ROOT}, which {@link PageRenderer} replaces with the page's own way back to the
 * site's root, so one rendering is right at any depth. A link by id with no text of its own
 * ({@code <provider:x>}, {@code [](provider:x)}) shows the name of what it links to. Relative links are
 * remembered with the text that wrote them, so a broken one is reported at its source line
 * ({@link #writtenAt}).
 */
public final class MarkdownRenderer {
    /** Stands for the page's relative path to the site root in rendered links; never written by the sanitizer. */
    public static final String ROOT = "{root}/";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .attributeProviderFactory(context -> new HeadingIds()) // heading anchors, in any locale
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();
    private final Optional<MarkdownLinks> links;
    private final Map<String, Markdown> relative = new ConcurrentHashMap<>();

    /** Without links by id: they are removed like any unknown scheme (for tests of plain Markdown). */
    public MarkdownRenderer() {
        this.links = Optional.empty();
    }

    /** Resolving links by id against the site. */
    public MarkdownRenderer(MarkdownLinks links) {
        this.links = Optional.of(links);
    }

    public String toHtml(String markdown) {
        return toHtml(markdown, null);
    }

    private String toHtml(String markdown, Markdown from) {
        String plain = plainParagraph(markdown);
        if (plain != null) {
            return plain.isEmpty() ? "" : "<p>" + plain + "</p>\n";
        }
        return render(markdown, 2, from);
    }

    /**
     * Like {@link #toHtml(String)}, but headings move so the document's highest heading becomes
     * {@code topLevel} (a narrative page whose sections start at {@code ##} still gets h2 under the page's h1).
     */
    public String toHtmlOutline(String markdown, int topLevel) {
        return render(markdown, topLevel, null);
    }

    private String render(String markdown, int topLevel, Markdown from) {
        Node doc = parser.parse(markdown == null ? "" : markdown);
        if (MarkdownLinks.mayHoldLinks(markdown == null ? "" : markdown)) {
            doc.accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    rewrite(link, from);
                    visitChildren(link);
                }
            });
        }
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
            return HTMLOutputFormat.INSTANCE.fromMarkup(render(md == null ? "" : md.source(), topLevel, md));
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
            if (!isPlain(markdown.charAt(k))) {
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

    /** A letter, digit, space or one of {@code , . ; : ( ) ' / ? % -}: never Markdown on its own in a sentence. */
    static boolean isPlain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == ','
                || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\'' || c == '/' || c == '?'
                || c == '%' || c == '-';
    }

    /** Rendered HTML wrapped so FreeMarker's auto-escaping inserts it as markup, not text. */
    public TemplateHTMLOutputModel toMarkup(Markdown md) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(toHtml(md == null ? "" : md.source(), md));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A link by id becomes a path from the site root; a relative link is remembered with its text. */
    private void rewrite(Link link, Markdown from) {
        String dest = link.getDestination();
        if (MarkdownLinks.kindOf(dest).isPresent()) {
            SourcePos where = from == null ? null : from.pos();
            Optional<MarkdownLinks.Target> target = links.flatMap(l -> l.resolve(dest, where)
                    instanceof MarkdownLinks.Resolution.Found f ? Optional.of(f.target()) : Optional.empty());
            // unresolved (only possible when the check did not run): left for the sanitizer to remove
            target.ifPresent(t -> {
                link.setDestination(ROOT + sitePath(t) + t.fragment());
                boolean noText = link.getFirstChild() == null || link.getFirstChild() == link.getLastChild()
                        && link.getFirstChild() instanceof Text text && text.getLiteral().equals(dest);
                if (noText) {
                    while (link.getFirstChild() != null) {
                        link.getFirstChild().unlink();
                    }
                    link.appendChild(new Text(t.label()));
                }
            });
            return;
        }
        if (from != null && !dest.isEmpty() && !dest.contains(":") && !dest.startsWith("//")) {
            relative.merge(dest, from, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        }
    }

    private static final Comparator<Markdown> ORDER = Comparator.comparing((Markdown m) -> m.pos().path())
            .thenComparingInt(m -> m.pos().line()).thenComparingInt(m -> m.pos().column());

    /** Where a relative link as written in Markdown was written (file, line, column), if a rendered text has it. */
    public Optional<SourcePos> writtenAt(String destination) {
        Markdown md = relative.get(destination);
        if (md == null) {
            return Optional.empty();
        }
        return MarkdownLinks.links(md).stream().filter(w -> w.destination().equals(destination))
                .map(MarkdownLinks.Written::pos).findFirst();
    }

    /** The page a link by id leads to, from the site root. */
    static String sitePath(MarkdownLinks.Target t) {
        return switch (t.kind()) {
            case PROVIDER -> SitePaths.provider(t.id());
            case INTENTION -> SitePaths.intention(t.planId(), t.id());
            case PRIORITY -> SitePaths.priority(t.id());
            case PLAN -> SitePaths.plan(t.id());
            case COMMISSIONER -> SitePaths.commissioner(t.id());
        };
    }

    public TemplateHTMLOutputModel toMarkup(String markdown) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(toHtml(markdown));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
