package uk.nhs.intentions.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.render.TemplateLimits;
import uk.nhs.intentions.testing.TestSites;

/**
 * serve against a faulty theme and a failing build: errors at the template line, the last good site readable
 * while a rebuild renders, and the next save always rebuilt. Waits are latches and long polls, not sleeps.
 */
class ServeRobustnessTest {
    static final String HOME = "themes/default/templates/home.ftlh";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private ServeSession session;

    /** Each reading of the clock moves it on 0.1 s, or does what {@link #onRead} says. */
    private final AtomicLong now = new AtomicLong();
    private final AtomicReference<Runnable> onRead = new AtomicReference<>(() -> { });
    private final LongSupplier clock = () -> {
        onRead.get().run();
        return now.addAndGet(100_000_000L);
    };

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private void start(String homeTemplate) throws IOException {
        Path config = TestSites.write(dir, homeTemplate == null ? "" : "-- " + HOME + " --\n" + homeTemplate);
        session = ServeSession.start(config, 0, new PrintWriter(out, true), new PrintWriter(err, true),
                TemplateLimits.standard().withClock(clock));
    }

    @Test
    void anEndlessListIsReportedAtItsLineAndTheFixIsPickedUp() throws Exception {
        start("<#list 1.. as i>${i}</#list>\n");
        assertTrue(err.toString().contains(HOME + ":1:17: error: the page took longer than 20 s to render and was"
                + " stopped here"), err.toString());
        assertTrue(get("/test/").body().contains("could not be rebuilt"));
        long g = session.generation();
        Files.delete(dir.resolve(HOME));
        awaitGenerationAfter(g);
        String home = get("/test/").body();
        assertTrue(home.contains("Test commissioning intentions") && !home.contains("could not be rebuilt"), home);
    }

    @Test
    void anEndlessRecursionIsReportedAtTheCallAndTheFixIsPickedUp() throws Exception {
        start("<#macro m n><@m n=n+1/></#macro><@m n=0/>\n");
        assertTrue(err.toString().contains(HOME + ":1:13: error: templates nest more than 500 levels deep here;"
                + " a macro probably calls itself without end"), err.toString());
        long g = session.generation();
        Files.writeString(dir.resolve(HOME), "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Fixed</title></head>"
                + "<body><main><h1>Fixed home</h1></main></body></html>\n");
        awaitGenerationAfter(g);
        assertTrue(get("/test/").body().contains("Fixed home"));
    }

    @Test
    void theLastGoodSiteIsServedWhileARebuildIsRendering() throws Exception {
        start(null);
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicBoolean once = new AtomicBoolean();
        onRead.set(() -> {
            if (once.compareAndSet(false, true)) {
                rendering.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        long g = session.generation();
        Path narrative = dir.resolve("content/plans/test-2008-09/narrative/background.md");
        Files.writeString(narrative, Files.readString(narrative) + "\nOne more line.\n"); // the watcher rebuilds
        assertTrue(rendering.await(30, TimeUnit.SECONDS), "the rebuild is rendering");
        try {
            HttpResponse<String> page = get("/test/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Test commissioning intentions"));
            assertEquals(200, get("/test/assets/site.css").statusCode());
        } finally {
            finish.countDown();
        }
        awaitGenerationAfter(g);
    }

    @Test
    void anErrorThrownInARebuildIsReportedAndTheNextSaveIsStillRebuilt() throws Exception {
        start(null);
        AtomicBoolean fail = new AtomicBoolean(true);
        onRead.set(() -> {
            if (fail.getAndSet(false)) {
                throw new AssertionError("simulated failure inside the build");
            }
        });
        Path narrative = dir.resolve("content/plans/test-2008-09/narrative/background.md");
        long g = session.generation();
        Files.writeString(narrative, Files.readString(narrative) + "\nOne more line.\n");
        awaitGenerationAfter(g);
        assertTrue(err.toString().contains("the build stopped unexpectedly: java.lang.AssertionError:"
                + " simulated failure inside the build"), err::toString);
        g = session.generation();
        Files.writeString(narrative, Files.readString(narrative) + "\nAnd another.\n");
        awaitGenerationAfter(g);
        assertTrue(!get("/test/").body().contains("could not be rebuilt"), "rebuilt after the failure");
    }

    /** Waits (a long poll, as the browser does) until a rebuild after generation {@code g} has finished. */
    private void awaitGenerationAfter(long g) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port()
                + LiveReload.WAIT + "?since=" + g)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals("{\"generation\":" + g + "}", r.body(), "a rebuild finished within the poll");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void waitingTabsHoldNoThreads() throws Exception {
        start(null);
        long g = session.generation();
        java.util.List<CompletableFuture<HttpResponse<String>>> polls = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            polls.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port()
                    + LiveReload.WAIT + "?since=" + g)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (session.waitingTabs() < 200 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(200, session.waitingTabs(), "every poll is parked");
        long httpThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("intentions-http")).count();
        assertTrue(httpThreads <= DevServer.THREADS, () -> httpThreads + " request threads for 200 waiting tabs");
        session.rebuild();
        for (var p : polls) {
            assertEquals("{\"generation\":" + (g + 1) + "}", p.get(30, TimeUnit.SECONDS).body());
        }
    }
}
