package uk.nhs.intentions.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.intentions.daemon.DaemonPlace;
import uk.nhs.intentions.daemon.DaemonServer;
import uk.nhs.intentions.daemon.Request;
import uk.nhs.intentions.pipeline.ExitCode;

/**
 * The build daemon itself (started by {@link BuildClient}, never by hand): runs {@code build} requests with warm
 * code and a resident build cache until idle for {@code --idle} or until its jar changes.
 */
@Command(name = "daemon", hidden = true, description = "Runs builds for bin/intentions (started by it).")
final class DaemonCommand implements Callable<Integer> {
    @Option(names = "--socket", required = true, paramLabel = "FILE", description = "The socket to listen on.")
    Path socket;

    @Option(names = "--idle", defaultValue = "PT15M", paramLabel = "DURATION",
            description = "Stop after this long without a request (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration idle;

    @Override
    public Integer call() throws IOException {
        Optional<Path> jar = BuildClient.jar();
        Stamp started = Stamp.of(jar);
        Residency residency = new Residency();
        DaemonServer.run(DaemonPlace.at(socket), idle, () -> !Stamp.of(jar).equals(started),
                new DaemonServer.Handler() {
                    @Override
                    public int handle(Request request, java.io.PrintWriter out, java.io.PrintWriter err) {
                        return build(residency, request, out, err);
                    }

                    @Override
                    public void afterReply() {
                        residency.finish();
                    }
                }, System.out, System.err);
        return ExitCode.OK.code();
    }

    /** One request: the command line as typed, its relative paths taken from the folder it was typed in. */
    static int build(Residency residency, Request request, java.io.PrintWriter out,
            java.io.PrintWriter err) {
        List<String> args = request.args();
        if (args.isEmpty() || !args.get(0).equals("build")) {
            err.println("intentions daemon: only build is run by the daemon");
            return ExitCode.USAGE.code();
        }
        residency.env(request.env());
        CommandLine line = Main.commandLine(residency);
        line.setOut(out);
        line.setErr(err);
        line.registerConverter(Path.class, s -> request.cwd().resolve(s));
        return Main.execute(line, args.toArray(String[]::new));
    }

    /** The jar's size and time: a rebuilt or replaced jar changes it, and the daemon of the old one stops. */
    private record Stamp(long size, long modified) {
        static Stamp of(Optional<Path> jar) {
            try {
                return jar.isEmpty() ? new Stamp(-1, -1)
                        : new Stamp(Files.size(jar.get()), Files.getLastModifiedTime(jar.get()).toMillis());
            } catch (IOException e) {
                return new Stamp(-2, -2);
            }
        }
    }
}
