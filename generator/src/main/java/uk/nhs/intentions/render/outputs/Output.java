package uk.nhs.intentions.render.outputs;

import java.nio.charset.StandardCharsets;

/**
 * One file of the site: its path inside the site (forward slashes, no leading slash) and its bytes. The
 * publishing package checks the path before it writes anything.
 */
public record Output(String path, byte[] bytes) {

    /** A text file, encoded as UTF-8. */
    public static Output text(String path, String text) {
        return new Output(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
