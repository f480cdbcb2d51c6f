package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.testing.TestSites;

/** Incremental builds with a {@link RenderCache} give exactly the bytes of a clean build. */
class RenderCacheTest {
    static final Path BUNDLED = Path.of("..").toAbsolutePath().normalize();
    static final String URGENT = "content/plans/west-herts-2008-09/sections/3-urgent-care.yml";
    static final String MINIMAL_SECTION = "src/content/plans/test-2008-09/sections/1-acute.yml";

    @TempDir
    Path dir;

    @Test
    void editingOneIntentionRerendersFewPagesAndMatchesACleanBuildByteForByte() throws IOException {
        Path config = copyBundledSite(dir.resolve("src"));
        RenderCache cache = new RenderCache();
        BuildResult a = build(config, dir.resolve("b"), cache);
        assertEquals(0, a.exitCode(), a.diagnostics().toString());
        assertEquals(a.pages(), cache.stats().rendered());
        assertEquals(0, cache.stats().reused());

        Path section = dir.resolve("src").resolve(URGENT);
        String before = Files.readString(section);
        String edited = before.replace("Reduction in emergency bed days", "Reduction in emergency bed days (edited)");
        assertTrue(!edited.equals(before));
        Files.writeString(section, edited);

        BuildResult b = build(config, dir.resolve("b"), cache);
        assertEquals(0, b.exitCode(), b.diagnostics().toString());
        RenderCache.Stats stats = cache.stats();
        BuildResult c = SiteBuild.build(config, dir.resolve("c"));
        assertEquals(0, c.exitCode());

        assertSameTree(dir.resolve("c"), dir.resolve("b"));
        assertTrue(Files.readString(dir.resolve("b/plans/west-herts-2008-09/intentions/3-1-short-stay-emergencies.html"))
                .contains("(edited)"));
        assertTrue(stats.renderedPaths().contains("plans/west-herts-2008-09/intentions/3-1-short-stay-emergencies.html"),
                stats.toString());
        assertTrue(stats.renderedPaths().contains("plans/west-herts-2008-09/sections/urgent-care.html"),
                stats.toString());
        assertEquals(b.pages(), stats.rendered() + stats.reused());
        assertTrue(stats.rendered() * 4 < b.pages(), "too many pages re-rendered: " + stats);
    }

    @Test
    void anUnchangedSiteRerendersNothing() {
        RenderCache cache = new RenderCache();
        Path config = minimalBuiltWith(cache);
        BuildResult again = build(config, dir.resolve("out"), cache);
        assertEquals(0, again.exitCode());
        assertEquals(0, cache.stats().rendered());
        assertEquals(again.pages(), cache.stats().reused());
    }

    @Test
    void aTemplateOrConfigurationChangeRerendersEveryPage() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        RenderCache cache = new RenderCache();
        int pages = build(config, dir.resolve("out"), cache).pages();

        // A site-level override of one template changes the template set: every page is rendered again.
        Path templates = Files.createDirectories(dir.resolve("src/themes/default/templates"));
        Files.copy(BUNDLED.resolve("themes/default/templates/layout.ftlh"), templates.resolve("layout.ftlh"));
        Files.writeString(templates.resolve("layout.ftlh"), Files.readString(templates.resolve("layout.ftlh"))
                .replace("from the plan's own files", "from the plan's files"));
        assertEquals(0, build(config, dir.resolve("out"), cache).exitCode());
        assertEquals(pages, cache.stats().rendered());
        assertTrue(Files.readString(dir.resolve("out/index.html")).contains("from the plan's files"));

        Files.writeString(config, Files.readString(config).replace("Test commissioning intentions", "Renamed"));
        assertEquals(0, build(config, dir.resolve("out"), cache).exitCode());
        assertEquals(pages, cache.stats().rendered());
        assertSameTree(SiteBuild.build(config, dir.resolve("clean")).output(), dir.resolve("out"));
    }

    @Test
    void aFailedBuildKeepsTheCacheUsable() throws IOException {
        RenderCache cache = new RenderCache();
        Path config = minimalBuiltWith(cache);
        Path priorities = dir.resolve("src/content/priorities.yml");
        String good = Files.readString(priorities);
        Files.writeString(priorities, "priorities: [\n");
        assertEquals(1, build(config, dir.resolve("out"), cache).exitCode());
        Files.writeString(priorities, good);
        assertEquals(0, build(config, dir.resolve("out"), cache).exitCode());
        assertEquals(0, cache.stats().rendered());
    }

    @Test
    void aPageChangedBehindTheCachesBackIsRenderedAgain() throws IOException {
        RenderCache cache = new RenderCache();
        Path config = minimalBuiltWith(cache);
        Path page = dir.resolve("out/plans/test-2008-09/intentions/1-2-diabetes.html");
        byte[] good = Files.readAllBytes(page);
        Files.writeString(page, "tampered");
        assertEquals(0, build(config, dir.resolve("out"), cache).exitCode());
        assertEquals(java.util.List.of("plans/test-2008-09/intentions/1-2-diabetes.html"),
                cache.stats().renderedPaths());
        assertArrayEquals(good, Files.readAllBytes(page));
    }

    @Test
    void aPlanDataFileChangedBehindTheCachesBackIsMadeAgainWhileItsOtherFilesAreKept() throws IOException {
        RenderCache cache = new RenderCache();
        Path config = minimalBuiltWith(cache);
        // the plan's last data file, changed at the same length: its earlier files pass the check and are kept
        // before this one is found changed, which once failed the build ("two outputs want the same file")
        Path pkg = dir.resolve("out/plans/test-2008-09/data/datapackage.json");
        String good = IncrementalEditsTest.replaceIn(pkg, "\"name\": \"test-2008-09\"", "\"name\": \"test-2008-99\"");
        BuildResult again = build(config, dir.resolve("out"), cache);
        assertEquals(0, again.exitCode(), again.diagnostics().toString());
        assertEquals(good, Files.readString(pkg));
        BuildResult clean = SiteBuild.build(config, dir.resolve("clean"));
        assertEquals(0, clean.exitCode());
        assertSameTree(dir.resolve("clean"), dir.resolve("out"));
    }

    @Test
    void inServeAWordingEditShowsOnItsOwnPagesFirstAndOnGatheringPagesInTheCatchUp() throws IOException {
        RenderCache cache = new RenderCache();
        Path config = minimalBuiltWith(cache);
        Path out = dir.resolve("out");
        IncrementalEditsTest.replaceIn(dir.resolve(MINIMAL_SECTION), "- annual review", "- yearly review");
        String intention = "plans/test-2008-09/intentions/1-2-diabetes.html";
        String provider = "providers/city-hospital.html";
        assertTrue(Files.readString(out.resolve(provider)).contains("annual review"));

        cache.downloadsLater(true); // serve's first build after the save
        assertEquals(0, build(config, out, cache).exitCode());
        assertTrue(Files.readString(out.resolve(intention)).contains("yearly review"));
        assertTrue(Files.readString(out.resolve(provider)).contains("annual review"), "the provider page follows");
        assertTrue(cache.stats().keptForLater() > 0, cache.stats().toString());

        cache.downloadsLater(false); // the catch-up straight after
        assertEquals(0, build(config, out, cache).exitCode());
        assertTrue(Files.readString(out.resolve(provider)).contains("yearly review"));
        assertTrue(cache.stats().renderedPaths().contains(provider), cache.stats().toString());
        assertEquals(0, SiteBuild.build(config, dir.resolve("clean")).exitCode());
        assertSameTree(dir.resolve("clean"), out);
    }

    @Test
    void inServeFilesNoPageShowsWaitForTheCatchUpAfterAWordingEditAndAreMadeAtOnceAfterAnyOther()
            throws IOException {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        // a step like the feeds: its file says how often it was made, so a file kept as it was is told apart
        uk.nhs.intentions.render.outputs.OutputStep counted = new uk.nhs.intentions.render.outputs.OutputStep() {
            @Override
            public boolean canWait() {
                return true;
            }

            @Override
            public java.util.List<uk.nhs.intentions.render.outputs.Output> outputs(Input in) {
                return java.util.List.of(new uk.nhs.intentions.render.outputs.Output("made.txt",
                        ("made " + made.incrementAndGet()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        };
        RenderCache cache = new RenderCache();
        Path out = dir.resolve("out");
        java.util.function.Supplier<BuildResult> build = minimalBuildsWith(counted, cache, out);
        assertEquals(0, build.get().exitCode());
        assertEquals("made 1", Files.readString(out.resolve("made.txt")));

        IncrementalEditsTest.replaceIn(dir.resolve(MINIMAL_SECTION), "- annual review", "- yearly review");
        cache.downloadsLater(true); // serve's first build after a save that changed wording alone
        assertEquals(0, build.get().exitCode());
        assertEquals("made 1", Files.readString(out.resolve("made.txt")), "kept as it was for the catch-up");
        cache.downloadsLater(false); // the catch-up
        assertEquals(0, build.get().exitCode());
        assertEquals("made 2", Files.readString(out.resolve("made.txt")));

        IncrementalEditsTest.replaceIn(dir.resolve(MINIMAL_SECTION), "area: Diabetes", "area: Diabetes care");
        cache.downloadsLater(true); // an outline changed: files and pages may come or go, so all are made now
        assertEquals(0, build.get().exitCode());
        assertEquals("made 3", Files.readString(out.resolve("made.txt")));
    }

    @Test
    void aFileAssembledFromPlansPartsIsKeptWhileEveryPartIsTheOneItWasMadeFrom() throws IOException {
        java.util.concurrent.atomic.AtomicInteger assembled = new java.util.concurrent.atomic.AtomicInteger();
        // like the search index: one part per plan, and a file that says how often it was assembled
        uk.nhs.intentions.render.outputs.PlanPartsStep counted = new uk.nhs.intentions.render.outputs.PlanPartsStep() {
            @Override
            public byte[] planPart(Input in, uk.nhs.intentions.model.Plan plan) {
                return plan.id().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }

            @Override
            public java.util.List<uk.nhs.intentions.render.outputs.Output> assemble(Input in,
                    java.util.List<byte[]> parts) {
                return java.util.List.of(new uk.nhs.intentions.render.outputs.Output("assembled.txt",
                        ("assembled " + assembled.incrementAndGet()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        };
        RenderCache cache = new RenderCache();
        Path out = dir.resolve("out");
        java.util.function.Supplier<BuildResult> build = minimalBuildsWith(counted, cache, out);
        assertEquals(0, build.get().exitCode());
        assertEquals(0, build.get().exitCode());
        assertEquals("assembled 1", Files.readString(out.resolve("assembled.txt")), "no part changed");

        IncrementalEditsTest.replaceIn(dir.resolve(MINIMAL_SECTION), "- annual review", "- yearly review");
        cache.downloadsLater(true); // serve's first build: the edited plan's part waits for the catch-up
        assertEquals(0, build.get().exitCode());
        assertEquals("assembled 1", Files.readString(out.resolve("assembled.txt")));
        cache.downloadsLater(false); // the catch-up makes the plan's part again
        assertEquals(0, build.get().exitCode());
        assertEquals("assembled 2", Files.readString(out.resolve("assembled.txt")));
    }

    @Test
    void inServeAnEditToAnOutlineShowsEverywhereAtOnce() throws IOException {
        RenderCache cache = new RenderCache();
        Path config = minimalBuiltWith(cache);
        Path out = dir.resolve("out");
        IncrementalEditsTest.replaceIn(dir.resolve(MINIMAL_SECTION), "area: Diabetes", "area: Diabetes care");
        cache.downloadsLater(true);
        assertEquals(0, build(config, out, cache).exitCode());
        assertTrue(Files.readString(out.resolve("providers/city-hospital.html")).contains("Diabetes care"),
                "a title is in the outline every page may show: no page is put off");
    }

    @Test
    void aPageIsAnEditedThingsOwnWhenItReadsOneSectionOrIntentionsOfOneOrAPlanOutsideItsSections() {
        uk.nhs.intentions.render.Page page = uk.nhs.intentions.render.Page.lazy("p.html", "t.ftlh", Map::of);
        assertTrue(RenderCache.ownPage(page.readingIntention("plan", "acute", "1-2-diabetes")));
        assertTrue(RenderCache.ownPage(page.readingSection("plan", "acute")));
        assertTrue(RenderCache.ownPage(page.readingOnly(java.util.List.of("plan/acute/1-1", "@plan",
                "@=plans/plan/data/plan.json"))), "the downloads it links count for nothing");
        assertFalse(RenderCache.ownPage(page.readingOnly(java.util.List.of("plan/acute/1-1", "plan/acute/1-2"))),
                "two intentions, as a provider's page reads them");
        assertFalse(RenderCache.ownPage(page), "a page that may read anything");
        assertFalse(RenderCache.ownPage(page.readingOnly(java.util.List.of("plan"))), "a whole plan");
        assertTrue(RenderCache.ownPage(page.readingOnly(java.util.List.of("plan/", "@plan"))), "a narrative page");
        assertFalse(RenderCache.ownPage(page.readingOnly(java.util.List.of("plan/", "plan/acute"))));
        assertFalse(RenderCache.ownPage(page.readingOnly(java.util.List.of("plan/acute", "plan/urgent"))));
        assertFalse(RenderCache.ownPage(page.readingOnly(java.util.List.of("@plan"))), "downloads only");
        java.util.concurrent.atomic.AtomicBoolean asked = new java.util.concurrent.atomic.AtomicBoolean();
        uk.nhs.intentions.render.Page provider = page.gathering(() -> {
            asked.set(true);
            return java.util.List.of("plan/acute/1-1", "@=providers/p.atom");
        });
        assertFalse(RenderCache.ownPage(provider), "a page that gathers, even when it reaches one intention");
        assertFalse(asked.get(), "what it reads is not worked out to tell");
        assertEquals(java.util.List.of("plan/acute/1-1", "@=providers/p.atom"),
                java.util.List.copyOf(provider.plansRead().orElseThrow()), "in the order given");
        assertTrue(asked.get());
    }

    /** Builds of the minimal test site (written to {@code src}) into {@code out} with the standard steps and one more. */
    private java.util.function.Supplier<BuildResult> minimalBuildsWith(uk.nhs.intentions.render.outputs.OutputStep extra,
            RenderCache cache, Path out) {
        BuildOptions.Stages standard = BuildOptions.Stages.standard();
        BuildOptions.Stages stages = new BuildOptions.Stages(standard.checker(), standard.pages(), themes -> {
            java.util.List<uk.nhs.intentions.render.outputs.OutputStep> steps = new java.util.ArrayList<>(
                    standard.outputs().apply(themes));
            steps.add(extra);
            return steps;
        });
        Path config = TestSites.minimal(dir.resolve("src"));
        return () -> SiteBuild.build(config, BuildOptions.defaults().withOut(out).withCache(cache).withStages(stages));
    }

    /** The minimal test site in {@code src}, built once into {@code out} with {@code cache}; its configuration. */
    private Path minimalBuiltWith(RenderCache cache) {
        Path config = TestSites.minimal(dir.resolve("src"));
        assertEquals(0, build(config, dir.resolve("out"), cache).exitCode());
        return config;
    }

    static Path copyBundledSite(Path to) throws IOException {
        for (String top : new String[] {"content", "site-config.yml"}) {
            Path from = BUNDLED.resolve(top);
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path target = to.resolve(BUNDLED.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return to.resolve("site-config.yml");
    }

    static void assertSameTree(Path expected, Path actual) throws IOException {
        Map<String, byte[]> e = SiteBuildTest.tree(expected);
        Map<String, byte[]> a = SiteBuildTest.tree(actual);
        assertEquals(e.keySet(), a.keySet());
        e.forEach((k, v) -> assertArrayEquals(v, a.get(k), k));
    }

    private static BuildResult build(Path config, Path out, RenderCache cache) {
        return SiteBuild.build(config, BuildOptions.defaults().withOut(out).withCache(cache));
    }
}
