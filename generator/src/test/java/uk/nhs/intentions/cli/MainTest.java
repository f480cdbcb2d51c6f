package uk.nhs.intentions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.testing.TestSites;

class MainTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void buildSucceedsWithSummary() {
        Path config = TestSites.minimal(dir);
        assertEquals(0, run("build", "--config", config.toString()));
        assertTrue(cli.out().matches("(?s)Built \\d+ pages \\(\\d+ files\\) in \\d+ ms → .*"), cli.out());
    }

    @Test
    void contentErrorsExitOneWithEveryProblemAndASummary() throws IOException {
        Path config = TestSites.minimal(dir);
        Path section = dir.resolve("content/plans/test-2008-09/sections/1-acute.yml");
        Files.writeString(section, Files.readString(section).replace("[city-hospital, county-hospice]",
                "[nowhere, nothing]"));
        assertEquals(1, run("check", "--config", config.toString()));
        assertEquals("""
                content/plans/test-2008-09/sections/1-acute.yml:21:17: error: unknown provider `nowhere` (add it to \
                providers.yml or correct the id)
                content/plans/test-2008-09/sections/1-acute.yml:21:26: error: unknown provider `nothing` (add it to \
                providers.yml or correct the id)
                2 errors, 0 warnings
                """, cli.err());
        assertEquals(1, run("build", "--config", config.toString()));
        assertTrue(Files.notExists(dir.resolve("site")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("check", "--config", dir.resolve("missing.yml").toString()));
        assertTrue(cli.err().contains("configuration file not found"), cli.err());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(cli.out().startsWith("intentions "), cli.out());
        assertEquals(0, run("build", "--help"));
        assertTrue(cli.out().contains("--out"));
    }

    @Test
    void initMakesASiteThatBuildsWithoutAnyDiagnostic() throws IOException {
        Path site = dir.resolve("new-site");
        assertEquals(0, run("init", site.toString()));
        assertEquals(0, run("check", "--config", site.resolve("site-config.yml").toString()));
        assertEquals("", cli.err());
        assertEquals(0, run("build", "--config", site.resolve("site-config.yml").toString()));
        assertTrue(Files.exists(site.resolve("site/index.html")));
        assertTrue(Files.readString(site.resolve("site/commissioners/example-icb.html"))
                .contains("<h1>Example Integrated Care Board</h1>"), "the starter names its commissioner by id");
        // the built site is not committed: the output is a link into .site.releases/, whose lock and build
        // record are there too, and a pattern "site/" would match neither the link nor those files
        assertTrue(Files.isSymbolicLink(site.resolve("site")) && Files.isDirectory(site.resolve(".site.releases")));
        assertTrue(Files.readAllLines(site.resolve(".gitignore")).containsAll(List.of("/site", "/.site.releases/",
                ".intentions-*/")), Files.readString(site.resolve(".gitignore")));
        assertEquals(2, run("init", site.toString()), "refuses a non-empty folder");
    }
}
