package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.load.ParseCache;

/**
 * The build daemon's resident build cache: edit after edit it gives the bytes of a clean build, keeps its saving
 * and the deletion of the retired release until {@link BuildCache#finish()} (after the client has its answer), and
 * stays right when another process builds the site in between.
 */
class ResidentBuildCacheTest {
    static final String SHORT_STAY = "plans/west-herts-2008-09/intentions/3-1-short-stay-emergencies.html";

    @TempDir
    Path dir;

    @Test
    void editAfterEditItBuildsWhatACleanBuildWould() throws IOException {
        Path config = RenderCacheTest.copyBundledSite(dir.resolve("src"));
        BuildCache resident = builtOnce(config);
        Path section = dir.resolve("src").resolve(RenderCacheTest.URGENT);
        for (String edit : List.of("(first edit)", "(second edit)", "(third edit)")) {
            Files.writeString(section, Files.readString(section)
                    .replace("Reduction in emergency bed days", "Reduction in emergency bed days " + edit));
            BuildStats stats = new BuildStats();
            BuildResult r = build(config, resident, stats);
            resident.finish();
            assertEquals(0, r.exitCode(), r.diagnostics().toString());
            assertTrue(stats.renderedPages() >= 2 && stats.renderedPages() * 4 < r.pages(),
                    "rendered " + stats.renderedPages() + " of " + r.pages());
            assertTrue(Files.readString(dir.resolve("src/site").resolve(SHORT_STAY)).contains(edit));
        }
        BuildResult clean = SiteBuild.build(config, dir.resolve("clean"));
        RenderCacheTest.assertSameTree(clean.output(), dir.resolve("src/site"));
    }

    @Test
    void itSavesAndTidiesOnlyWhenToldTheClientHasItsAnswer() throws IOException {
        Path config = RenderCacheTest.copyBundledSite(dir.resolve("src"));
        BuildCache resident = resident();
        assertEquals(0, build(config, resident, new BuildStats()).exitCode());
        Path saved = dir.resolve("src/.intentions-cache").resolve(BuildCache.PAGES);
        assertFalse(Files.exists(saved), "not saved before finish()");
        resident.finish();
        Path section = dir.resolve("src").resolve(RenderCacheTest.URGENT);
        Files.writeString(section, Files.readString(section).replace("Reduction in emergency bed days",
                "Reduction in emergency bed days (edited)"));
        assertEquals(0, build(config, resident, new BuildStats()).exitCode());
        resident.finish();
        byte[] first = Files.readAllBytes(saved);
        assertEquals(List.of("1", "2", "lock"), releases(), "the published release and the one before it");

        Files.writeString(section, Files.readString(section).replace("(edited)", "(edited again)"));
        assertEquals(0, build(config, resident, new BuildStats()).exitCode());
        assertArrayEquals(first, Files.readAllBytes(saved), "the last save stands until finish()");
        assertEquals(List.of("1.deleting", "2", "3", "lock"), releases(), "release 1 retired, not yet deleted");
        assertTrue(Files.readString(dir.resolve("src/site").resolve(SHORT_STAY)).contains("(edited again)"),
                "published before finish()");

        resident.finish();
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(saved)), "saved by finish()");
        assertEquals(List.of("2", "3", "lock"), releases(), "the retired release deleted by finish()");
    }

    @Test
    void aBuildByAnotherProcessInBetweenIsTakenIntoAccount() throws IOException {
        Path config = RenderCacheTest.copyBundledSite(dir.resolve("src"));
        BuildCache resident = builtOnce(config);
        Path section = dir.resolve("src").resolve(RenderCacheTest.URGENT);
        Files.writeString(section, Files.readString(section).replace("Reduction in emergency bed days",
                "Reduction in emergency bed days (by another process)"));
        // a one-shot `build --no-daemon`: its own cache object, reading and saving the same folder
        BuildCache oneShot = new BuildCache(dir.resolve("src/.intentions-cache"), Optional.of("v1"));
        assertEquals(0, build(config, oneShot, new BuildStats()).exitCode());

        Files.writeString(section, Files.readString(section).replace("(by another process)", "(by the daemon)"));
        BuildStats stats = new BuildStats();
        assertEquals(0, build(config, resident, stats).exitCode());
        resident.finish();
        assertTrue(stats.reusedPages() > stats.renderedPages(), "the other process's save was used");
        BuildResult clean = SiteBuild.build(config, dir.resolve("clean"));
        RenderCacheTest.assertSameTree(clean.output(), dir.resolve("src/site"));
    }

    /** A resident cache that has built the site once and finished. */
    private BuildCache builtOnce(Path config) {
        BuildCache resident = resident();
        assertEquals(0, build(config, resident, new BuildStats()).exitCode());
        resident.finish();
        return resident;
    }

    private BuildCache resident() {
        return new BuildCache(dir.resolve("src/.intentions-cache"), Optional.of("v1"), Optional.of(new ParseCache()));
    }

    private BuildResult build(Path config, BuildCache cache, BuildStats stats) {
        return SiteBuild.build(config, BuildOptions.defaults().withOut(dir.resolve("src/site")).withStats(stats)
                .withBuildCache(cache));
    }

    private List<String> releases() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("src/.site.releases"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
