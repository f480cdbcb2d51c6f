package uk.nhs.intentions.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.daemon.DaemonClient;
import uk.nhs.intentions.daemon.DaemonPlace;
import uk.nhs.intentions.daemon.Request;

/**
 * {@code build} through the build daemon: what {@code bin/intentions build} does when the launcher has said how to
 * start a daemon ({@value #OPTIONS}, its JVM options). Loads no more than it must (no picocli), since its own start
 * is part of every build's time. Empty when the build is to run in this process: no launcher, {@code
 * --no-daemon}, no daemon to be had (see {@link DaemonClient}).
 */
final class BuildClient {
    /** Set by the launcher for {@code build}: the daemon's JVM options, separated by spaces. */
    static final String OPTIONS = "INTENTIONS_DAEMON_OPTS";

    /** How long an idle daemon stays, when the user says (ISO-8601, such as PT1H); else the daemon's default. */
    static final String IDLE = "INTENTIONS_DAEMON_IDLE";

    private static final java.util.Set<String> IN_PROCESS = java.util.Set.of("--no-daemon", "--no-cache", "-h",
            "--help", "-V", "--version");

    private BuildClient() {
    }

    static Optional<Integer> run(String[] args, Map<String, String> env) {
        String options = env.get(OPTIONS);
        Optional<Path> jar = jar();
        // this JVM's own java (ProcessHandle's info would start a thread pool to say the same; no lambdas here)
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (options == null || args.length == 0 || !args[0].equals("build") || jar.isEmpty()
                || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        for (String a : args) {
            // asked for in this process, or not worth a daemon: help, and a build without caches
            if (IN_PROCESS.contains(a)) {
                return Optional.empty();
            }
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        for (String o : options.trim().split(" +")) {
            if (!o.isEmpty()) {
                command.add(o);
            }
        }
        command.addAll(List.of("-jar", jar.get().toString(), "daemon"));
        Optional<DaemonPlace> place = DaemonPlace.of(jar.get(), command, env);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        command.addAll(List.of("--socket", place.get().socket().toString()));
        String idle = env.get(IDLE);
        if (idle != null && !idle.isBlank()) {
            command.addAll(List.of("--idle", idle.trim()));
        }
        Request request = new Request(Path.of(System.getProperty("user.dir")), Arrays.asList(args), env);
        DaemonClient.Outcome outcome = DaemonClient.run(place.get(), request, command, System.out, System.err);
        if (outcome instanceof DaemonClient.Outcome.Finished f) {
            return Optional.of(f.exitCode());
        }
        if (outcome instanceof DaemonClient.Outcome.Lost) {
            System.err.println("intentions: the build daemon stopped before the build ended (its log: "
                    + place.get().log() + "); building in this process instead");
        }
        return Optional.empty();
    }

    /**
     * The jar this process was started with ({@code java -jar}); empty when it runs from classes folders (tests,
     * an IDE), where there is no one file to start a daemon from or to tell a rebuilt generator by.
     */
    static Optional<Path> jar() {
        try {
            Path p = Path.of(System.getProperty("java.class.path", ""));
            return !p.toString().isEmpty() && !p.toString().contains(java.io.File.pathSeparator)
                    && Files.isRegularFile(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
