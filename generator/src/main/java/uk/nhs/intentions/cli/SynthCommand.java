package uk.nhs.intentions.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.nhs.intentions.pipeline.ExitCode;
import uk.nhs.intentions.synth.SyntheticSite;

/** Hidden: writes a synthetic site of any size, for benchmarks. */
@Command(name = "synth", hidden = true, mixinStandardHelpOptions = true,
        description = "Writes a valid synthetic site with N intentions into an empty or new folder (for benchmarks).")
final class SynthCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--intentions", paramLabel = "N", defaultValue = "1000",
            description = "Number of intentions (default: ${DEFAULT-VALUE}).")
    int intentions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed; the same seed writes the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "DIR", description = "Folder to write the site into (must be empty or missing).")
    Path dir;

    @Override
    public Integer call() {
        if (intentions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--intentions must be at least 1");
        }
        try {
            SyntheticSite.Summary s = SyntheticSite.generate(dir, intentions, seed);
            spec.commandLine().getOut().printf("Wrote %d intentions in %d plans, %d providers, %d PBC groups"
                    + " (%d files) → %s%n", s.intentions(), s.plans(), s.providers(), s.groups(), s.files(), dir);
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        } catch (IOException e) {
            spec.commandLine().getErr().println("intentions synth: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCode.USAGE.code();
        }
    }
}
