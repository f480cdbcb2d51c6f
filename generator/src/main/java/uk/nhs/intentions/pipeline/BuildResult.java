package uk.nhs.intentions.pipeline;

import java.nio.file.Path;
import java.util.List;

import uk.nhs.intentions.diagnostic.Diagnostic;

/**
 * What a run produced: every diagnostic, how many pages and files were written (0 for a check or a failed
 * build), where, and how long it took. {@code upToDate}: nothing changed since the site in the output folder
 * was built, so nothing was written (pages and files then describe that site).
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int files, Path output, long millis,
        boolean usageError, boolean upToDate) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public BuildResult(List<Diagnostic> diagnostics, int pages, int files, Path output, long millis,
            boolean usageError) {
        this(diagnostics, pages, files, output, millis, usageError, false);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** 0 ok, 1 content errors, 2 usage errors. */
    public int exitCode() {
        return usageError ? 2 : hasErrors() ? 1 : 0;
    }
}
