package uk.nhs.intentions.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one hash of the generator (cache keys, fingerprints, up-to-date checks). */
public final class Sha256 {
    private Sha256() {
    }

    /** A fresh digest to feed piece by piece. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The hash of {@code text} as UTF-8, in lower-case hex. */
    public static String hex(String text) {
        return hex(of(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The digest's hash so far, in lower-case hex (the digest is reset). */
    public static String hex(MessageDigest digest) {
        return hex(digest.digest());
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    /** Feeds a file's bytes to {@code digest} without holding the whole file in memory. */
    public static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
