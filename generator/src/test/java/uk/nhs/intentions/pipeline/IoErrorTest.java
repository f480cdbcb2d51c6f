package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.testing.TestSites;

/** A file system that refuses the write is not a content error: exit code 4, with the path and the reason. */
@EnabledOnOs(OS.LINUX)
class IoErrorTest {
    @TempDir
    Path dir;

    @Test
    void aWriteTheFileSystemRefusesHasItsOwnExitCodeAndTheSystemsReason() {
        // /proc refuses new folders even to root (permissions cannot be used to test this here: tests run as root)
        BuildResult r = SiteBuild.build(TestSites.minimal(dir), Path.of("/proc/self/intentions-test/site"));
        assertEquals(BuildResult.Status.IO_ERROR, r.status());
        assertEquals(4, r.exitCode());
        String said = String.join("\n", r.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(said.startsWith("/proc/self/intentions-test/site: error: cannot write the site: /proc/self/"), said);
        assertTrue(said.endsWith("; the previous site is unchanged"), said);
    }
}
