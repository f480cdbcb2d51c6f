package uk.nhs.intentions.model;

/** Text from content made safe to quote in a message: control and bidi characters escaped, length capped. */
public final class Printable {
    private Printable() {
    }

    public static String of(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(120).forEach(cp -> {
            if (unsafe(cp)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        if (s.codePointCount(0, s.length()) > 120) {
            b.append('…');
        }
        return b.toString();
    }

    /** A whole message made safe for one terminal or log line: the same escapes, no length cap. */
    public static String line(String s) {
        if (s.codePoints().noneMatch(Printable::unsafe)) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (unsafe(cp)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** Controls, bidi and other format characters, and the line and paragraph separators (U+2028, U+2029). */
    private static boolean unsafe(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
