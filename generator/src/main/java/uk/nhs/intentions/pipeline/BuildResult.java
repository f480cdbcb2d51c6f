package uk.nhs.intentions.pipeline;

import java.nio.file.Path;
import java.util.List;

import uk.nhs.intentions.diagnostic.Diagnostic;

/**
 * What a run came to ({@link Status}), every diagnostic, how many pages and files were written (0 for a check
 * or a failed build; for an up-to-date build, those of the site already there), where, and how long it took.
 */
public record BuildResult(Status status, List<Diagnostic> diagnostics, int pages, int files, Path output,
        long millis) {

    /** How a run ended. */
    public enum Status {
        /** The site was built and swapped into place. */
        BUILT(ExitCode.OK),
        /** Nothing changed since the site in the output folder was built, so nothing was written. */
        UP_TO_DATE(ExitCode.OK),
        /** The content was checked (nothing is written by a check); see the diagnostics for warnings. */
        CHECKED(ExitCode.OK),
        /** The content (or a link in the built site) has errors; nothing was written. */
        FAILED(ExitCode.CONTENT_ERRORS),
        /** The command was called wrongly (missing configuration, output folder unsafe to replace or busy). */
        USAGE_ERROR(ExitCode.USAGE),
        /** Writing the site failed in the file system (disk full, permission denied); the old site stands. */
        IO_ERROR(ExitCode.IO);

        private final ExitCode exit;

        Status(ExitCode exit) {
            this.exit = exit;
        }

        public ExitCode exit() {
            return exit;
        }
    }

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean upToDate() {
        return status == Status.UP_TO_DATE;
    }

    /** The process exit code for this result (see {@link ExitCode}). */
    public int exitCode() {
        return status.exit().code();
    }
}
