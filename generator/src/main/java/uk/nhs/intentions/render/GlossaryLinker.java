package uk.nhs.intentions.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import freemarker.template.utility.StringUtil;
import uk.nhs.intentions.model.Glossary;
import uk.nhs.intentions.model.GlossaryTerm;
import uk.nhs.intentions.support.Sha256;

/**
 * Marks the first use of each glossary term in a page's main content: {@code <a href="…glossary.html#term-pbc">
 * <abbr title="practice-based commissioning">PBC</abbr></a>}. Works on the rendered HTML: only text outside
 * tags is touched, and never inside a link, an existing abbr, code, a button, a script or a style (a link inside
 * a link is invalid), nor outside {@code <main>}. Matching is case-sensitive and whole-word.
 */
public final class GlossaryLinker {
    /** Elements whose text is left alone. */
    private static final Set<String> SKIP = Set.of("a", "abbr", "code", "pre", "script", "style", "button",
            "textarea", "select", "option", "label", "svg", "title", "summary", "dfn");
    private static final Pattern TAG_NAME = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9-]*)");

    private final Map<String, GlossaryTerm> byEscapedTerm = new HashMap<>();
    private final Pattern terms;
    private final String key;

    public GlossaryLinker(Glossary glossary) {
        List<GlossaryTerm> list = glossary.terms().stream().filter(t -> !t.term().isBlank()).toList();
        List<String> escaped = new ArrayList<>();
        for (GlossaryTerm t : list) {
            String e = StringUtil.XHTMLEnc(t.term());
            byEscapedTerm.put(e, t);
            escaped.add(e);
        }
        // longest first, so "A&E" wins over "A"
        escaped.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.terms = escaped.isEmpty() ? null : Pattern.compile("(?<![A-Za-z0-9&;])("
                + escaped.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![A-Za-z0-9])");
        this.key = Sha256.hex(list.stream().map(t -> t.term() + "\u0000" + t.expansion())
                .collect(Collectors.joining("\u0001")));
    }

    public boolean active() {
        return terms != null;
    }

    /** Changes whenever a term or expansion changes: part of each page's fingerprint for the render cache. */
    public String key() {
        return key;
    }

    /** The page with the first use of each term in {@code <main>} marked up; {@code root} leads to the site root. */
    public String apply(String html, String root) {
        if (terms == null) {
            return html;
        }
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        if (start < 0 || end < start) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 512);
        out.append(html, 0, start);
        Set<String> used = new HashSet<>();
        int skipDepth = 0;
        int i = start;
        while (i < end) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt > end) {
                lt = end;
            }
            if (lt > i) {
                String text = html.substring(i, lt);
                out.append(skipDepth == 0 ? mark(text, used, root) : text);
            }
            if (lt >= end) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt);
                int stop = close < 0 ? end : close + 3;
                out.append(html, lt, stop);
                i = stop;
                continue;
            }
            int gt = html.indexOf('>', lt);
            int stop = gt < 0 ? end : gt + 1;
            String tag = html.substring(lt, stop);
            Matcher name = TAG_NAME.matcher(tag);
            if (name.lookingAt() && SKIP.contains(name.group(1).toLowerCase(Locale.ROOT)) && !tag.endsWith("/>")) {
                skipDepth += tag.startsWith("</") ? -1 : 1;
                skipDepth = Math.max(0, skipDepth);
            }
            out.append(tag);
            i = stop;
        }
        out.append(html, end, html.length());
        return out.toString();
    }

    private String mark(String text, Set<String> used, String root) {
        Matcher m = terms.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String found = m.group(1);
            if (!used.add(found)) {
                continue;
            }
            GlossaryTerm t = byEscapedTerm.get(found);
            if (out == null) {
                out = new StringBuilder(text.length() + 128);
            }
            out.append(text, last, m.start()).append("<a class=\"glossary-term\" href=\"").append(root)
                    .append(SitePaths.glossary()).append('#').append(t.anchor()).append("\"><abbr title=\"")
                    .append(StringUtil.XHTMLEnc(t.expansion())).append("\">").append(found).append("</abbr></a>");
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }
}
