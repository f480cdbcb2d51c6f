package uk.nhs.intentions.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * A 128-bit XXH3 hash (hash4j) for the keys of the generator's own caches: what a page was rendered from, what
 * bytes a file held. SHA-256 was a third of a {@code serve} rebuild; these keys guard against accidents (an edit,
 * a stale file), not against an adversary, who could only poison a cache on their own machine. Anything
 * published (data-file checksums) stays SHA-256.
 */
public record FastHash(long high, long low) {
    private static final Hasher128 XXH3 = Hashing.xxh3_128();

    public static FastHash of(byte[] bytes) {
        return of(XXH3.hashBytesTo128Bits(bytes));
    }

    public static FastHash of(byte[] bytes, int offset, int length) {
        return of(XXH3.hashBytesTo128Bits(bytes, offset, length));
    }

    /** The hash of a file's bytes, read in blocks. */
    public static FastHash ofFile(Path file) throws IOException {
        Running s = running();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                s.add(buf, 0, n);
            }
        }
        return s.value();
    }

    /** A hash of bytes fed in pieces of any size: equal to {@link #of(byte[])} of them all, end to end. */
    public static Running running() {
        return new Running(XXH3.hashStream());
    }

    /** See {@link #running()}. Not thread-safe. */
    public static final class Running {
        private final HashStream128 stream;

        private Running(HashStream128 stream) {
            this.stream = stream;
        }

        public void add(byte[] b, int offset, int length) {
            stream.putBytes(b, offset, length);
        }

        public FastHash value() {
            return of(stream.get());
        }
    }

    private static FastHash of(HashValue128 v) {
        return new FastHash(v.getMostSignificantBits(), v.getLeastSignificantBits());
    }

    public static Builder builder() {
        return new Builder(XXH3.hashStream());
    }

    public String hex() {
        HexFormat h = HexFormat.of();
        return h.toHexDigits(high) + h.toHexDigits(low);
    }

    @Override
    public String toString() {
        return hex();
    }

    /** Feeds values one by one; each variable-length value carries its length, so no two sequences collide by shape. */
    public static final class Builder {
        private final HashStream128 stream;

        private Builder(HashStream128 stream) {
            this.stream = stream;
        }

        /** A one-byte marker (ASCII). */
        public Builder tag(char c) {
            stream.putByte((byte) c);
            return this;
        }

        public Builder count(int n) {
            stream.putInt(n);
            return this;
        }

        public Builder number(long n) {
            stream.putLong(n);
            return this;
        }

        public Builder text(String s) {
            // encoding is an array copy for Latin-1 strings; hash4j's putChars reads char by char
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            stream.putInt(b.length);
            stream.putBytes(b);
            return this;
        }

        public Builder bytes(byte[] b) {
            return bytes(b, 0, b.length);
        }

        public Builder bytes(byte[] b, int offset, int length) {
            stream.putInt(length);
            stream.putBytes(b, offset, length);
            return this;
        }

        public Builder hash(FastHash h) {
            stream.putLong(h.high());
            stream.putLong(h.low());
            return this;
        }

        public FastHash build() {
            return of(stream.get());
        }
    }
}
