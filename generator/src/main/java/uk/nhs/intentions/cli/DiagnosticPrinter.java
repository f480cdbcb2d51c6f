package uk.nhs.intentions.cli;

import java.io.PrintWriter;
import java.util.List;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;

/** Prints diagnostics one per line, then the one-line summary. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> list, PrintWriter err, boolean quiet) {
        for (Diagnostic d : list) {
            if (!quiet || d.isError()) {
                err.println(d.format());
            }
        }
        if (!list.isEmpty()) {
            err.println(Diagnostics.summary(list));
        }
        err.flush();
    }
}
