package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.publish.Publisher;
import uk.nhs.intentions.testing.TestSites;

/** The make-style shortcut: same inputs and an intact output mean nothing to do; anything else means a build. */
class UpToDateTest {
    @TempDir
    Path dir;

    @Test
    void anIntactOutputWithTheSameInputsIsUpToDateAndReportsItsDiagnosticsAgain() throws IOException {
        Path out = SiteBuild.build(TestSites.minimal(dir.resolve("src")), dir.resolve("out")).output();
        List<Diagnostic> said = List.of(Diagnostic.warning(new SourcePos("content/a.yml", 3, 7),
                "drafting gap:\tneeds text\nadded").withHint("a \\ hint"));
        Path site = Publisher.published(out).orElseThrow();
        Files.writeString(record(out), UpToDate.manifest(UpToDate.listing(site), "inputs-1", 5, 9, said));

        UpToDate.Previous previous = UpToDate.check(out, "inputs-1").orElseThrow();
        assertEquals(5, previous.pages());
        assertEquals(9, previous.files());
        assertEquals(said, previous.diagnostics());

        assertTrue(UpToDate.check(out, "inputs-2").isEmpty(), "a changed input means a build");
        Files.writeString(site.resolve("index.html"), "edited by hand");
        assertTrue(UpToDate.check(out, "inputs-1").isEmpty(), "a changed output file means a build");
    }

    @Test
    void aDeletedOutputFileMeansABuild() throws IOException {
        Path out = SiteBuild.build(TestSites.minimal(dir.resolve("src")), dir.resolve("out")).output();
        Path site = Publisher.published(out).orElseThrow();
        Files.writeString(record(out), UpToDate.manifest(UpToDate.listing(site), "x", 1, 1, List.of()));
        assertTrue(UpToDate.check(out, "x").isPresent());
        Files.delete(site.resolve("assets/site.css"));
        assertTrue(UpToDate.check(out, "x").isEmpty());
    }

    @Test
    void theBuildRecordIsNotPublished() throws IOException {
        Path out = SiteBuild.build(TestSites.minimal(dir.resolve("src")), dir.resolve("out")).output();
        Path site = Publisher.published(out).orElseThrow();
        Files.writeString(record(out), UpToDate.manifest(UpToDate.listing(site), "x", 1, 1, List.of()));
        assertTrue(Files.exists(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve(UpToDate.MANIFEST)), "no manifest in the published folder");
        assertFalse(Files.exists(out.resolve("intentions-build")));
        assertEquals(Publisher.buildRecord(out).orElseThrow(), record(out));
    }

    @Test
    void theListingABuildKeepsOfWhatItWroteMatchesTheFolderOnDisk() throws IOException {
        Path out = dir.resolve("out");
        java.util.concurrent.atomic.AtomicReference<java.util.SortedMap<String, Integer>> kept =
                new java.util.concurrent.atomic.AtomicReference<>();
        Publisher.publish(out, w -> {
            for (String path : List.of("a.html", "a-b/c.html", "a/b.html", "a/b/c.txt", "\u00e9t\u00e9.html",
                    "Z.css")) {
                w.write(path, "bytes of " + path);
            }
            kept.set(w.files());
        });
        Path site = Publisher.published(out).orElseThrow();
        assertEquals(List.of("Z.css", "a-b/c.html", "a.html", "a/b.html", "a/b/c.txt", "\u00e9t\u00e9.html"),
                List.copyOf(kept.get().keySet()));
        assertEquals(UpToDate.outputs(site), UpToDate.outputs(kept.get()),
                "the next build's walk of the folder must find what this build recorded");
        Files.writeString(site.resolve("a/b.html"), "longer bytes of a/b.html");
        assertFalse(UpToDate.outputs(site).equals(UpToDate.outputs(kept.get())));
    }

    /** The record's place: beside the published folder, in its release. */
    private static Path record(Path out) {
        return Publisher.published(out).orElseThrow().resolveSibling("intentions-build");
    }

    @Test
    void buildsFromAClassesFolderAreNeverConsideredUpToDate() {
        // tests run from target/classes, not the jar: the generator's own code cannot be fingerprinted
        SiteBuild.Loaded.Ready loaded = (SiteBuild.Loaded.Ready) SiteBuild.load(TestSites.minimal(dir.resolve("src")));
        assertTrue(UpToDate.fingerprint(loaded.config()).isEmpty());
    }
}
