package uk.nhs.intentions.render.outputs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the generated data files: strings, numbers, booleans, lists and maps (in their
 * own order). Output is also safe inside a script: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are
 * escaped. It writes UTF-8 bytes straight away: a plan's JSON is megabytes, and building it as text first
 * meant growing a builder (in two bytes a character after the first dash), copying it into a string and
 * encoding that again.
 */
public final class Json {
    private Json() {
    }

    /** Compact JSON on one line. */
    public static String write(Object value) {
        return new String(utf8(value), StandardCharsets.UTF_8);
    }

    /** JSON indented by two spaces per level, ending with a newline: for data files people open. */
    public static String pretty(Object value) {
        return new String(prettyUtf8(value), StandardCharsets.UTF_8);
    }

    /** {@link #write}'s text as UTF-8. */
    public static byte[] utf8(Object value) {
        Sink out = new Sink();
        write(value, out, -1);
        return out.bytes();
    }

    /** {@link #pretty}'s text as UTF-8. */
    public static byte[] prettyUtf8(Object value) {
        Sink out = new Sink();
        write(value, out, 0);
        out.ascii('\n');
        return out.bytes();
    }

    /** {@code depth} < 0 writes compactly. */
    private static void write(Object v, Sink out, int depth) {
        if (v == null) {
            out.ascii("null");
        } else if (v instanceof String s) {
            string(s, out);
        } else if (v instanceof java.math.BigDecimal d) {
            out.ascii(d.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            out.ascii(v.toString());
        } else if (v instanceof Map<?, ?> m) {
            out.ascii('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.ascii(',');
                }
                first = false;
                newline(out, depth < 0 ? -1 : depth + 1);
                string(String.valueOf(e.getKey()), out);
                out.ascii(depth < 0 ? ":" : ": ");
                write(e.getValue(), out, depth < 0 ? -1 : depth + 1);
            }
            if (!m.isEmpty()) {
                newline(out, depth);
            }
            out.ascii('}');
        } else if (v instanceof List<?> l) {
            out.ascii('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.ascii(',');
                }
                newline(out, depth < 0 ? -1 : depth + 1);
                write(l.get(i), out, depth < 0 ? -1 : depth + 1);
            }
            if (!l.isEmpty()) {
                newline(out, depth);
            }
            out.ascii(']');
        } else {
            string(v.toString(), out);
        }
    }

    private static void newline(Sink out, int depth) {
        if (depth >= 0) {
            out.newline(2 * depth);
        }
    }

    private static void string(String s, Sink out) {
        // most values need no escape: their UTF-8 bytes are written as they are
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (!needsEscape(utf8)) {
            out.ascii('"');
            out.bytes(utf8);
            out.ascii('"');
            return;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
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
        out.bytes(sb.append('"').toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether text with these UTF-8 bytes has a character {@link #string} escapes: a control character, a quote,
     * a backslash, {@code <}, {@code >}, {@code &}, or U+2028 or U+2029 (E2 80 A8 and E2 80 A9 in UTF-8).
     */
    private static boolean needsEscape(byte[] utf8) {
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b >= 0 && (b < 0x20 || b == '"' || b == '\\' || b == '<' || b == '>' || b == '&')
                    || b == (byte) 0xE2 && i + 2 < utf8.length && utf8[i + 1] == (byte) 0x80
                            && (utf8[i + 2] == (byte) 0xA8 || utf8[i + 2] == (byte) 0xA9)) {
                return true;
            }
        }
        return false;
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

    /** A growable byte array, unsynchronised. */
    private static final class Sink {
        private byte[] buf = new byte[64 * 1024];
        private int size;

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        void ascii(char c) {
            ensure(1);
            buf[size++] = (byte) c;
        }

        /** Text known to be ASCII: punctuation, numbers, literals. */
        void ascii(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[size++] = (byte) s.charAt(i);
            }
        }

        void bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        void newline(int spaces) {
            ensure(spaces + 1);
            buf[size++] = '\n';
            Arrays.fill(buf, size, size + spaces, (byte) ' ');
            size += spaces;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }
    }
}
