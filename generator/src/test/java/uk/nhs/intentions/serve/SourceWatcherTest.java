package uk.nhs.intentions.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No sleeps: each rebuild reports the configuration as it read it, so "exactly one rebuild for a burst" is
 * checked by changing the configuration afterwards and seeing that the very next rebuild is that change's.
 */
class SourceWatcherTest {
    @TempDir
    Path dir;

    /** One entry per rebuild: the configuration file's text when the rebuild ran. */
    private final BlockingQueue<String> rebuilds = new LinkedBlockingQueue<>();
    private SourceWatcher watcher;
    private SourceWatcher.Sources sources;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(dir.resolve("content/plans/a"));
        Files.writeString(dir.resolve("site-config.yml"), "title: x\n");
        sources = new SourceWatcher.Sources(dir, dir.resolve("site-config.yml"),
                List.of(dir.resolve("content"), dir.resolve("themes")), List.of(dir.resolve(".intentions-serve")));
        watcher = new SourceWatcher(() -> sources, Duration.ofMillis(200), () -> rebuilds.add(config()));
        watcher.start();
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
    }

    private String config() {
        try {
            return Files.readString(dir.resolve("site-config.yml"));
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }

    @Test
    void aBurstOfSavesMakesOneRebuild() throws Exception {
        Path f = dir.resolve("content/plans/a/plan.yml");
        // What an editor does: a probe file, a temp file renamed over the original, then a second save.
        Files.writeString(dir.resolve("content/plans/a/4913"), "");
        Files.delete(dir.resolve("content/plans/a/4913"));
        Files.writeString(dir.resolve("content/plans/a/plan.yml.tmp"), "id: a\n");
        Files.move(dir.resolve("content/plans/a/plan.yml.tmp"), f);
        Files.writeString(f, "id: a\ntitle: A\n");
        assertEquals("title: x\n", nextRebuild());
        Files.writeString(dir.resolve("site-config.yml"), "title: after the burst\n");
        assertEquals("title: after the burst\n", nextRebuild(), "no second rebuild for the same burst");
    }

    @Test
    void editorScratchFilesHiddenFilesAndOtherFoldersAreIgnored() throws Exception {
        List<Path> ignored = List.of(dir.resolve("content/.plan.yml.swp"), dir.resolve("content/plan.yml~"),
                dir.resolve("content/.#plan.yml"), dir.resolve("content/#plan.yml#"),
                dir.resolve(".intentions-serve/site/index.html"), dir.resolve("notes.txt"));
        Files.createDirectories(dir.resolve(".intentions-serve/site"));
        for (Path p : ignored) {
            assertFalse(SourceWatcher.concerns(sources, p.toAbsolutePath().normalize()), p.toString());
            Files.writeString(p, "x");
        }
        Files.writeString(dir.resolve("site-config.yml"), "title: y\n");
        assertEquals("title: y\n", nextRebuild(), "the first rebuild is the configuration's, none before it");
    }

    @Test
    void createdRenamedAndDeletedFoldersAreFollowed() throws Exception {
        Files.createDirectories(dir.resolve("themes/mine/templates"));
        nextRebuild();
        Files.writeString(dir.resolve("themes/mine/templates/page.ftlh"), "x");
        nextRebuild();
        Files.move(dir.resolve("content/plans/a"), dir.resolve("content/plans/b"));
        nextRebuild();
        Files.writeString(dir.resolve("content/plans/b/plan.yml"), "id: b\n");
        nextRebuild();
        Files.delete(dir.resolve("content/plans/b/plan.yml"));
        Files.delete(dir.resolve("content/plans/b"));
        nextRebuild();
    }

    @Test
    void aFolderTreeMadeAtOnceIsFollowedToItsDeepestFolder() throws Exception {
        // mkdir -p races the watcher: a folder may be made inside a new one before the new one is watched
        for (int i = 0; i < 12; i++) {
            Path deepest = Files.createDirectories(dir.resolve("themes/t" + i + "/templates/partials/more"));
            nextRebuild();
            Files.writeString(deepest.resolve("page.ftlh"), "x");
            assertNotNull(nextRebuild(), "a save in " + dir.relativize(deepest));
        }
    }

    @Test
    void scratchNames() {
        assertTrue(SourceWatcher.isScratch(".intention.yml.swp"));
        assertTrue(SourceWatcher.isScratch("intention.yml~"));
        assertTrue(SourceWatcher.isScratch(".#intention.yml"));
        assertTrue(SourceWatcher.isScratch("4913"));
        assertFalse(SourceWatcher.isScratch("3-urgent-care.yml"));
        assertFalse(SourceWatcher.isScratch("about.md"));
    }

    /** Waits for the next rebuild (failing after 10 s) and returns the configuration it saw. */
    private String nextRebuild() throws InterruptedException {
        String seen = rebuilds.poll(10, TimeUnit.SECONDS);
        assertNotNull(seen, "no rebuild within 10 s");
        return seen;
    }
}
