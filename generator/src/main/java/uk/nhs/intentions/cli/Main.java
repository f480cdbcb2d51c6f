package uk.nhs.intentions.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.nhs.intentions.pipeline.ExitCode;

/** The `intentions` command. */
@Command(name = "intentions", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Publishes NHS commissioning intentions as a cross-linked static website.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, InitCommand.class,
                RoundCommand.class, SynthCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Entry point for tests: runs without calling System.exit. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("intentions: internal error: " + e);
                    return ExitCode.INTERNAL.code();
                });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: choose build, check, serve, init or round");
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/intentions/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"intentions " + p.getProperty("version", "unknown")};
        }
    }
}
