package uk.nhs.intentions.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
    @TempDir
    Path dir;

    private final AtomicInteger rebuilds = new AtomicInteger();
    private SourceWatcher watcher;
    private SourceWatcher.Sources sources;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(dir.resolve("content/plans/a"));
        Files.writeString(dir.resolve("site-config.yml"), "title: x\n");
        sources = new SourceWatcher.Sources(dir, dir.resolve("site-config.yml"),
                List.of(dir.resolve("content"), dir.resolve("themes")), List.of(dir.resolve(".intentions-serve")));
        watcher = new SourceWatcher(() -> sources, Duration.ofMillis(200), rebuilds::incrementAndGet);
        watcher.start();
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
    }

    @Test
    void aBurstOfSavesMakesOneRebuild() throws Exception {
        Path f = dir.resolve("content/plans/a/plan.yml");
        // What an editor does: a probe file, a temp file renamed over the original, then a second save.
        Files.writeString(dir.resolve("content/plans/a/4913"), "");
        Files.delete(dir.resolve("content/plans/a/4913"));
        Files.writeString(dir.resolve("content/plans/a/plan.yml.tmp"), "id: a\n");
        Files.move(dir.resolve("content/plans/a/plan.yml.tmp"), f);
        Thread.sleep(50);
        Files.writeString(f, "id: a\ntitle: A\n");
        awaitCount(1);
        Thread.sleep(600);
        assertEquals(1, rebuilds.get());
    }

    @Test
    void editorScratchFilesHiddenFilesAndOtherFoldersAreIgnored() throws Exception {
        Files.writeString(dir.resolve("content/.plan.yml.swp"), "x");
        Files.writeString(dir.resolve("content/plan.yml~"), "x");
        Files.writeString(dir.resolve("content/.#plan.yml"), "x");
        Files.writeString(dir.resolve("content/#plan.yml#"), "x");
        Files.createDirectories(dir.resolve(".intentions-serve/site"));
        Files.writeString(dir.resolve(".intentions-serve/site/index.html"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Thread.sleep(800);
        assertEquals(0, rebuilds.get());
        Files.writeString(dir.resolve("site-config.yml"), "title: y\n");
        awaitCount(1);
    }

    @Test
    void createdRenamedAndDeletedFoldersAreFollowed() throws Exception {
        Files.createDirectories(dir.resolve("themes/mine/templates"));
        awaitCount(1);
        Files.writeString(dir.resolve("themes/mine/templates/page.ftlh"), "x");
        awaitCount(2);
        Files.move(dir.resolve("content/plans/a"), dir.resolve("content/plans/b"));
        awaitCount(3);
        Files.writeString(dir.resolve("content/plans/b/plan.yml"), "id: b\n");
        awaitCount(4);
        Files.delete(dir.resolve("content/plans/b/plan.yml"));
        Files.delete(dir.resolve("content/plans/b"));
        awaitCount(5);
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

    private void awaitCount(int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (rebuilds.get() < n && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertEquals(n, rebuilds.get());
    }
}
