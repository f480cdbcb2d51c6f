package uk.nhs.intentions.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tiny sites written inline, Hugo-style: a text with {@code -- path --} headers, each followed by that file's
 * content. A case is applied on top of {@code sites/minimal.txtar}; a file given as {@code (deleted)} is removed.
 * Content that a text file cannot hold: {@code (base64) BYTES} writes raw bytes (non-UTF-8, a BOM),
 * {@code (symlink) TARGET} makes a symbolic link, and {@code {{repeat N TEXT}}} anywhere expands to TEXT N times
 * (10 MB strings, deep nesting). Sections named {@code expected...} are not written.
 */
public final class TestSites {
    private TestSites() {
    }

    public static Map<String, String> parse(String txtar) {
        Map<String, String> files = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (current != null) {
                    files.put(current, body.toString());
                }
                current = line.substring(3, line.length() - 3).trim();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            files.put(current, body.toString().replaceAll("\n\n$", "\n"));
        }
        return files;
    }

    public static String resource(String name) {
        try (InputStream in = TestSites.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the minimal site with the case's files on top; returns the config file. */
    public static Path write(Path dir, String caseTxtar) {
        Map<String, String> files = parse(resource("sites/minimal.txtar"));
        files.putAll(parse(caseTxtar));
        try {
            for (var e : files.entrySet()) {
                if (e.getKey().startsWith("expected")) {
                    continue;
                }
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                String v = e.getValue();
                if (v.strip().equals("(deleted)")) {
                    Files.deleteIfExists(p);
                } else if (v.startsWith("(base64) ")) {
                    Files.write(p, java.util.Base64.getDecoder().decode(v.substring(9).strip()));
                } else if (v.startsWith("(symlink) ")) {
                    Files.deleteIfExists(p);
                    Files.createSymbolicLink(p, Path.of(v.substring(10).strip()));
                } else {
                    Files.writeString(p, expand(v), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("site-config.yml");
    }

    private static final java.util.regex.Pattern REPEAT =
            java.util.regex.Pattern.compile("\\{\\{repeat (\\d+) (.*?)}}");

    static String expand(String text) {
        java.util.regex.Matcher m = REPEAT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                    m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public static Path minimal(Path dir) {
        return write(dir, "");
    }
}
