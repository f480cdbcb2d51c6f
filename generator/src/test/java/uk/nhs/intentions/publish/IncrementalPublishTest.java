package uk.nhs.intentions.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        LinkMemo memo = new LinkMemo();
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
}
