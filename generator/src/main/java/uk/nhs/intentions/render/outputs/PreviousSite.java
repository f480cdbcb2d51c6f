package uk.nhs.intentions.render.outputs;

import java.util.Optional;

/**
 * A read-only view of the site an earlier build published, so a step can reuse a file whose inputs did not
 * change (charts do) instead of making it again.
 */
@FunctionalInterface
public interface PreviousSite {
    /** The bytes an earlier build wrote at {@code path}; empty when there is no earlier site or no such file. */
    Optional<byte[]> file(String path);

    /** No earlier site (a first build, a test). */
    static PreviousSite none() {
        return path -> Optional.empty();
    }
}
