package uk.nhs.intentions.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon and its client over a real Unix-domain socket: a request's folder, arguments and environment arrive
 * whole, its output and exit code come back, the work left for after the answer does not hold the client up, one
 * daemon per place, and it goes away when idle, removing its socket.
 */
class DaemonServerTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @Test
    void aRequestRunsInTheDaemonAndItsOutputAndExitCodeComeBack() throws Exception {
        DaemonPlace place = place();
        AtomicReference<Request> seen = new AtomicReference<>();
        CountDownLatch clientDone = new CountDownLatch(1);
        CountDownLatch afterReply = new CountDownLatch(1);
        Thread daemon = start(place, Duration.ofSeconds(2), new DaemonServer.Handler() {
            @Override
            public int handle(Request request, PrintWriter out, PrintWriter err) {
                seen.set(request);
                out.println("Built 3 pages → site");
                err.println("site-config.yml:1:1: warning: a fictional warning");
                out.print("ünïcödé, and no newline");
                return 7;
            }

            @Override
            public void afterReply() {
                try {
                    // the client must already have its answer: this waits for it
                    assertTrue(clientDone.await(20, TimeUnit.SECONDS));
                    afterReply.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Request request = new Request(dir.resolve("my site"), List.of("build", "--out", "public"),
                Map.of("SOURCE_DATE_EPOCH", "1199145600", "LANG", "cy_GB.UTF-8"));
        DaemonClient.Outcome outcome = DaemonClient.run(place, request, List.of("/bin/false"), out, err);
        clientDone.countDown();
        assertEquals(new DaemonClient.Outcome.Finished(7), outcome);
        assertEquals("Built 3 pages → site\nünïcödé, and no newline", out.toString(StandardCharsets.UTF_8));
        assertEquals("site-config.yml:1:1: warning: a fictional warning\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(request, seen.get());
        assertTrue(afterReply.await(20, TimeUnit.SECONDS), "the work after the answer ran");
        daemon.join(20_000);
        assertFalse(daemon.isAlive());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("build --out public: exit 7 in "), log.toString());
    }

    @Test
    void itStopsWhenIdleAndRemovesItsSocket() throws Exception {
        DaemonPlace place = place();
        Thread daemon = start(place, Duration.ofMillis(200), handler());
        assertTrue(Files.exists(place.socket()));
        daemon.join(20_000);
        assertFalse(daemon.isAlive());
        assertFalse(Files.exists(place.socket()), "the socket goes with it");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("daemon stopping: idle"), log.toString());
    }

    @Test
    void itStopsWhenItsJarChanges() throws Exception {
        DaemonPlace place = place();
        PrintStream started = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        DaemonServer.run(place, Duration.ofHours(1), () -> true, handler(), started, new PrintStream(log));
        assertFalse(Files.exists(place.socket()));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("daemon stopping: its jar changed"), log.toString());
    }

    @Test
    void aSecondDaemonForThePlaceSaysBusyAndLeavesTheFirstAlone() throws Exception {
        DaemonPlace place = place();
        Thread first = start(place, Duration.ofSeconds(1), handler());
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        DaemonServer.run(place, Duration.ofHours(1), () -> false, handler(),
                new PrintStream(said, true, StandardCharsets.UTF_8), new PrintStream(log));
        assertEquals("busy\n", said.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(place.socket()), "the first one's socket");
        assertEquals(new DaemonClient.Outcome.Finished(0), DaemonClient.run(place, request(), List.of("/bin/false"),
                new ByteArrayOutputStream(), new ByteArrayOutputStream()));
        first.join(20_000);
        assertFalse(first.isAlive());
    }

    @Test
    void aDaemonThatStopsBeforeTheEndIsReportedLost() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DaemonClient.Outcome outcome = withDyingDaemon(wire -> {
            new FrameStream(wire, Request.OUT).write("half a report".getBytes(StandardCharsets.UTF_8));
            wire.flush();
        }, out);
        assertEquals(new DaemonClient.Outcome.Lost(), outcome);
        assertEquals("half a report", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDaemonThatGoesAwayBeforeSayingAnythingIsUnavailableNotLost() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(new DaemonClient.Outcome.Unavailable(), withDyingDaemon(wire -> { }, out));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    /** What to do with the connection after reading the request, before it is closed. */
    private interface LastWords {
        void say(DataOutputStream wire) throws IOException;
    }

    /** A client's request to a stand-in daemon that reads it, says {@code last} and goes away. */
    private DaemonClient.Outcome withDyingDaemon(LastWords last, ByteArrayOutputStream out) throws Exception {
        DaemonPlace place = place();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(place.socket()));
            Thread dying = new Thread(() -> {
                try (SocketChannel c = server.accept()) {
                    Request.read(new DataInputStream(Channels.newInputStream(c)));
                    last.say(new DataOutputStream(Channels.newOutputStream(c)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            dying.start();
            DaemonClient.Outcome outcome = DaemonClient.run(place, request(), List.of("/bin/false"), out,
                    new ByteArrayOutputStream());
            dying.join(20_000);
            return outcome;
        }
    }

    @Test
    void withNoDaemonAndNoneThatStartsTheClientSaysSo() throws IOException {
        DaemonPlace place = place();
        Files.createFile(place.socket()); // a socket file left by a killed daemon: nobody listens on it
        assertEquals(new DaemonClient.Outcome.Unavailable(), DaemonClient.run(place, request(),
                List.of("/bin/true"), new ByteArrayOutputStream(), new ByteArrayOutputStream()));
    }

    private DaemonPlace place() throws IOException {
        return DaemonPlace.at(Files.createDirectories(dir.resolve("run")).resolve("0123456789abcdef.sock"));
    }

    private static Request request() {
        return new Request(Path.of("/"), List.of("build"), Map.of());
    }

    private static DaemonServer.Handler handler() {
        return new DaemonServer.Handler() {
            @Override
            public int handle(Request request, PrintWriter out, PrintWriter err) {
                return 0;
            }

            @Override
            public void afterReply() {
            }
        };
    }

    /** Runs a daemon on its own thread and returns once it listens. */
    private Thread start(DaemonPlace place, Duration idle, DaemonServer.Handler handler) throws IOException {
        PipedInputStream pipe = new PipedInputStream();
        PrintStream started = new PrintStream(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
        PrintStream logTo = new PrintStream(log, true, StandardCharsets.UTF_8);
        Thread t = new Thread(() -> {
            try {
                DaemonServer.run(place, idle, () -> false, handler, started, logTo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8))) {
            assertEquals("ready", r.readLine());
        }
        return t;
    }
}
