package uk.nhs.intentions.model;

/** Text from content made safe to quote in a message: control and bidi characters escaped, length capped. */
public final class Printable {
    private Printable() {
    }

    public static String of(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(120).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        if (s.codePointCount(0, s.length()) > 120) {
            b.append('…');
        }
        return b.toString();
    }
}
