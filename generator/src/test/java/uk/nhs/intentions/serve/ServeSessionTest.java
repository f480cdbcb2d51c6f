package uk.nhs.intentions.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.testing.TestSites;

/** A real server on a free loopback port, driven over HTTP while the test edits the site's files. */
class ServeSessionTest {
    static final String SECTION = "content/plans/test-2008-09/sections/1-acute.yml";
    static final String INTENTION = "plans/test-2008-09/intentions/1-2-diabetes.html";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private ServeSession session;
    private Path config;

    @BeforeEach
    void start() throws IOException {
        config = TestSites.minimal(dir);
        session = ServeSession.start(config, 0, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void servesTheSiteUnderTheBasePathWithTheReloadScriptInResponsesOnly() throws Exception {
        assertEquals("http://127.0.0.1:" + session.port() + "/test/", session.url().toString());
        HttpResponse<String> root = get("/");
        assertEquals(302, root.statusCode());
        assertEquals("/test/", root.headers().firstValue("Location").orElse(""));
        assertEquals(302, get("/test").statusCode());
        assertEquals(404, get("/elsewhere/index.html").statusCode());

        HttpResponse<String> home = get("/test/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(home.body().contains(LiveReload.WAIT), home.body());
        HttpResponse<String> page = get("/test/" + INTENTION);
        assertTrue(page.body().contains("Diabetes"));
        assertTrue(page.body().contains(LiveReload.WAIT));
        assertEquals("text/css; charset=utf-8", get("/test/assets/site.css").headers()
                .firstValue("Content-Type").orElse(""));
        assertEquals(302, get("/test/plans").statusCode());
        assertEquals(200, get("/test/plans/test-2008-09/").statusCode());

        String onDisk = Files.readString(dir.resolve(ServeSession.FOLDER).resolve("site").resolve(INTENTION));
        assertFalse(onDisk.contains("__intentions"), "the script must never be written into the built files");
        assertTrue(Files.notExists(dir.resolve("site")), "serve must not write the configured output folder");
    }

    @Test
    void savingAFileRebuildsThePageAndTellsOpenTabsToReload() throws Exception {
        long generation = session.generation();
        CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(
                request(LiveReload.WAIT + "?since=" + generation), HttpResponse.BodyHandlers.ofString());
        edit(SECTION, "area: Diabetes", "area: Diabetes in primary care");

        String page = await("/test/" + INTENTION, b -> b.contains("Diabetes in primary care"));
        assertTrue(page.contains("1.2 Diabetes in primary care"));
        String answer = waiting.get(10, TimeUnit.SECONDS).body();
        assertNotEquals("{\"generation\":" + generation + "}", answer);
        assertTrue(session.lastRender().renderedPaths().contains(INTENTION), session.lastRender().toString());
        assertTrue(session.lastRender().reused() > 0, session.lastRender().toString());
    }

    @Test
    void withStatsEachRebuildSaysHowLongEachStageTook() throws Exception {
        session.printStats(true);
        edit(SECTION, "area: Diabetes", "area: Diabetes in primary care");
        session.rebuild();
        String log = out.toString();
        assertTrue(log.matches("(?s).*stats: wall load=\\d+ms check=\\d+ms index=\\d+ms .*links_swap=\\d+ms\\n.*"
                + "Rebuilt in \\d+ ms.*"), log);
    }

    @Test
    void anEditShowsInThePagesFirstAndTheDataFilesAndPdfsFollowInTheSameRebuild() throws Exception {
        String pack = "plans/test-2008-09/documents/board-pack.pdf";
        Path served = dir.resolve(ServeSession.FOLDER).resolve("site");
        assertTrue(Files.isRegularFile(served.resolve(pack)), "the first build makes the documents");
        edit(SECTION, "area: Diabetes", "area: Diabetes in primary care");
        session.rebuild(); // what the watcher does after a save: the pages, then the documents
        assertTrue(out.toString().contains("Data files, documents and search brought up to date in "),
                out.toString());
        assertTrue(Files.readString(served.resolve(INTENTION)).contains("Diabetes in primary care"));
        assertServedAsACleanBuild();
    }

    @Test
    void anEditRemovingAnIntentionThatGatheringPagesLinkIsShownWhole() throws Exception {
        // gathering pages (providers, priorities) that still linked the removed intention are never left as they
        // were for the catch-up: removing one changes the outline, and serve makes every page at once
        String text = Files.readString(dir.resolve(SECTION));
        Files.writeString(dir.resolve(SECTION), text.substring(0, text.indexOf("  - id: 1-2-diabetes")));
        session.rebuild();
        assertFalse(err.toString().contains("broken link"), err.toString());
        assertFalse(Files.exists(dir.resolve(ServeSession.FOLDER).resolve("site").resolve(INTENTION)));
        assertServedAsACleanBuild();
    }

    /** Every file serve shows is the one a clean build makes, and there are no others. */
    private void assertServedAsACleanBuild() throws IOException {
        Path served = dir.resolve(ServeSession.FOLDER).resolve("site");
        Path clean = dir.resolve("clean");
        assertEquals(0, uk.nhs.intentions.pipeline.SiteBuild.build(dir.resolve("site-config.yml"), clean)
                .exitCode());
        assertEquals(files(clean.toRealPath()), files(served.toRealPath()));
        java.util.List<String> files = files(clean.toRealPath()); // the output is a link to its release
        assertTrue(files.contains("plans/test-2008-09/data/plan.json") && files.contains("search-index.js"), files
                .toString());
        for (String file : files) { // data files, PDFs and the search index too, as after a clean build
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(clean.resolve(file)),
                    Files.readAllBytes(served.resolve(file))), file + " is the edited plan's, as a clean build's");
        }
    }

    private static java.util.List<String> files(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void brokenContentShowsEveryProblemWithItsLineUntilItIsFixed() throws Exception {
        String good = Files.readString(dir.resolve(SECTION));
        edit(SECTION, "[city-hospital, county-hospice]", "[city-hospital, <nowhere>]");

        String page = await("/test/" + INTENTION, b -> b.contains("could not be rebuilt"));
        assertTrue(page.contains(SECTION + ":21:32"), page);
        assertTrue(page.contains("id `&lt;nowhere&gt;` is not a valid id"), page);
        assertTrue(page.contains("    providers: [city-hospital, &lt;nowhere&gt;]"), "source line, escaped: " + page);
        assertTrue(page.contains(LiveReload.WAIT), "the error page reloads itself too");
        assertTrue(get("/test/").body().contains("could not be rebuilt"), "every page shows the problems");
        assertEquals(200, get("/test/assets/site.css").statusCode());
        assertTrue(get("/test/" + INTENTION + "?" + DevServer.LAST_GOOD).body().contains("1.2 Diabetes"));
        assertTrue(err.toString().contains(SECTION + ":21:32: error: `providers`: id `<nowhere>` is not a valid id"),
                err.toString());
        assertTrue(err.toString().contains("    providers: [city-hospital, <nowhere>]"), err.toString());

        Files.writeString(dir.resolve(SECTION), good);
        String fixed = await("/test/" + INTENTION, b -> !b.contains("could not be rebuilt"));
        assertTrue(fixed.contains("1.2 Diabetes"));
        assertTrue(out.toString().contains("Fixed."), out.toString());
    }

    @Test
    void deletedFilesAndNewFoldersAreNoticed() throws Exception {
        Path narrative = dir.resolve("content/plans/test-2008-09/narrative/background.md");
        String text = Files.readString(narrative);
        Files.delete(narrative);
        assertTrue(await("/test/", b -> b.contains("could not be rebuilt")).contains("background"));
        Files.writeString(narrative, text);
        await("/test/", b -> !b.contains("could not be rebuilt"));

        Path plan = dir.resolve("content/plans/other-2009-10/plan.yml");
        Files.createDirectories(plan.getParent());
        Files.writeString(plan, "id: other-2009-10\ntitle: Another plan\ncommissioners: [Test PCT]\n"
                + "period: 2009/10\npublished: 2009-01-24\n");
        await("/test/plans/other-2009-10/", b -> b.contains("Another plan"));
        // The new folder is watched as well.
        Files.writeString(plan, Files.readString(plan).replace("Another plan", "Renamed plan"));
        await("/test/plans/other-2009-10/", b -> b.contains("Renamed plan"));
        // Removed again: its pages go, and the folder they were in.
        Files.delete(plan);
        Files.delete(plan.getParent());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (get("/test/plans/other-2009-10/").statusCode() != 404 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertEquals(404, get("/test/plans/other-2009-10/").statusCode());
        assertFalse(await("/test/", b -> true).contains("Renamed plan"));
        assertFalse(Files.exists(dir.resolve(".intentions-serve/site/plans/other-2009-10")));
    }

    @Test
    void aSecondServeForTheSameSiteIsRefusedWhileTheFirstRuns() throws Exception {
        PrintWriter quiet = new PrintWriter(new StringWriter());
        ServeSession.FolderInUseException e = assertThrows(ServeSession.FolderInUseException.class,
                () -> ServeSession.start(config, 0, quiet, quiet));
        assertEquals(dir.resolve(".intentions-serve").toAbsolutePath().normalize().toString(), e.getMessage());
        assertTrue(get("/test/", true) != null, "the first serve carries on");
        session.close();
        try (ServeSession again = ServeSession.start(config, 0, quiet, quiet)) {
            assertTrue(again.port() > 0);
        }
    }

    @Test
    void closingStopsTheServerPromptly() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(
                request(LiveReload.WAIT + "?since=" + session.generation()), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        long start = System.nanoTime();
        session.close();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4), "close took too long");
        waiting.handle((r, e) -> null).get(5, TimeUnit.SECONDS);
        assertTrue(get("/test/", true) == null, "the port should be closed");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replace(from, to));
    }

    private String await(String path, Predicate<String> ready) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String last = "";
        while (System.nanoTime() < end) {
            last = get(path).body();
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such page within 10 s at " + path + "; last response:\n" + last
                + "\nterminal:\n" + out + err);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path))
                .timeout(Duration.ofSeconds(30)).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, false);
    }

    private HttpResponse<String> get(String path, boolean nullIfRefused) throws Exception {
        try {
            return http.send(request(path), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (nullIfRefused) {
                return null;
            }
            throw e;
        }
    }

    @Test
    void aRebuildThatRunsOutOfMemoryIsToldAsThatWithTheWayOut() {
        String said = ServeSession.describe(new OutOfMemoryError("Java heap space"));
        assertTrue(said.startsWith("out of memory: this site needs more than the "), said);
        assertTrue(said.contains("MiB of heap Java was given; the last good site is still served. Stop serve and start"
                + " it with more, for example INTENTIONS_OPTS=\"-Xmx"), said);
        assertEquals("java.lang.IllegalStateException: imaginary",
                ServeSession.describe(new IllegalStateException("imaginary")));
    }
}
