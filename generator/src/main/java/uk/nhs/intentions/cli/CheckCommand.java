package uk.nhs.intentions.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the content and reports every problem; writes nothing (with --links, the site is"
                + " built into a temporary folder, checked for broken links and deleted).")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigOption config;

    @CommandLine.Mixin
    QuietOption quiet;

    @Option(names = "--links", description = "Also build the site into a temporary folder and report every broken"
            + " internal link, anchor or asset reference (one written in Markdown at its file, line and column).")
    boolean links;

    @Override
    public Integer call() throws IOException {
        BuildResult r;
        if (links) {
            Path tmp = Files.createTempDirectory("intentions-check-");
            try {
                r = SiteBuild.build(config.file, tmp.resolve("site"));
            } finally {
                deleteTree(tmp);
            }
        } else {
            r = SiteBuild.check(config.file);
        }
        DiagnosticPrinter.print(r.diagnostics(), spec.commandLine().getErr(), quiet.quiet);
        if (r.diagnostics().isEmpty() && !quiet.quiet) {
            spec.commandLine().getOut().println("No problems found.");
            spec.commandLine().getOut().flush();
        }
        return r.exitCode();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
