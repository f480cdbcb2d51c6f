package uk.nhs.intentions.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        String why = Publisher.refusal(mine, dir.resolve("project"), dir.resolve("project/content"));
        assertNotNull(why);
        assertTrue(why.contains("did not write"), why);
        assertNotNull(Publisher.refusal(dir, dir, dir.resolve("content")), "output containing the site itself");
    }
}
