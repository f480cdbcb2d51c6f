package uk.nhs.intentions.render;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import uk.nhs.intentions.model.SourcePos;

/**
 * A template failed: where (the template, as a file of the user's theme or a template of the built-in theme,
 * with line and column) and why, in full.
 */
public final class RenderException extends RuntimeException {
    private final String template;
    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    RenderException(String template, Path file, int line, int column, String reason, Throwable cause) {
        super(template + (line > 0 ? ":" + line + ":" + column : "") + ": " + reason, cause);
        this.template = template;
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The template's name, such as {@code intention.ftlh}. */
    public String template() {
        return template;
    }

    /** The file in the user's theme folder the template came from; empty for the built-in theme. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public String reason() {
        return reason;
    }

    /**
     * Where to report it: the user's file as {@code display} shows paths, or
     * {@code (built-in theme) templates/NAME}.
     */
    public SourcePos position(Function<Path, String> display) {
        String path = file == null ? "(built-in theme) templates/" + template : display.apply(file);
        return new SourcePos(path, line, column);
    }
}
