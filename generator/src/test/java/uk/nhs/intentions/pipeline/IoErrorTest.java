package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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

    @Test
    void aBuildWhileAnotherPublishesToTheSameOutputIsRefusedAndTheSiteStands() throws java.io.IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        Path out = dir.resolve("out");
        assertEquals(0, SiteBuild.build(config, out).exitCode());
        Path index = out.resolve("index.html");
        String before = java.nio.file.Files.readString(index);
        // the other build: holds the output's lock, as a build in another terminal does while it publishes
        try (java.nio.channels.FileChannel other = java.nio.channels.FileChannel.open(dir.resolve(".out.releases/lock"),
                java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock held = other.lock()) {
            BuildResult r = SiteBuild.build(config, BuildOptions.defaults().withOut(out).withForce(true));
            assertEquals(BuildResult.Status.USAGE_ERROR, r.status());
            assertEquals(2, r.exitCode());
            assertEquals(List.of(out.toAbsolutePath() + ": error: another intentions build is publishing to this"
                    + " folder now; nothing was written. Run this again once it has finished"),
                    r.diagnostics().stream().map(Diagnostic::format).toList());
        }
        assertEquals(before, java.nio.file.Files.readString(index));
        assertEquals(0, SiteBuild.build(config, BuildOptions.defaults().withOut(out).withForce(true)).exitCode());
    }
}
