package uk.nhs.intentions.diagnostic;

import java.util.Comparator;
import java.util.Objects;

import uk.nhs.intentions.model.Printable;
import uk.nhs.intentions.model.SourcePos;

/**
 * One problem found in the content, printed as {@code path:line:col: error|warning: message}.
 * The optional hint tells a non-developer what to do about it.
 */
public record Diagnostic(SourcePos pos, Severity severity, String message, String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.pos().path())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message)
            .thenComparing(Diagnostic::hint); // a total order: found in any order, printed in one

    public Diagnostic {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(pos, Severity.ERROR, message, "");
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(pos, Severity.WARNING, message, "");
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(pos, severity, message, newHint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one-line form editors and IDEs understand. Line breaks, U+2028 and other control or bidi characters
     * a value may have carried into the message are shown escaped, so one problem stays one honest line.
     */
    public String format() {
        String line = Printable.line(pos.toString()) + ": " + severity.label() + ": " + Printable.line(message);
        return hint.isEmpty() ? line : line + " (" + Printable.line(hint) + ")";
    }

    @Override
    public String toString() {
        return format();
    }
}
