package uk.nhs.intentions.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * An unsynchronised writer that encodes straight to UTF-8 bytes. Rendering a page into it avoids the
 * synchronised, UTF-16 StringWriter, the copy into a String and the second pass that encodes that String.
 * Malformed surrogates become {@code ?}, as {@code String.getBytes(UTF_8)} does. Not thread-safe.
 */
final class Utf8Writer extends Writer {
    private byte[] buf;
    private int size;
    private char pendingHigh;

    private final int maxBytes;

    Utf8Writer(int initialBytes) {
        this(initialBytes, Integer.MAX_VALUE - 16);
    }

    /** Refuses (with {@link TooLarge}) to hold more than {@code maxBytes}. */
    Utf8Writer(int initialBytes, int maxBytes) {
        buf = new byte[Math.max(16, Math.min(initialBytes, maxBytes))];
        this.maxBytes = maxBytes;
    }

    /** The page grew past its limit (a template that loops without end usually). */
    static final class TooLarge extends RuntimeException {
        TooLarge(int limit) {
            super("the page grew past " + (limit >> 20) + " MiB and was stopped here; a #list over an endless"
                    + " range (such as 1..) or a loop that never ends?", null, false, false);
        }
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        ensure(len * 3 + 4);
        byte[] b = buf;
        int n = size;
        for (int i = off; i < off + len; i++) {
            char c = cbuf[i];
            if (c < 0x80 && pendingHigh == 0) {
                b[n++] = (byte) c;
            } else {
                size = n;
                put(c);
                n = size;
            }
        }
        size = n;
    }

    @Override
    public void write(String s, int off, int len) {
        ensure(len * 3 + 4);
        byte[] b = buf;
        int n = size;
        for (int i = off; i < off + len; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                b[n++] = (byte) c;
            } else {
                size = n;
                put(c);
                n = size;
            }
        }
        size = n;
    }

    /** Encodes one char; the caller has made room for at least 4 more bytes. */
    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[size++] = (byte) (0xF0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[size++] = '?';
        }
        if (c < 0x80) {
            buf[size++] = (byte) c;
        } else if (c < 0x800) {
            buf[size++] = (byte) (0xC0 | (c >> 6));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[size++] = '?';
        } else {
            buf[size++] = (byte) (0xE0 | (c >> 12));
            buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            if (size > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            long want = Math.max(buf.length * 2L, (long) size + more);
            buf = Arrays.copyOf(buf, (int) Math.min(want, (long) maxBytes + more));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[size++] = '?';
        }
    }

    /** The bytes written so far (a lone high surrogate at the very end counts as {@code ?}). */
    byte[] toByteArray() {
        close();
        return Arrays.copyOf(buf, size);
    }
}
