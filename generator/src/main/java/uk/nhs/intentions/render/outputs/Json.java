package uk.nhs.intentions.render.outputs;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the generated data files: strings, numbers, booleans, lists and maps (in their
 * own order). Output is also safe inside a script: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are
 * escaped.
 */
public final class Json {
    private Json() {
    }

    /** Compact JSON on one line. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        write(value, sb, -1);
        return sb.toString();
    }

    /** JSON indented by two spaces per level, ending with a newline: for data files people open. */
    public static String pretty(Object value) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        write(value, sb, 0);
        return sb.append('\n').toString();
    }

    /** {@code depth} < 0 writes compactly. */
    private static void write(Object v, StringBuilder sb, int depth) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(s, sb);
        } else if (v instanceof java.math.BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                newline(sb, depth < 0 ? -1 : depth + 1);
                string(String.valueOf(e.getKey()), sb);
                sb.append(depth < 0 ? ":" : ": ");
                write(e.getValue(), sb, depth < 0 ? -1 : depth + 1);
            }
            if (!m.isEmpty()) {
                newline(sb, depth);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                newline(sb, depth < 0 ? -1 : depth + 1);
                write(l.get(i), sb, depth < 0 ? -1 : depth + 1);
            }
            if (!l.isEmpty()) {
                newline(sb, depth);
            }
            sb.append(']');
        } else {
            string(v.toString(), sb);
        }
    }

    /** Indentation for the usual depths, appended as a slice: a new string per line was 1.5% of a large build. */
    private static final String INDENT = " ".repeat(64);

    private static void newline(StringBuilder sb, int depth) {
        if (depth < 0) {
            return;
        }
        sb.append('\n');
        int spaces = 2 * depth;
        for (; spaces > INDENT.length(); spaces -= INDENT.length()) {
            sb.append(INDENT);
        }
        sb.append(INDENT, 0, spaces);
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        // most values need no escape: copy the run up to the first that does in one go, not char by char
        int plain = 0;
        while (plain < s.length() && !escaped(s.charAt(plain))) {
            plain++;
        }
        if (plain == s.length()) {
            sb.append(s).append('"');
            return;
        }
        sb.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c, sb);
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c, sb);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Whether {@link #string} writes the character other than as itself. */
    private static boolean escaped(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * The character as JSON's six-character escape (a backslash, {@code u}, four hex digits), by hand: String.format
     * made a Formatter for every ampersand of every plan's JSON.
     */
    private static void unicodeEscape(char c, StringBuilder sb) {
        sb.append('\\').append('u').append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }
}
