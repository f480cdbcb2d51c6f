package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.model.SourcePos;
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
        Files.writeString(out.resolve(UpToDate.MANIFEST), UpToDate.manifest(out, "inputs-1", 5, 9, said));

        UpToDate.Previous previous = UpToDate.check(out, "inputs-1").orElseThrow();
        assertEquals(5, previous.pages());
        assertEquals(9, previous.files());
        assertEquals(said, previous.diagnostics());

        assertTrue(UpToDate.check(out, "inputs-2").isEmpty(), "a changed input means a build");
        Files.writeString(out.resolve("index.html"), "edited by hand");
        assertTrue(UpToDate.check(out, "inputs-1").isEmpty(), "a changed output file means a build");
    }

    @Test
    void aDeletedOutputFileMeansABuild() throws IOException {
        Path out = SiteBuild.build(TestSites.minimal(dir.resolve("src")), dir.resolve("out")).output();
        Files.writeString(out.resolve(UpToDate.MANIFEST), UpToDate.manifest(out, "x", 1, 1, List.of()));
        Files.delete(out.resolve("assets/site.css"));
        assertTrue(UpToDate.check(out, "x").isEmpty());
    }

    @Test
    void buildsFromAClassesFolderAreNeverConsideredUpToDate() {
        // tests run from target/classes, not the jar: the generator's own code cannot be fingerprinted
        SiteBuild.Loaded.Ready loaded = (SiteBuild.Loaded.Ready) SiteBuild.load(TestSites.minimal(dir.resolve("src")));
        assertTrue(UpToDate.fingerprint(loaded.config()).isEmpty());
    }
}
