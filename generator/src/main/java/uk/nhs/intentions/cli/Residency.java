package uk.nhs.intentions.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.pipeline.BuildCache;

/**
 * What the build daemon keeps between requests: the resident build cache of the last site it built (one site at a
 * time, so a daemon's memory is that of one site however many it is asked to build) and the environment of the
 * request it is running, which stands in for the process's own.
 */
final class Residency {
    /** The site last built, by its configuration file, and its resident cache. */
    private record Resident(Path site, BuildCache cache) {
    }

    private Optional<Resident> last = Optional.empty();
    private Map<String, String> env = Map.of();

    /** The resident cache for the site of {@code configFile}; a new one when the last request was for another. */
    synchronized BuildCache cache(Path configFile) {
        Path key = configFile.toAbsolutePath().normalize();
        if (last.isEmpty() || !last.get().site().equals(key)) {
            last = Optional.of(new Resident(key, BuildCache.resident(key)));
        }
        return last.get().cache();
    }

    /** Saves and tidies what the last build left for after its answer ({@link BuildCache#finish()}). */
    synchronized void finish() {
        last.ifPresent(r -> r.cache().finish());
    }

    synchronized void env(Map<String, String> requestEnv) {
        env = Map.copyOf(requestEnv);
    }

    synchronized Map<String, String> env() {
        return env;
    }
}
