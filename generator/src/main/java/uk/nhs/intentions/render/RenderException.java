package uk.nhs.intentions.render;

/** A template failed; the message names the template file and line. */
public final class RenderException extends RuntimeException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
