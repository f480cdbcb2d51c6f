package uk.nhs.intentions.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import uk.nhs.intentions.pipeline.BuildCache;
import uk.nhs.intentions.pipeline.BuildOptions;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.RenderCache;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.load.ConfigLoader;
import uk.nhs.intentions.load.ParseCache;
import uk.nhs.intentions.load.SiteConfig;
import uk.nhs.intentions.render.TemplateLimits;
import uk.nhs.intentions.support.FileLockHold;

/**
 * The authoring loop: build the site into {@code .intentions-serve/site} under the site folder (never the
 * configured output), serve it on 127.0.0.1, watch the sources, rebuild incrementally after each burst of
 * saves, and make open browser tabs reload — showing the problems, with their lines, while the content is
 * broken. Knows nothing about particular pages: whatever {@link SiteBuild} builds is served.
 */
public final class ServeSession implements AutoCloseable {
    /** Where serve builds, relative to the folder holding the configuration. */
    public static final String FOLDER = ".intentions-serve";
    /**
     * Long enough to fold one save's several writes (an editor's temporary file, then the rename; they come
     * within a millisecond or two) into one rebuild, and short beside the rebuild itself: every save waits it.
     */
    static final Duration QUIET = Duration.ofMillis(10);

    private final Path configFile;
    private final Path siteRoot;
    private final Path outDir;
    private final PrintWriter out;
    private final PrintWriter err;
    private final LiveReload reload;
    private final RenderCache cache = new RenderCache();
    private final ParseCache sections = new ParseCache();
    private final DevServer server;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final TemplateLimits limits;
    /** Holds the lock on the serve folder ({@link #takeFolder}) until {@link #close()}. */
    private FileLockHold folder;
    private volatile SourceWatcher.Sources sources;
    private SourceWatcher watcher;
    private Path lastGood;
    private boolean wasBroken;
    private int builds;
    private volatile RenderCache.Stats pageRender = new RenderCache.Stats(0, 0, List.of());
    private volatile boolean printStats;

    private ServeSession(Path configFile, DevServer server, LiveReload reload, PrintWriter out, PrintWriter err,
            TemplateLimits limits) {
        this.reload = reload;
        this.limits = limits;
        this.configFile = configFile.toAbsolutePath().normalize();
        this.siteRoot = this.configFile.getParent();
        this.outDir = siteRoot.resolve(FOLDER).resolve("site");
        this.server = server;
        this.out = out;
        this.err = err;
        this.sources = defaultSources();
    }

    /**
     * Binds the port (throwing {@link java.net.BindException} when it is taken), builds the site, starts
     * serving and watching. {@code port} 0 picks a free port.
     */
    public static ServeSession start(Path configFile, int port, PrintWriter out, PrintWriter err)
            throws IOException {
        return start(configFile, port, out, err, TemplateLimits.standard());
    }

    /** As above, rendering pages within {@code limits}. */
    static ServeSession start(Path configFile, int port, PrintWriter out, PrintWriter err, TemplateLimits limits)
            throws IOException {
        FileLockHold folder = takeFolder(configFile);
        DevServer server;
        LiveReload reload = new LiveReload();
        try {
            server = DevServer.bind(port, reload);
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
        ServeSession s = new ServeSession(configFile, server, reload, out, err, limits);
        s.folder = folder;
        try {
            s.rebuild();
            s.watcher = new SourceWatcher(() -> s.sources, QUIET, s::rebuild);
            server.start();
            s.watcher.start();
            return s;
        } catch (IOException | RuntimeException e) {
            server.stop();
            folder.close();
            throw e;
        }
    }

    /** Another serve is running for the same site: two would build over each other in its {@link #FOLDER}. */
    public static final class FolderInUseException extends IOException {
        private static final long serialVersionUID = 1L;

        FolderInUseException(Path folder) {
            super(folder.toString());
        }
    }

    /**
     * Takes the site's serve folder for this session, by the operating system's lock on a file in it (so it goes
     * with a killed serve); throws {@link FolderInUseException} when another serve holds it.
     */
    private static FileLockHold takeFolder(Path configFile) throws IOException {
        Path folder = configFile.toAbsolutePath().normalize().getParent().resolve(FOLDER);
        java.nio.file.Files.createDirectories(folder);
        return FileLockHold.tryTake(folder.resolve("serve.lock")).orElseThrow(() -> new FolderInUseException(folder));
    }

    /** The site's address, under the configured base path. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.port() + basePath());
    }

    public int port() {
        return server.port();
    }

    /** The number of finished rebuilds, good or broken, plus one; open tabs reload when it changes. */
    public long generation() {
        return reload.generation();
    }

    /** Live-reload requests parked now, waiting for the next rebuild. */
    int waitingTabs() {
        return reload.waiting();
    }

    /** How the render cache did on the last successful build of the pages (not a documents follow-up). */
    public RenderCache.Stats lastRender() {
        return pageRender;
    }

    /**
     * Builds now and shows the result; called by the watcher after each burst of changes. Holds no lock that
     * readers wait for: the build publishes a new release beside the one being served and switches the link
     * atomically (see {@code publish.Release}), so requests read the last good site throughout. Survives any
     * failure of the build, so the next save is always picked up.
     */
    public synchronized void rebuild() {
        // an edit shows first on the edited section's and intention's pages; the pages gathering across the site
        // (providers, comparisons, the plan's overview) and the plan's data files, PDFs and search entries that the
        // last site has are made again by a follow-up build straight after
        cache.downloadsLater(true);
        if (printStats && watcher != null) {
            out.println("stats: watch first_event_to_build=" + watcher.sinceBurstStart() + "ms");
        }
        long start = System.nanoTime();
        BuildResult r = build();
        if (cache.linksBrokenByWhatWasKept()) {
            // a page kept for later may link to what the edit removed: build it all now
            cache.downloadsLater(false);
            r = build();
        }
        if (r.exitCode() == 0) {
            pageRender = cache.stats();
        }
        show(r, (System.nanoTime() - start) / 1_000_000);
        if (r.exitCode() == 0 && cache.stats().keptForLater() > 0) {
            cache.downloadsLater(false);
            long again = System.nanoTime();
            BuildResult documents = build();
            long millis = (System.nanoTime() - again) / 1_000_000;
            if (closed.getCount() == 0) {
                return;
            }
            if (documents.exitCode() == 0) {
                out.printf("Data files, documents and search brought up to date in %d ms; %d page%s re-rendered%n",
                        millis, cache.stats().rendered(), cache.stats().rendered() == 1 ? "" : "s");
                out.flush();
                if (cache.stats().rendered() > 0) {
                    reload.bump();
                }
            } else {
                show(documents, millis);
            }
        }
    }

    /** Prints each build's stage times before its report line (`serve --stats`), to see where a rebuild goes. */
    public void printStats(boolean on) {
        printStats = on;
    }

    private BuildResult build() {
        try {
            BuildOptions options = BuildOptions.defaults().withOut(outDir).withCache(cache).withParseCache(sections)
                    .withLimits(limits).withInPlace(server.swapping());
            BuildResult r = SiteBuild.build(configFile, options);
            if (printStats) {
                out.println(options.stats().report().lines().filter(l -> l.startsWith("stats: wall")
                        || l.startsWith("stats: cpu")).collect(java.util.stream.Collectors.joining("\n")));
                out.flush();
            }
            return r;
        } catch (Throwable e) { // an internal error, even an Error: reported, and serve carries on
            return new BuildResult(BuildResult.Status.FAILED, List.of(Diagnostic.error(
                    uk.nhs.intentions.model.SourcePos.file(configFile.getFileName().toString()),
                    "the build stopped unexpectedly: " + describe(e))), 0, 0, outDir, 0);
        }
    }

    /** Serves the result (or the problems, over the last good site), tells the terminal, reloads open tabs. */
    private void show(BuildResult r, long millis) {
        if (closed.getCount() == 0) {
            return; // stopping (Ctrl-C): a build cut short is not a problem to show
        }
        try {
            refreshSources();
        } catch (RuntimeException e) {
            sources = defaultSources();
        }
        builds++;
        if (r.exitCode() == 0) {
            lastGood = outDir;
            server.show(new DevServer.Served(lastGood, basePath(), null));
            report(r, millis);
            wasBroken = false;
        } else {
            ErrorReport problems = ErrorReport.of(r.diagnostics(), siteRoot);
            server.show(new DevServer.Served(lastGood, basePath(), problems));
            for (String line : problems.terminalLines()) {
                err.println(line);
            }
            err.println("The browser shows these problems until they are fixed"
                    + (lastGood == null ? "." : "; the last good site is kept."));
            err.flush();
            wasBroken = true;
        }
        reload.bump();
    }

    /** The failure with its message: a parallel stage may hand on a copy without one, its cause has it. */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            uk.nhs.intentions.support.HeapLimit limit = uk.nhs.intentions.support.HeapLimit.current();
            return "out of memory: this site needs more than the " + limit.mib() + " MiB of heap Java was given; the"
                    + " last good site is still served. Stop serve and start it with more, for example"
                    + " INTENTIONS_OPTS=\"-Xmx" + limit.suggestedGiB() + "g -XX:+UseParallelGC\" bin/intentions serve";
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                return t.toString();
            }
        }
        return e.toString();
    }

    private void report(BuildResult r, long millis) {
        long warnings = r.diagnostics().size();
        if (builds == 1) {
            for (Diagnostic d : r.diagnostics()) {
                err.println(d.format());
            }
            if (!r.diagnostics().isEmpty()) {
                err.println(Diagnostics.summary(r.diagnostics()));
            }
            err.flush();
            out.printf("Built %d pages in %d ms%n", r.pages(), millis);
        } else {
            RenderCache.Stats st = cache.stats();
            out.printf("%sRebuilt in %d ms: %d of %d pages re-rendered, %d left as they were without rebuilding"
                    + " their model%s%n", wasBroken ? "Fixed. " : "", millis,
                    st.rendered(), r.pages(), st.untouched(), warnings == 0 ? "" : " (" + warnings + " warning"
                            + (warnings == 1 ? "" : "s") + "; `intentions check` lists them)");
        }
        out.flush();
    }

    private String basePath() {
        return basePath(configured().map(c -> c.settings().baseUrl()).orElse(""));
    }

    private volatile SiteConfig config;

    private Optional<SiteConfig> configured() {
        return Optional.ofNullable(config);
    }

    /** Re-reads where the sources are (the configuration may have moved a folder). */
    private void refreshSources() {
        Optional<SiteConfig> c = ConfigLoader.load(configFile, new Diagnostics());
        if (c.isPresent()) {
            config = c.get();
            sources = new SourceWatcher.Sources(siteRoot, configFile,
                    List.of(c.get().contentDir(), c.get().themesDir()), List.of(siteRoot.resolve(FOLDER),
                            siteRoot.resolve(BuildCache.FOLDER), c.get().outputDir()));
        } else {
            sources = defaultSources();
        }
    }

    private SourceWatcher.Sources defaultSources() {
        return new SourceWatcher.Sources(siteRoot, configFile,
                List.of(siteRoot.resolve("content"), siteRoot.resolve("themes")),
                List.of(siteRoot.resolve(FOLDER), siteRoot.resolve(BuildCache.FOLDER),
                        siteRoot.resolve("site")));
    }

    /** The path part of a base URL, as "/" or "/sub/path/". */
    static String basePath(String baseUrl) {
        return SitePaths.basePath(baseUrl).filter(p -> DevServer.safe(p.substring(1))).orElse("/");
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving; safe to call twice. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        server.stop();
        try {
            if (folder != null) {
                folder.close(); // another serve may have the folder now
            }
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
        closed.countDown();
    }
}
