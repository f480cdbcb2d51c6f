package uk.nhs.intentions.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.intentions.build.BuildResult;
import uk.nhs.intentions.build.SiteBuild;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the content and reports every problem; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-config.yml",
            description = "Site configuration (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;

    @Override
    public Integer call() {
        BuildResult r = SiteBuild.check(config);
        DiagnosticPrinter.print(r.diagnostics(), spec.commandLine().getErr(), quiet);
        if (r.diagnostics().isEmpty() && !quiet) {
            spec.commandLine().getOut().println("No problems found.");
            spec.commandLine().getOut().flush();
        }
        return r.exitCode();
    }
}
