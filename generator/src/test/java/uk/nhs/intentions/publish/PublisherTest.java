package uk.nhs.intentions.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed build leaves nothing behind. When one page fails in a parallel render, other threads may still be
 * about to write: the publisher closes the writer first, so late writes are refused instead of re-creating
 * folders inside the staging directory it is deleting.
 */
class PublisherTest {
    @TempDir
    Path dir;

    @Test
    void failedWorkLeavesThePreviousSiteUntouchedAndNoStagingBehind() throws IOException {
        Path out = dir.resolve("site");
        Publisher.publish(out, w -> w.write("index.html", "old"));
        assertThrows(IllegalStateException.class, () -> Publisher.publish(out, w -> {
            w.write("index.html", "half");
            throw new IllegalStateException("template failed");
        }));
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals(List.of(".site.releases", "site"), names(dir), "no staging folder or link left behind");
        assertEquals(List.of("1"), names(dir.resolve(".site.releases")));
    }

    @Test
    void aSecondBuildPublishingToTheSameOutputMeanwhileIsRefusedAndTheFirstPublishes() throws IOException {
        Path out = dir.resolve("site");
        Publisher.publish(out, w -> w.write("index.html", "old"));
        AtomicReference<Publisher.Result> second = new AtomicReference<>();
        Publisher.Result first = Publisher.publish(out, w -> {
            try {
                second.set(Publisher.publish(out, w2 -> w2.write("index.html", "second")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            w.write("index.html", "first");
        });
        assertEquals(new Publisher.Result.Busy(out.toAbsolutePath()), second.get());
        assertEquals(new Publisher.Result.Published(1), first);
        assertEquals("first", Files.readString(out.resolve("index.html")));
        // and once the first has finished, the output is free again
        assertEquals(new Publisher.Result.Published(1), Publisher.publish(out, w -> w.write("index.html", "third")));
        assertEquals(List.of("2", "3"), names(dir.resolve(".site.releases")));
    }

    @Test
    void filesOfRemovedContentVanish() throws IOException {
        Path out = dir.resolve("site");
        Publisher.publish(out, w -> {
            w.write("index.html", "a");
            w.write("old/page.html", "b");
        });
        Publisher.publish(out, w -> w.write("index.html", "a"));
        assertFalse(Files.exists(out.resolve("old/page.html")));
    }

    @Test
    void writerRefusesPathsOutsideTheSite() {
        SiteWriter w = new SiteWriter(dir);
        for (String bad : new String[] {"../x.html", "a/../../x.html", "/etc/passwd", "a\\b.html", "", "a//b",
                "./x", "a/..", "x/.", "a/", "a\0b.html", "..", "."}) {
            assertThrows(SiteWriter.UnsafePathException.class, () -> w.write(bad, "x"), bad);
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(mine.resolve("thesis.docx"), "precious");
        String why = Publisher.refusal(mine, dir.resolve("project"), dir.resolve("project/content")).orElseThrow();
        assertTrue(why.contains("did not write"), why);
        assertTrue(Publisher.refusal(dir, dir, dir.resolve("content")).isPresent(), "output containing the site itself");
    }


    @Test
    void failedBuildLeavesNoStagingFolderAndRefusesLateWrites(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        AtomicReference<SiteWriter> late = new AtomicReference<>();
        assertThrows(IllegalStateException.class, () -> Publisher.publish(out, writer -> {
            writer.write("a/index.html", "<p>a</p>");
            late.set(writer);
            throw new IllegalStateException("template error");
        }));
        // a thread that was still rendering writes after the failure
        assertThrows(IllegalStateException.class, () -> late.get().write("b/index.html", "<p>b</p>"));
        assertEquals(List.of(".site.releases"), names(tmp));
        assertEquals(List.of(), names(tmp.resolve(".site.releases")), "no staging folder left behind");
        assertFalse(Files.exists(out));
    }

    @Test
    void successfulBuildIsSwappedIntoPlace(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        Publisher.publish(out, writer -> writer.write("index.html", "<p>hello</p>"));
        assertEquals("<p>hello</p>", Files.readString(out.resolve("index.html")));
        assertTrue(Files.isSymbolicLink(out));
        assertEquals(Path.of(".site.releases/1/site"), Files.readSymbolicLink(out));
        assertEquals(List.of(".site.releases", "site"), names(tmp));
    }

    /** The names in {@code dir}, sorted, but for the lock file every releases folder has ({@link Release#hold}). */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(Release.LOCK)).sorted().toList();
        }
    }
}
