package uk.nhs.intentions.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing after a small change: files whose bytes did not change are linked from the previous release,
 * not written again, and what the link check remembers of unchanged pages still sees every broken link.
 */
class IncrementalPublishTest {
    static final String PAGE = "<!DOCTYPE html><title>a</title><a href=\"b.html\">b</a>";

    @TempDir
    Path dir;

    /** What serve keeps between its builds: the link memo, and the lock its server's reads take. */
    private final LinkMemo memo = new LinkMemo();
    private final ReentrantReadWriteLock readers = new ReentrantReadWriteLock();

    @Test
    void anUnchangedFileIsTheSameFileAsInThePreviousReleaseAndAChangedOneIsNew() throws IOException {
        Path out = dir.resolve("site");
        Publisher.publish(out, w -> {
            w.write("a.txt", "same");
            w.write("b.txt", "before");
        });
        Path firstA = Publisher.published(out).orElseThrow().resolve("a.txt");
        Path firstB = Publisher.published(out).orElseThrow().resolve("b.txt");
        Publisher.publish(out, w -> {
            w.write("a.txt", "same");
            w.write("b.txt", "after!");
        });
        Path site = Publisher.published(out).orElseThrow();
        assertTrue(Files.isSameFile(firstA, site.resolve("a.txt")), "unchanged: linked, not rewritten");
        assertFalse(Files.isSameFile(firstB, site.resolve("b.txt")));
        assertEquals("before", Files.readString(firstB), "the previous release is never written into");
        assertEquals("after!", Files.readString(out.resolve("b.txt")));
        // the next build retires the first release: the linked file lives on in the current one
        Publisher.publish(out, w -> w.write("a.txt", "same"));
        assertEquals("same", Files.readString(out.resolve("a.txt")));
        assertFalse(Files.exists(out.resolve("b.txt")), "a file no longer written is gone from the site");
    }

    @Test
    void aRememberedPageStillReportsALinkBrokenByAnotherPagesRemoval() throws IOException {
        Path out = dir.resolve("site");
        Publisher.Result first = Publisher.publish(out, "/", w -> {
            w.write("a.html", PAGE);
            w.write("b.html", "<!DOCTYPE html><title>b</title>");
        }, memo);
        assertInstanceOf(Publisher.Result.Published.class, first);
        Publisher.Result second = Publisher.publish(out, "/", w -> w.write("a.html", PAGE), memo);
        Publisher.Result.BrokenLinks broken = assertInstanceOf(Publisher.Result.BrokenLinks.class, second);
        assertEquals(1, broken.links().size());
        assertEquals("a.html", broken.links().get(0).page());
        assertEquals("b.html", broken.links().get(0).target());
        assertTrue(Files.readString(out.resolve("b.html")).contains("<title>b"), "the previous site stays");
    }

    @Test
    void inPlaceAChangedFileReplacesItsOldVersionAndARemovedOneVanishesWithItsFolder() throws IOException {
        Path out = dir.resolve("site");
        inPlace(w -> {
            w.write("index.html", "<!DOCTYPE html><title>i</title><a href=\"old/gone.html\">g</a>");
            w.write("same.txt", "same");
            w.write("old/gone.html", "<!DOCTYPE html><title>g</title>");
        });
        Path site = Publisher.published(out).orElseThrow();
        Path same = site.resolve("same.txt");
        Object sameFile = Files.readAttributes(same, BasicFileAttributes.class).fileKey();

        Publisher.Result second = inPlace(w -> {
            w.write("index.html", "<!DOCTYPE html><title>i</title><a href=\"new.html\">n</a>");
            w.write("same.txt", "same");
            w.write("new.html", "<!DOCTYPE html><title>n</title>");
        });

        assertEquals(new Publisher.Result.Published(3), second);
        assertEquals(site, Publisher.published(out).orElseThrow(), "the same folder, changed: no new release");
        assertEquals("<!DOCTYPE html><title>i</title><a href=\"new.html\">n</a>",
                Files.readString(out.resolve("index.html")));
        assertEquals("<!DOCTYPE html><title>n</title>", Files.readString(out.resolve("new.html")));
        assertEquals(sameFile, Files.readAttributes(same, BasicFileAttributes.class).fileKey(),
                "an unchanged file is left where it is, not written again");
        assertFalse(Files.exists(site.resolve("old")), "the removed page's emptied folder is gone too");
        assertEquals(List.of("1"), PublisherTest.names(dir.resolve(".site.releases")), "nothing left from staging");
    }

    @Test
    void inPlaceABuildWithABrokenLinkChangesNothing() throws IOException {
        Path out = dir.resolve("site");
        inPlace(w -> {
            w.write("a.html", PAGE);
            w.write("b.html", "<!DOCTYPE html><title>b</title>");
        });

        Publisher.Result second = inPlace(w -> w.write("a.html", PAGE + "<p>changed</p>"));

        assertInstanceOf(Publisher.Result.BrokenLinks.class, second);
        assertEquals(PAGE, Files.readString(out.resolve("a.html")));
        assertTrue(Files.exists(out.resolve("b.html")));
        // and the next good build still knows what the published folder holds
        inPlace(w -> w.write("b.html", "<!DOCTYPE html><title>b2</title>"));
        assertFalse(Files.exists(out.resolve("a.html")));
        assertEquals("<!DOCTYPE html><title>b2</title>", Files.readString(out.resolve("b.html")));
    }

    @Test
    void inPlaceNoFileIsSwappedWhileAReaderHoldsTheSite() throws Exception {
        Path out = dir.resolve("site");
        inPlace(w -> w.write("a.txt", "one"));
        java.util.concurrent.CountDownLatch built = new java.util.concurrent.CountDownLatch(1);
        readers.readLock().lock();
        Thread rebuild = new Thread(() -> {
            try {
                inPlace(w -> {
                    w.write("a.txt", "two");
                    built.countDown();
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        rebuild.start();
        built.await();
        while (!readers.hasQueuedThreads() && rebuild.isAlive()) {
            Thread.onSpinWait(); // the rebuild has written its file and waits to swap it in
        }
        assertEquals("one", Files.readString(out.resolve("a.txt")), "held off while a request reads");
        readers.readLock().unlock();
        rebuild.join();
        assertEquals("two", Files.readString(out.resolve("a.txt")));
    }

    /** Publishes into {@code dir/site} as serve does, changing the last site in place. */
    private Publisher.Result inPlace(java.util.function.Consumer<SiteWriter> work) throws IOException {
        return Publisher.publishInPlace(dir.resolve("site"), "/", work, memo, readers.writeLock());
    }

}
