package uk.nhs.intentions.pipeline;

/** Every exit code of the {@code intentions} command, in one place (README lists the same). */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** The content has errors (each reported as {@code file:line:column: error: …}), or a link is broken. */
    CONTENT_ERRORS(1),
    /**
     * The command was called wrongly: a bad option, a missing configuration, an output folder unsafe to replace or
     * being published to by another build at that moment, a port in use, a second serve for the same site.
     */
    USAGE(2),
    /** A fault in the generator itself (a bug to report; never caused by content). */
    INTERNAL(3),
    /**
     * The operating system refused a read or write the content did not cause: a full disk, no permission to
     * write the output, a read-only file system. The message gives the path and the system's reason.
     */
    IO(4),
    /**
     * The command needed more memory than the Java heap it was given (a site too big for the heap limit): the message
     * says the limit and how to raise it; the published site is whole (the previous one, or this build's if memory ran
     * out after it was switched in).
     */
    OUT_OF_MEMORY(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
