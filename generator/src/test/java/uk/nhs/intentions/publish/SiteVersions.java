package uk.nhs.intentions.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Tiny sites numbered by version: pages in every version, and one page only version V has. */
final class SiteVersions {
    private SiteVersions() {
    }

    static Map<String, String> files(int version) {
        Map<String, String> m = new TreeMap<>();
        m.put("index.html", "<p>home, version " + version + "</p>");
        m.put("a/page.html", "<p>a page, version " + version + "</p>");
        m.put("a/b/deep.html", "<p>deep, version " + version + "</p>");
        m.put("only-" + version + ".html", "<p>only in version " + version + "</p>");
        return m;
    }

    static void publish(Path out, int version) throws IOException {
        Publisher.publish(out, w -> files(version).forEach(w::write));
    }

    /** Every file readable through {@code out}, with its text. */
    static Map<String, String> read(Path out) {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(out.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
