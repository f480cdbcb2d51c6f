package uk.nhs.intentions.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.nhs.intentions.pipeline.ExitCode;
import uk.nhs.intentions.scaffold.SiteSkeleton;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates a new, minimal, valid site in DIR (which must be empty or new), with a comment on"
                + " every field.")
final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder for the new site.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Optional<String> problem = SiteSkeleton.refusal(dir);
        if (problem.isPresent()) {
            spec.commandLine().getErr().println("intentions init: " + problem.get());
            return ExitCode.USAGE.code();
        }
        int n = SiteSkeleton.write(dir);
        spec.commandLine().getOut().printf("Created %d files in %s%nNext: cd %s && intentions build%n", n, dir, dir);
        return ExitCode.OK.code();
    }
}
