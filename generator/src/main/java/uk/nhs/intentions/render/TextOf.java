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
        return collapseSpaces(TEXT.render(PARSER.parse(markdown)));
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
