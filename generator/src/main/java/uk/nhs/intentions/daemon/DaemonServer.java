package uk.nhs.intentions.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import uk.nhs.intentions.support.FileLockHold;

/**
 * The daemon's side: takes the place's lock (one daemon per place; a second one started at the same moment goes
 * away), listens on its socket, runs one request at a time, and ends when it has been idle for {@code idle} or
 * when {@code stale} says its code has changed under it (a rebuilt jar), removing its socket as it goes.
 */
public final class DaemonServer {
    /** How often an idle daemon looks at its clock and its jar. */
    private static final Duration TICK = Duration.ofSeconds(5);

    /** Runs one client's request; returns the exit code the client exits with. */
    public interface Handler {
        int handle(Request request, PrintWriter out, PrintWriter err);

        /** Work the request left that its client need not wait for, done once the client has its exit code. */
        void afterReply();
    }

    private DaemonServer() {
    }

    /**
     * Serves until idle or stale. Prints {@code ready} to {@code started} once clients can connect, or
     * {@code busy} when another daemon holds the place, then closes it (the starting client reads it).
     */
    public static void run(DaemonPlace place, Duration idle, BooleanSupplier stale, Handler handler,
            PrintStream started, PrintStream log) throws IOException {
        Optional<FileLockHold> lock = FileLockHold.tryTake(place.lock());
        if (lock.isEmpty()) {
            started.println("busy");
            started.close();
            return;
        }
        // the socket is removed before the lock is let go: a daemon started after that binds its own
        try (FileLockHold held = lock.get()) {
            listen(place, idle, stale, handler, started, log);
        }
    }

    private static void listen(DaemonPlace place, Duration idle, BooleanSupplier stale, Handler handler,
            PrintStream started, PrintStream log) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            Files.deleteIfExists(place.socket()); // left by a daemon that was killed: the lock says none is alive
            server.bind(UnixDomainSocketAddress.of(place.socket()));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            log.printf("%s daemon listening on %s (pid %d)%n", Instant.now(), place.socket(),
                    ProcessHandle.current().pid());
            log.flush();
            started.println("ready");
            started.close();
            String owner = Files.getOwner(place.folder(), java.nio.file.LinkOption.NOFOLLOW_LINKS).getName();
            long idleUntil = System.nanoTime() + idle.toNanos();
            while (System.nanoTime() - idleUntil < 0 && !stale.getAsBoolean()) {
                long wait = Math.min(TICK.toMillis(), Math.max(1, (idleUntil - System.nanoTime()) / 1_000_000));
                if (selector.select(wait) == 0) {
                    continue;
                }
                selector.selectedKeys().clear();
                SocketChannel client = server.accept();
                if (client != null) {
                    serve(client, owner, handler, log);
                    idleUntil = System.nanoTime() + idle.toNanos();
                }
            }
            log.printf("%s daemon stopping: %s%n", Instant.now(), stale.getAsBoolean() ? "its jar changed" : "idle");
            log.flush();
        } finally {
            Files.deleteIfExists(place.socket());
        }
    }

    private static void serve(SocketChannel client, String owner, Handler handler, PrintStream log) {
        try (client) {
            client.configureBlocking(true);
            if (!sameUser(client, owner)) {
                log.printf("%s refused a client of another user%n", Instant.now());
                return;
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
            DataOutputStream wire = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
            Request request = Request.read(in);
            long start = System.nanoTime();
            int code;
            try (PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new FrameStream(wire, Request.OUT),
                    StandardCharsets.UTF_8), true);
                    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(new FrameStream(wire,
                            Request.ERR), StandardCharsets.UTF_8), true)) {
                code = handler.handle(request, out, err);
                out.flush();
                err.flush();
            }
            try {
                synchronized (wire) {
                    wire.writeByte(Request.EXIT);
                    wire.writeInt(code);
                    wire.flush();
                }
                log.printf("%s %s: exit %d in %d ms%n", Instant.now(), String.join(" ", request.args()), code,
                        (System.nanoTime() - start) / 1_000_000);
            } finally {
                long after = System.nanoTime();
                handler.afterReply();
                // the garbage of this request is collected now, while the author reads the answer, not in the
                // middle of the next build (a young collection there took 45-85 ms at 10,000 intentions)
                System.gc();
                log.printf("%s after the answer: %d ms%n", Instant.now(), (System.nanoTime() - after) / 1_000_000);
                log.flush();
            }
        } catch (IOException e) {
            // the client went away or spoke another format: its build (if any) finished all the same
            log.printf("%s client: %s%n", Instant.now(), e);
            log.flush();
        }
    }

    /**
     * Whether the client runs as the user who owns the daemon's folder. The folder is closed to others already;
     * where the system tells the peer's credentials they are checked as well.
     */
    private static boolean sameUser(SocketChannel client, String owner) {
        try {
            return client.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED).user().getName().equals(owner);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }
}
