package uk.nhs.intentions.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import uk.nhs.intentions.pipeline.SiteBuild;

/**
 * The fictional multi-commissioner fixture (src/test/resources/multi): North Fictionshire PCT with two plans,
 * South Fictionshire CCG with one, scoped provider groups. Tests that edit it work on a copy.
 */
public final class MultiPlanSite {
    public static final Path DIR = Path.of("src/test/resources/multi").toAbsolutePath().normalize();
    public static final Path CONFIG = DIR.resolve("site-config.yml");

    private MultiPlanSite() {
    }

    /** Copies the fixture into {@code dir}; returns the copy's config file. */
    public static Path copy(Path dir) {
        try (Stream<Path> s = Files.walk(DIR)) {
            for (Path p : s.toList()) {
                Path target = dir.resolve(DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("site-config.yml");
    }

    /** Replaces {@code from} by {@code to} in one file of the copy; fails when {@code from} is not there. */
    public static void edit(Path dir, String file, String from, String to) {
        try {
            Path p = dir.resolve(file);
            String s = Files.readString(p);
            if (!s.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(p, s.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** `check` on a copy: every diagnostic, formatted as the CLI prints it. */
    public static List<String> check(Path config) {
        return SiteBuild.check(config).diagnostics().stream().map(d -> d.format()).toList();
    }
}
