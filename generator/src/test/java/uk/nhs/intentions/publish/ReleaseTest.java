package uk.nhs.intentions.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Publishing as a web server sees it: no gap between versions, user symlinks respected, leftovers tidied. */
@EnabledOnOs(OS.LINUX)
class ReleaseTest {
    @TempDir
    Path dir;

    @Test
    void aReaderDuringTwentyRebuildsNeverMissesAPageThatIsInBothVersions() throws Exception {
        Path out = dir.resolve("site");
        SiteVersions.publish(out, 1);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Set<String> versions = ConcurrentHashMap.newKeySet();
        AtomicReference<CountDownLatch> readSinceBuild = new AtomicReference<>(new CountDownLatch(1));
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                for (String page : List.of("index.html", "a/page.html", "a/b/deep.html")) {
                    try {
                        String text = Files.readString(out.resolve(page));
                        versions.add(text.substring(text.lastIndexOf(' ') + 1));
                        reads.incrementAndGet();
                    } catch (IOException e) {
                        failures.add(page + ": " + e);
                    }
                }
                readSinceBuild.get().countDown();
            }
        });
        reader.start();
        try {
            for (int v = 2; v <= 21; v++) {
                readSinceBuild.get().await(); // the reader is running between every two builds
                readSinceBuild.set(new CountDownLatch(1));
                SiteVersions.publish(out, v);
            }
            readSinceBuild.get().await();
        } finally {
            stop.set(true);
            reader.join();
        }
        assertEquals(List.of(), failures, "reads that found no page");
        assertTrue(versions.size() >= 2, () -> "saw versions " + versions);
        assertTrue(reads.get() >= 60);
        assertEquals(SiteVersions.files(21), SiteVersions.read(out));
        assertEquals(List.of(".site.releases", "site"), PublisherTest.names(dir));
        assertEquals(List.of("20", "21"), PublisherTest.names(dir.resolve(".site.releases")), "the release before is kept");
    }

    @Test
    void aSymlinkedOutputIsFollowedAndStaysTheUsersLink() throws IOException {
        Path www = Files.createDirectories(dir.resolve("var/www"));
        Path out = Files.createSymbolicLink(dir.resolve("site"), www.resolve("html"));
        assertEquals(java.util.Optional.empty(), Publisher.refusal(out, dir.resolve("project"),
                dir.resolve("project/content")));
        SiteVersions.publish(out, 1);
        SiteVersions.publish(out, 2);
        assertEquals(www.resolve("html"), Files.readSymbolicLink(out), "the user's link is left as it was");
        assertEquals(Path.of(".html.releases/2/site"), Files.readSymbolicLink(www.resolve("html")));
        assertEquals(SiteVersions.files(2), SiteVersions.read(out));
        assertEquals(List.of("site", "var"), PublisherTest.names(dir), "nothing published beside the user's link");
        assertEquals(List.of(".html.releases", "html"), PublisherTest.names(www));
    }

    @Test
    void aSymlinkToAnEmptyFolderPublishesThereAndToAFolderOfOtherFilesIsRefused() throws IOException {
        Path html = Files.createDirectories(dir.resolve("www/html"));
        Path out = Files.createSymbolicLink(dir.resolve("site"), Path.of("www/html"));
        SiteVersions.publish(out, 1);
        assertEquals(SiteVersions.files(1), SiteVersions.read(html));

        Path theirs = Files.createDirectories(dir.resolve("www/theirs"));
        Files.writeString(theirs.resolve("index.nginx-debian.html"), "Welcome to nginx!");
        Path other = Files.createSymbolicLink(dir.resolve("other"), theirs);
        String why = Publisher.refusal(other, dir.resolve("project"), dir.resolve("project/content")).orElseThrow();
        assertEquals("the output folder " + theirs + " (where the symbolic link " + other + " leads) already holds"
                + " files that intentions did not write; choose an empty or new folder", why);
    }

    @Test
    void leftoversOfInterruptedBuildsAreRemovedByTheNextBuild() throws IOException {
        Path out = dir.resolve("site");
        SiteVersions.publish(out, 1);
        Path releases = dir.resolve(".site.releases");
        Files.createDirectories(releases.resolve("7.partial/site/a"));
        Files.writeString(releases.resolve("7.partial/site/a/x.html"), "half");
        Files.createDirectories(releases.resolve("3.deleting/site"));
        Files.createDirectories(releases.resolve("5"));
        Files.createSymbolicLink(dir.resolve(".site.link-4"), Path.of(".site.releases/1/site"));
        SiteVersions.publish(out, 2);
        assertEquals(List.of(".site.releases", "site"), PublisherTest.names(dir));
        assertEquals(List.of("1", "2"), PublisherTest.names(releases));
        assertEquals(SiteVersions.files(2), SiteVersions.read(out));
    }

    @Test
    void anOlderVersionsFolderIsMigratedOnceAndItsFilesLeaveWithTheNextBuild() throws IOException {
        Path out = Files.createDirectories(dir.resolve("site"));
        Files.writeString(out.resolve(Publisher.MARKER), "written by intentions");
        Files.writeString(out.resolve("old.html"), "old");
        SiteVersions.publish(out, 1);
        assertTrue(Files.isSymbolicLink(out));
        assertEquals(SiteVersions.files(1), SiteVersions.read(out));
        assertEquals(List.of("1", "2"), PublisherTest.names(dir.resolve(".site.releases")));
        SiteVersions.publish(out, 2);
        assertEquals(List.of("2", "3"), PublisherTest.names(dir.resolve(".site.releases")));
        assertFalse(Files.exists(dir.resolve(".site.releases/1")));
    }

    @Test
    void aFolderThatIsNotOursIsStillRefused() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(mine.resolve("thesis.docx"), "precious");
        assertTrue(Publisher.refusal(mine, dir.resolve("project"), dir.resolve("project/content")).isPresent());
        Files.writeString(dir.resolve(".out.releases"), "a file in the way");
        assertEquals("intentions keeps its releases in " + dir.resolve(".out.releases") + ", which is not a folder;"
                + " move it away", Publisher.refusal(dir.resolve("out"), dir.resolve("p"), dir.resolve("p/c"))
                .orElseThrow());
    }

}
