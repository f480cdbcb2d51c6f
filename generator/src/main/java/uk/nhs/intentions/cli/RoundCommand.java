package uk.nhs.intentions.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.nhs.intentions.pipeline.ExitCode;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.rounds.RoundCloser;

@Command(name = "round", mixinStandardHelpOptions = true, description = "Consultation rounds.",
        subcommands = {RoundCommand.Close.class})
final class RoundCommand {

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = "Saves the plan as it stands now as the snapshot of ROUND (listed in the plan's rounds.yml),"
                    + " so later builds show what changed since. The content must have no errors.")
    static final class Close implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ROUND", description = "The round's id, as in rounds.yml.")
        String round;

        @Option(names = "--plan", paramLabel = "ID", description = "The plan, when the site has several.")
        String plan;

        @CommandLine.Mixin
        ConfigOption config;

        @Override
        public Integer call() throws IOException {
            SiteBuild.Loaded loaded = SiteBuild.load(config.file);
            DiagnosticPrinter.print(loaded.result().diagnostics(), spec.commandLine().getErr(), true);
            if (!(loaded instanceof SiteBuild.Loaded.Ready ready)) {
                spec.commandLine().getErr().println("Round not closed: fix the errors first.");
                return loaded.result().exitCode();
            }
            RoundCloser.Outcome o = RoundCloser.close(ready.site(), ready.config().contentDir(), round, plan);
            if (o instanceof RoundCloser.Outcome.Closed closed) {
                spec.commandLine().getOut().println(o.message() + " → " + ready.config().display(closed.snapshot()));
                return ExitCode.OK.code();
            }
            spec.commandLine().getErr().println("intentions round close: " + o.message());
            return ExitCode.USAGE.code();
        }
    }
}
