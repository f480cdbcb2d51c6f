package uk.nhs.intentions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.daemon.Request;
import uk.nhs.intentions.testing.TestSites;

/**
 * A build run by the daemon behaves as if typed where the client was: relative paths (the default
 * configuration, {@code --out}) are the client's folder's, the client's SOURCE_DATE_EPOCH is the one used, and
 * the daemon runs nothing but builds.
 */
class DaemonCommandTest {
    private static final String SITE = """
            -- site-config.yml --
            title: Test commissioning intentions
            base_url: https://example.nhs.uk/test/
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void relativePathsAndTheEnvironmentAreTheClients() throws IOException {
        Path site = TestSites.write(dir.resolve("my site"), SITE).getParent();
        Residency residency = new Residency();
        // 1204243200 is 2008-02-29T00:00:00Z
        int code = DaemonCommand.build(residency, new Request(site, List.of("build", "--out", "public"),
                Map.of("SOURCE_DATE_EPOCH", "1204243200")), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(Files.readString(site.resolve("public/sitemap.xml")).contains("<lastmod>2008-02-29</lastmod>"));
        assertFalse(Files.exists(Path.of("public")), "nothing in the daemon's own folder");
        assertTrue(out.toString().startsWith("Built "), out.toString());
        assertTrue(out.toString().contains(site.resolve("public").toString()), out.toString());
    }

    @Test
    void theNextBuildOfTheSiteReusesWhatTheLastOneLeft() throws IOException {
        Path site = TestSites.write(dir.resolve("site"), SITE).getParent();
        Residency residency = new Residency();
        Request build = new Request(site, List.of("build", "--force", "--stats"), Map.of());
        assertEquals(0, DaemonCommand.build(residency, build, new PrintWriter(out), new PrintWriter(err)));
        residency.finish();
        StringWriter again = new StringWriter();
        assertEquals(0, DaemonCommand.build(residency, build, new PrintWriter(again), new PrintWriter(err)));
        assertTrue(again.toString().contains("stats: pages rendered=0 reused="), again.toString());
    }

    @Test
    void onlyBuildsAreRun() {
        int code = DaemonCommand.build(new Residency(), new Request(dir, List.of("serve"), Map.of()),
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code);
        assertEquals("intentions daemon: only build is run by the daemon\n", err.toString());
    }
}
