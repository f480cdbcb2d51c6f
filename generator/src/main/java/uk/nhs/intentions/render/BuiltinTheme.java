package uk.nhs.intentions.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The default theme that ships inside the jar (or in target/classes when run from a build). */
public final class BuiltinTheme {
    private BuiltinTheme() {
    }

    /** Every file under the built-in theme's {@code folder} ("templates" or "assets"), by relative path, sorted. */
    public static Map<String, byte[]> files(String folder) {
        Map<String, byte[]> out = new TreeMap<>();
        String base = TemplateEngine.BUILTIN_THEME + "/" + folder;
        URL url = BuiltinTheme.class.getClassLoader().getResource(base);
        if (url == null) {
            return out;
        }
        try {
            URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                dir = fs.getPath("/" + base);
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    if (!rel.startsWith(".") && !rel.contains("/.")) {
                        out.put(rel, Files.readAllBytes(p));
                    }
                }
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in theme: " + e.getMessage(), e);
        }
        return out;
    }
}
