package uk.nhs.intentions.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client's side: hands a request to the place's daemon, starting one when none is listening, and copies what
 * the command prints to this process's own output.
 */
public final class DaemonClient {
    /** How a request went. */
    public sealed interface Outcome {
        /** The daemon ran the command, which ended with {@code exitCode}. */
        record Finished(int exitCode) implements Outcome {
        }

        /**
         * No daemon could be had (none could be started here, or the one reached went away before it said anything):
         * the caller runs the command itself.
         */
        record Unavailable() implements Outcome {
        }

        /**
         * The daemon stopped after the command had printed something but before it ended (killed, out of memory):
         * the caller may run the command itself, which is safe because a build that stopped half-way never
         * published anything.
         */
        record Lost() implements Outcome {
        }
    }

    /** How long a daemon that another client is starting gets to begin listening. */
    private static final long STARTING_MILLIS = 20_000;

    private DaemonClient() {
    }

    /**
     * Runs {@code request} in the daemon at {@code place}; {@code start} is the command that starts one (without
     * the {@code setsid} that puts it in a session of its own, so Ctrl-C in the terminal does not reach it).
     */
    public static Outcome run(DaemonPlace place, Request request, List<String> start, OutputStream out,
            OutputStream err) {
        Optional<SocketChannel> channel = connect(place);
        if (channel.isEmpty()) {
            if (!startDaemon(place, start)) {
                return new Outcome.Unavailable();
            }
            channel = connect(place);
            long until = System.nanoTime() + STARTING_MILLIS * 1_000_000;
            while (channel.isEmpty() && System.nanoTime() - until < 0) {
                // another client's daemon holds the place and is still starting: it listens within a JVM's start
                pause();
                channel = connect(place);
            }
            if (channel.isEmpty()) {
                return new Outcome.Unavailable();
            }
        }
        try (SocketChannel c = channel.get()) {
            DataOutputStream wire = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(c)));
            try {
                request.write(wire);
            } catch (IOException e) {
                return new Outcome.Unavailable(); // stopping as it was reached (idle): it ran nothing
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(c)));
            int first;
            try {
                first = in.read();
            } catch (IOException e) {
                first = -1;
            }
            if (first < 0) {
                return new Outcome.Unavailable(); // went away idle as it was reached, or before saying anything
            }
            byte kind = (byte) first;
            while (true) {
                if (kind == Request.EXIT) {
                    return new Outcome.Finished(in.readInt());
                }
                int n = in.readInt();
                byte[] b = in.readNBytes(n);
                if (b.length != n || (kind != Request.OUT && kind != Request.ERR)) {
                    throw new EOFException();
                }
                OutputStream to = kind == Request.OUT ? out : err;
                to.write(b);
                to.flush();
                kind = in.readByte();
            }
        } catch (IOException e) {
            return new Outcome.Lost();
        }
    }

    private static Optional<SocketChannel> connect(DaemonPlace place) {
        if (!Files.exists(place.socket(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                c.connect(UnixDomainSocketAddress.of(place.socket()));
                return Optional.of(c);
            } catch (IOException e) {
                c.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts a daemon in a session of its own and waits for its first line: {@code ready} (listening) or
     * {@code busy} (another one holds the place). False when it cannot be started or ends first.
     */
    private static boolean startDaemon(DaemonPlace place, List<String> start) {
        Optional<Path> setsid = setsid();
        if (setsid.isEmpty()) {
            return false;
        }
        List<String> command = new ArrayList<>();
        command.add(setsid.get().toString());
        command.addAll(start);
        try {
            Process p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.appendTo(place.log().toFile()))
                    .start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String first = r.readLine();
                return "ready".equals(first) || "busy".equals(first);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** util-linux's setsid, where the system has it (Debian, Fedora, Alpine's busybox all do). */
    private static Optional<Path> setsid() {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path p = Path.of(dir, "setsid");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
