package uk.nhs.intentions.render;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown as plain text (for meta descriptions and the search index). Thread-safe. */
public final class TextOf {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private TextOf() {
    }

    public static String markdown(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // a one-line plain sentence (most fields) is its own text: skip the parser
        String plain = MarkdownRenderer.plainParagraph(markdown);
        if (plain != null) {
            return collapseSpaces(plain);
        }
        // nor do sentences and plain bullet lists (most actions and outcomes): the renderer gives their words and
        // markers as written, line by line, which is their own text once spaces are collapsed
        if (plainLines(markdown)) {
            return collapseSpaces(markdown);
        }
        return collapseSpaces(TEXT.render(PARSER.parse(markdown)));
    }

    /**
     * Whether every line is blank, or starts with a letter, or with {@code "- "} and a letter, and holds only
     * the characters of {@link MarkdownRenderer#isPlain}: no emphasis, link, code, HTML, entity, escape,
     * heading, quote, numbered list, rule or indented block, so the parser's text is the source's words. Tested
     * against the parser.
     */
    static boolean plainLines(String markdown) {
        int n = markdown.length();
        int i = 0;
        while (i < n) {
            int end = markdown.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            int k = i;
            if (k + 1 < end && markdown.charAt(k) == '-' && markdown.charAt(k + 1) == ' ') {
                k += 2;
                if (k == end || !isLetter(markdown.charAt(k))) {
                    return false; // an empty item, a rule ("- - -") or an item that is not a plain sentence
                }
            }
            if (k < end && !isLetter(markdown.charAt(k))) {
                if (!blank(markdown, i, end)) {
                    return false;
                }
                k = end;
            }
            for (; k < end; k++) {
                if (!MarkdownRenderer.isPlain(markdown.charAt(k))) {
                    return false;
                }
            }
            i = end + 1;
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean blank(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Runs of white space as one space, trimmed (a loop: the regex was a measurable cost at scale). */
    static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** At most {@code max} characters, cut at a word boundary with an ellipsis. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[\\s,;:.–-]+$", "") + "…";
    }
}
