package uk.nhs.intentions.render.outputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import uk.nhs.intentions.render.BuiltinTheme;

/**
 * Theme assets under {@code assets/}: the built-in default theme first, then the site's own theme folders,
 * so a user's file of the same name wins.
 */
final class AssetStep implements OutputStep {
    private final Path themesDir;

    AssetStep(Path themesDir) {
        this.themesDir = themesDir;
    }

    @Override
    public List<Output> outputs(Input in) {
        String theme = in.ctx().settings().theme();
        Map<String, byte[]> files = new TreeMap<>();
        collectBuiltin(files);
        collect(themesDir.resolve("default").resolve("assets"), files);
        if (!theme.equals("default")) {
            collect(themesDir.resolve(theme).resolve("assets"), files);
        }
        List<Output> out = new ArrayList<>();
        files.forEach((name, bytes) -> out.add(new Output("assets/" + name, bytes)));
        return out;
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
        into.putAll(BuiltinTheme.files("assets"));
    }
}
