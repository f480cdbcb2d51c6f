package uk.nhs.intentions.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import uk.nhs.intentions.render.BuiltinTheme;
import uk.nhs.intentions.render.TemplateEngine;
import uk.nhs.intentions.support.Sha256;

/**
 * A hash over every template a build can load: the site's theme, the site's copy of the default theme and
 * the default theme inside the jar. Any change to any of them changes the hash, so the render cache renders
 * every page again.
 */
final class TemplateSet {
    private static volatile String builtinHash;

    private TemplateSet() {
    }

    static String hash(Path themesDir, String theme) {
        Map<String, byte[]> files = new TreeMap<>();
        collect("theme:", themesDir.resolve(theme).resolve("templates"), files);
        if (!theme.equals("default")) {
            collect("default:", themesDir.resolve("default").resolve("templates"), files);
        }
        MessageDigest d = Sha256.digest();
        d.update(("builtin=" + builtin() + "\ntheme=" + theme + "\n").getBytes(StandardCharsets.UTF_8));
        files.forEach((name, bytes) -> {
            d.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            d.update(bytes);
        });
        return Sha256.hex(d);
    }

    private static String builtin() {
        String h = builtinHash;
        if (h == null) {
            Map<String, byte[]> files = BuiltinTheme.files("templates");
            MessageDigest d = Sha256.digest();
            files.forEach((name, bytes) -> {
                d.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                d.update(bytes);
            });
            h = Sha256.hex(d);
            builtinHash = h;
        }
        return h;
    }

    private static void collect(String prefix, Path dir, Map<String, byte[]> into) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                into.put(prefix + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
