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
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no staging folder left behind");
        }
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
                "./x"}) {
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
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> left = s.toList();
            assertTrue(left.isEmpty(), () -> "left behind: " + left);
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void successfulBuildIsSwappedIntoPlace(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        Publisher.publish(out, writer -> writer.write("index.html", "<p>hello</p>"));
        assertEquals("<p>hello</p>", Files.readString(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve(Publisher.MARKER)));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList());
        }
    }
}
