package uk.nhs.intentions.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.TestSites;

/** A named pipe or a folder where a content file should be is an error naming it; reading never hangs. */
@EnabledOnOs(OS.LINUX)
class NonRegularFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNamedPipeAsProvidersYmlIsAnErrorNotAHang() throws Exception {
        Path config = TestSites.minimal(dir);
        Path providers = dir.resolve("content/providers.yml");
        Files.delete(providers);
        assertEquals(0, new ProcessBuilder("mkfifo", providers.toString()).start().waitFor());
        BuildResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> SiteBuild.check(config));
        List<String> d = r.diagnostics().stream().map(Diagnostic::format).filter(s -> s.contains("providers.yml"))
                .toList();
        assertEquals(true, d.contains("content/providers.yml: error: is not a regular file (a named pipe, socket or"
                + " device?); only ordinary files are read"), d::toString);
        assertEquals(1, r.exitCode());
    }

    @Test
    void aFolderAsPlanYmlIsAnError() throws Exception {
        Path config = TestSites.minimal(dir);
        Path plan = dir.resolve("content/plans/test-2008-09/plan.yml");
        Files.delete(plan);
        Files.createDirectory(plan);
        List<String> d = SiteBuild.check(config).diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(true, d.contains("content/plans/test-2008-09/plan.yml: error: is a folder, not a file"),
                d::toString);
    }
}
