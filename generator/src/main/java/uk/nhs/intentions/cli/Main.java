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
                RoundCommand.class, SynthCommand.class, DaemonCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** As the jar's {@link Entry}, for those who name this class. */
    public static void main(String[] args) {
        Entry.main(args);
    }

    /** Entry point for tests: runs without calling System.exit. */
    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /**
     * Runs the command line; a command that runs out of memory says so, with the heap's limit and how to raise it,
     * and ends with {@link ExitCode#OUT_OF_MEMORY} (picocli passes errors through, and the JVM would print a stack
     * trace and exit with 1, the code of content errors). What the command held is unreachable by then, so there
     * is room to say it.
     */
    static int execute(CommandLine line, String[] args) {
        try {
            return line.execute(args);
        } catch (OutOfMemoryError e) {
            line.getErr().println(OutOfMemory.message(uk.nhs.intentions.support.HeapLimit.current()));
            line.getErr().flush();
            return ExitCode.OUT_OF_MEMORY.code();
        }
    }

    public static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /** The command line of the build daemon: its builds use what it keeps between them. */
    static CommandLine commandLine(Residency residency) {
        return configure(new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == BuildCommand.class ? cls.cast(new BuildCommand(java.util.Optional.of(residency)))
                        : CommandLine.defaultFactory().create(cls);
            }
        }));
    }

    private static CommandLine configure(CommandLine line) {
        return line
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
