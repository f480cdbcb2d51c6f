package uk.nhs.intentions.site;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * Copies theme assets into the site under {@code assets/}: the built-in default theme first, then the
 * site's own theme folders, so a user's file of the same name wins.
 */
public final class ThemeAssets {
    private static final String BUILTIN = "intentions/themes/default/assets";

    private ThemeAssets() {
    }

    public static void copy(Path themesDir, String theme, SiteWriter writer) {
        Map<String, byte[]> files = new TreeMap<>();
        collectBuiltin(files);
        collect(themesDir.resolve("default").resolve("assets"), files);
        if (!theme.equals("default")) {
            collect(themesDir.resolve(theme).resolve("assets"), files);
        }
        files.forEach((name, bytes) -> writer.write("assets/" + name, bytes));
    }

    private static void collect(Path dir, Map<String, byte[]> into) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Path realRoot;
        try {
            realRoot = dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                if (!p.toRealPath().startsWith(realRoot)) {
                    continue; // a symlink out of the theme folder is not published
                }
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.contains("/.")) {
                    into.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectBuiltin(Map<String, byte[]> into) {
        URL url = ThemeAssets.class.getClassLoader().getResource(BUILTIN);
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                collectFrom(fs.getPath("/" + BUILTIN), into);
            } else {
                collect(Path.of(uri), into);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in theme: " + e.getMessage(), e);
        }
    }

    private static void collectFrom(Path dir, Map<String, byte[]> into) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                into.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
    }
}
