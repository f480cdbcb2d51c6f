package uk.nhs.intentions.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
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

    @Option(names = "--commissioners", paramLabel = "C", description = "National shape: C commissioners (1-43),"
            + " each with a plan for each of --years years, sharing --providers providers; the intentions are spread"
            + " over the plans.")
    Integer commissioners;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "5", description = "Years of plans per"
            + " commissioner in the national shape (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--providers", paramLabel = "P", defaultValue = "7700", description = "Providers in the"
            + " national shape (default: ${DEFAULT-VALUE}).")
    int providers;

    @Parameters(paramLabel = "DIR", description = "Folder to write the site into (must be empty or missing).")
    Path dir;

    @Override
    public Integer call() {
        if (intentions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--intentions must be at least 1");
        }
        try {
            Optional<SyntheticSite.Shape> shape = commissioners == null ? Optional.empty()
                    : Optional.of(new SyntheticSite.Shape(commissioners, years, providers));
            SyntheticSite.Summary s = SyntheticSite.generate(dir, intentions, seed, shape);
            spec.commandLine().getOut().printf("Wrote %d intentions in %d plans, %d providers, %d PBC groups"
                    + " (%d files) → %s%n", s.intentions(), s.plans(), s.providers(), s.groups(), s.files(), dir);
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            spec.commandLine().getErr().println("intentions synth: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCode.USAGE.code();
        }
    }
}
