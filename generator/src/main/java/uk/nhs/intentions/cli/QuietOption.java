package uk.nhs.intentions.cli;

import picocli.CommandLine.Option;

/** {@code -q, --quiet}, shared by the commands that print a report. */
final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;
}
