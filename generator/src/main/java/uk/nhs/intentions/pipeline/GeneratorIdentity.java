package uk.nhs.intentions.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import uk.nhs.intentions.support.FastHash;

/**
 * Which build of the generator is running, so a cache written by another build of it (other templates, other
 * page models, another cache format) is never used: the hash of the jar, or, when running from a classes folder
 * (tests, an IDE), of that folder's listing with sizes and modification times. Worked out once per process.
 */
final class GeneratorIdentity {
    private static volatile Optional<String> current;

    private GeneratorIdentity() {
    }

    /** Empty when the running code cannot be located; the persistent cache is then not used. */
    static Optional<String> current() {
        Optional<String> c = current;
        if (c == null) {
            c = compute();
            current = c;
        }
        return c;
    }

    private static Optional<String> compute() {
        try {
            var source = GeneratorIdentity.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return Optional.of("jar:" + FastHash.ofFile(code).hex());
            }
            if (!Files.isDirectory(code)) {
                return Optional.empty();
            }
            FastHash.Builder b = FastHash.builder();
            try (Stream<Path> s = Files.walk(code)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    b.text(code.relativize(p).toString()).number(Files.size(p))
                            .number(Files.getLastModifiedTime(p).toMillis());
                }
            }
            return Optional.of("classes:" + b.build().hex());
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
