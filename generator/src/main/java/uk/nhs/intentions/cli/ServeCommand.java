package uk.nhs.intentions.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.intentions.pipeline.ExitCode;
import uk.nhs.intentions.serve.ServeSession;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on 127.0.0.1 and rebuilds it whenever a file in content/,"
                + " themes/ or the configuration changes; open pages reload by themselves and show any"
                + " problems. The site is built in .intentions-serve/ next to the configuration; the configured"
                + " output folder is not touched.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigOption config;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Option(names = "--stats", hidden = true, description = "Print the time of each stage of every rebuild.")
    boolean stats;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(config.file)) {
            err.println("intentions serve: configuration file not found: " + config.file.toAbsolutePath().normalize()
                    + " (run serve in the site's folder, or give --config FILE)");
            err.flush();
            return ExitCode.USAGE.code();
        }
        if (port < 0 || port > 65535) {
            err.println("intentions serve: --port must be between 0 and 65535");
            err.flush();
            return ExitCode.USAGE.code();
        }
        ServeSession session;
        try {
            session = ServeSession.start(config.file, port, out, err);
        } catch (ServeSession.FolderInUseException e) {
            err.println("intentions serve: another `intentions serve` is already running for this site (it holds "
                    + e.getMessage() + "). Use that one, or stop it (Ctrl-C in its terminal) and start again.");
            err.flush();
            return ExitCode.USAGE.code();
        } catch (BindException e) {
            err.println("intentions serve: port " + port + " is already in use on 127.0.0.1. Stop the other"
                    + " program, or choose another port with --port N (--port 0 picks a free one).");
            err.flush();
            return ExitCode.USAGE.code();
        } catch (IOException e) {
            err.println("intentions serve: cannot start the server: " + e.getMessage());
            err.flush();
            return ExitCode.USAGE.code();
        }
        session.printStats(stats);
        Thread hook = new Thread(() -> {
            session.close();
            out.println("Stopped.");
            out.flush();
        }, "intentions-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Serving " + session.url() + "  — edit and save a file to rebuild; Ctrl-C to stop.");
        out.flush();
        if (open) {
            openBrowser(session.url(), err);
        }
        session.awaitClose();
        return ExitCode.OK.code();
    }

    private static void openBrowser(URI url, PrintWriter err) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String[] cmd = os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url.toString()}
                    : os.contains("mac") ? new String[] {"open", url.toString()}
                    : new String[] {"xdg-open", url.toString()};
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            err.println("intentions serve: could not open a browser; open " + url + " yourself.");
            err.flush();
        }
    }
}
