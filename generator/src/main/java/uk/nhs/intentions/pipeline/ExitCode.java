package uk.nhs.intentions.pipeline;

/** Every exit code of the {@code intentions} command, in one place (README lists the same). */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** The content has errors (each reported as {@code file:line:column: error: …}), or a link is broken. */
    CONTENT_ERRORS(1),
    /** The command was called wrongly: a bad option, a missing configuration, an output folder unsafe to replace. */
    USAGE(2),
    /** A fault in the generator itself (a bug to report; never caused by content). */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
