package uk.nhs.intentions.pipeline;

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

import uk.nhs.intentions.testing.TestSites;

/**
 * The persistent build cache (issue 18): a CLI build in a new process reuses the pages of the last one, gives
 * the bytes of a clean build, ignores a cache it cannot trust, and keeps the cache out of the published site.
 */
class BuildCacheTest {
    static final String DIABETES = "plans/test-2008-09/intentions/1-2-diabetes.html";

    @TempDir
    Path dir;

    @Test
    void aBuildAfterAnEditReusesTheSavedPagesAndMatchesACleanBuild() throws IOException {
        Path config = RenderCacheTest.copyBundledSite(dir.resolve("src"));
        BuildStats first = new BuildStats();
        BuildResult a = build(config, "v1", first, false);
        assertEquals(0, a.exitCode(), a.diagnostics().toString());
        assertEquals(a.pages(), first.renderedPages());
        assertEquals(0, first.reusedPages());

        Path section = dir.resolve("src").resolve(RenderCacheTest.URGENT);
        Files.writeString(section, Files.readString(section)
                .replace("Reduction in emergency bed days", "Reduction in emergency bed days (edited)"));
        // a new BuildCache object, as a new `intentions build` process would make: only the folder carries over
        BuildStats second = new BuildStats();
        BuildResult b = build(config, "v1", second, false);
        assertEquals(0, b.exitCode(), b.diagnostics().toString());
        assertEquals(b.pages(), second.renderedPages() + second.reusedPages());
        assertTrue(second.renderedPages() >= 2 && second.renderedPages() * 4 < b.pages(),
                "rendered " + second.renderedPages() + " of " + b.pages());

        BuildResult clean = SiteBuild.build(config, dir.resolve("clean"));
        RenderCacheTest.assertSameTree(clean.output(), dir.resolve("src/site"));
        assertTrue(Files.readString(dir.resolve("src/site/plans/west-herts-2008-09/intentions/"
                + "3-1-short-stay-emergencies.html")).contains("(edited)"));
    }

    @Test
    void aRebuildLinksTheLastSitesUnchangedFilesInsteadOfCopyingThem() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        assertEquals(0, build(config, "v1", new BuildStats(), false).exitCode());
        Path site = dir.resolve("src/site");
        Path first = site.toRealPath();
        Path priorities = dir.resolve("src/content/priorities.yml");
        Files.writeString(priorities, Files.readString(priorities) + "\n");
        BuildStats stats = new BuildStats();
        assertEquals(0, build(config, "v1", stats, true).exitCode());
        Path second = site.toRealPath();
        assertFalse(first.equals(second), "a new release");
        // the page is the very file of the last release (a hard link): nothing was read, scanned or written
        assertTrue(Files.isSameFile(first.resolve(DIABETES), second.resolve(DIABETES)));
        assertEquals(0, stats.renderedPages());
    }

    @Test
    void aFileAlteredInPlaceInThePublishedSiteIsMadeAgainNotKept() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        assertEquals(0, build(config, "v1", new BuildStats(), false).exitCode());
        Path page = dir.resolve("src/site").resolve(DIABETES);
        byte[] good = Files.readAllBytes(page);
        // a deploy step rewriting the page where it is: same size, same file, a newer time
        byte[] altered = new String(good, java.nio.charset.StandardCharsets.UTF_8).replace("<title>", "<titlE>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(good.length, altered.length);
        Files.write(page, altered);
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(page).toMillis() + 5_000));
        BuildStats stats = new BuildStats();
        assertEquals(0, build(config, "v1", stats, true).exitCode());
        assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(dir.resolve("src/site").resolve(DIABETES))),
                "the page a build renders is published, not the altered one");
    }

    @Test
    void theCacheLivesBesideTheConfigurationAndNothingOfItIsPublished() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        BuildCache cache = BuildCache.beside(config);
        BuildResult r = SiteBuild.build(config, BuildOptions.defaults().withOut(dir.resolve("src/site"))
                .withBuildCache(cache));
        assertEquals(0, r.exitCode(), r.diagnostics().toString());
        Path folder = dir.resolve("src/.intentions-cache");
        assertEquals(folder, cache.folder());
        assertTrue(Files.isRegularFile(folder.resolve("pages.bin")));
        assertTrue(Files.readString(folder.resolve("README.txt")).contains("Safe to delete"));
        assertTrue(Files.readString(folder.resolve("CACHEDIR.TAG")).startsWith(
                "Signature: 8a477f597d28d172789f06886806bc55"));
        try (Stream<Path> s = Files.walk(dir.resolve("src/site/"))) {
            List<String> leaked = s.map(Path::toString)
                    .filter(p -> p.contains("intentions-cache") || p.endsWith("pages.bin") || p.endsWith("CACHEDIR.TAG"))
                    .toList();
            assertEquals(List.of(), leaked);
        }
    }

    @Test
    void aCorruptCacheIsIgnoredAndRebuilt() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        assertEquals(0, build(config, "v1", new BuildStats(), false).exitCode());
        Path pages = dir.resolve("src/.intentions-cache/pages.bin");
        byte[] bytes = Files.readAllBytes(pages);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(pages, bytes);

        BuildStats stats = new BuildStats();
        BuildResult r = build(config, "v1", stats, true);
        assertEquals(0, r.exitCode(), r.diagnostics().toString());
        assertEquals(r.pages(), stats.renderedPages());
        assertEquals(0, stats.reusedPages());
        // and the rebuilt cache is good again
        BuildStats again = new BuildStats();
        build(config, "v1", again, true);
        assertEquals(0, again.renderedPages());
    }

    @Test
    void aCacheCutShortOrOfAnotherKindIsIgnored() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        assertEquals(0, build(config, "v1", new BuildStats(), false).exitCode());
        Path pages = dir.resolve("src/.intentions-cache/pages.bin");
        byte[] bytes = Files.readAllBytes(pages);
        for (byte[] broken : List.of(java.util.Arrays.copyOf(bytes, bytes.length - 7), new byte[0],
                "not a cache at all\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            Files.write(pages, broken);
            BuildStats stats = new BuildStats();
            BuildResult r = build(config, "v1", stats, true);
            assertEquals(0, r.exitCode(), r.diagnostics().toString());
            assertEquals(0, stats.reusedPages());
        }
        Files.delete(pages);
        Files.createDirectory(pages); // a folder where the file should be: still just a slower build
        BuildStats stats = new BuildStats();
        assertEquals(0, build(config, "v1", stats, true).exitCode());
        assertEquals(0, stats.reusedPages());
    }

    @Test
    void aCacheWrittenByAnotherGeneratorBuildIsNotUsed() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        assertEquals(0, build(config, "v1", new BuildStats(), false).exitCode());
        BuildStats other = new BuildStats();
        BuildResult r = build(config, "v2", other, true);
        assertEquals(0, r.exitCode());
        assertEquals(r.pages(), other.renderedPages());
        assertEquals(0, other.reusedPages());
        // v2 saved its own cache over v1's
        BuildStats same = new BuildStats();
        build(config, "v2", same, true);
        assertEquals(0, same.renderedPages());
    }

    @Test
    void aDeletedCacheOnlyMeansEveryPageIsRendered() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        assertEquals(0, build(config, "v1", new BuildStats(), false).exitCode());
        byte[] before = Files.readAllBytes(dir.resolve("src/site").resolve(DIABETES));
        deleteTree(dir.resolve("src/.intentions-cache"));
        BuildStats stats = new BuildStats();
        BuildResult r = build(config, "v1", stats, true);
        assertEquals(0, r.exitCode());
        assertEquals(r.pages(), stats.renderedPages());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("src/site").resolve(DIABETES))));
    }

    @Test
    void aFailedBuildLeavesTheSavedCacheAlone() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        assertEquals(0, build(config, "v1", new BuildStats(), false).exitCode());
        Path pages = dir.resolve("src/.intentions-cache/pages.bin");
        byte[] saved = Files.readAllBytes(pages);
        Path priorities = dir.resolve("src/content/priorities.yml");
        String good = Files.readString(priorities);
        Files.writeString(priorities, "priorities: [\n");
        assertEquals(1, build(config, "v1", new BuildStats(), false).exitCode());
        assertTrue(java.util.Arrays.equals(saved, Files.readAllBytes(pages)));
        assertFalse(Files.list(pages.getParent()).anyMatch(p -> p.getFileName().toString().contains(".tmp-")));
        Files.writeString(priorities, good);
        BuildStats stats = new BuildStats();
        assertEquals(0, build(config, "v1", stats, true).exitCode());
        assertEquals(0, stats.renderedPages());
    }

    private BuildResult build(Path config, String version, BuildStats stats, boolean force) {
        BuildCache cache = new BuildCache(dir.resolve("src/.intentions-cache"), Optional.of(version));
        return SiteBuild.build(config, BuildOptions.defaults().withOut(dir.resolve("src/site")).withStats(stats)
                .withForce(force).withBuildCache(cache));
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
