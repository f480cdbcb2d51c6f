package uk.nhs.intentions.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --config FILE}, shared by every command that reads a site. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-config.yml",
            description = "Site configuration; content and themes are relative to it (default: ${DEFAULT-VALUE}).")
    Path file;
}
