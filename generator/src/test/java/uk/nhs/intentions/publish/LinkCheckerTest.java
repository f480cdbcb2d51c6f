package uk.nhs.intentions.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.cli.Main;
import uk.nhs.intentions.testing.TestSites;

class LinkCheckerTest {
    @TempDir
    Path dir;

    private void page(String path, String body) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "<!doctype html><html><body>" + body + "</body></html>");
    }

    @Test
    void reportsMissingFilesAnchorsAndAssetsButNotExternalLinks() throws IOException {
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/site.css"), "");
        page("index.html", """
                <link rel="stylesheet" href="assets/site.css"><link rel="canonical" href="https://x/gone.html">
                <a href="#top" id="top">top</a> <a href="a/b.html#sec&amp;1">ok</a> <a href='a/b.html#nope'>bad anchor</a>
                <a href="https://example.org/x">ext</a> <a href="mailto:a@b.c">mail</a>
                <!-- <a href="commented-out.html">x</a> -->
                <script>var s = '<a href="inside-script.html">';</script>
                <img src="missing.png" alt="x"> <img srcset="assets/site.css 1x, gone-2x.png 2x" alt="y">
                <a href=/test/a/b.html>root-absolute</a> <a href="/elsewhere/x.html">outside</a>
                <a href="../../etc/passwd">escape</a> <a href="a/">folder</a>
                <A HREF="upper-case.html">shouted</A> <a href="query.html?a=1&amp;b=2">query</a>
                <a href="first.html" href="a/">two hrefs: the first counts</a> <a href="missing.png">again</a>
                <a href="a/b.html#caf&#xe9;">encoded id</a> <a href="a/b.html#café">id as written</a>
                """);
        page("a/b.html", "<h2 id=\"sec&amp;1\">s</h2><a name=\"old\"></a><p ID=\"café\"><a href=\"../index.html#top\">up</a>"
                + "<a href=\"b.html#old\">old</a>");
        page("a/index.html", "<p>folder index</p>");
        List<String> broken = LinkChecker.check(dir, "/test/").stream().map(BrokenLink::format).toList();
        assertEquals(List.of(
                "index.html: error: broken link to a/b.html#nope (no element with id `nope` on a/b.html)",
                "index.html: error: broken link to missing.png (no file missing.png)",
                "index.html: error: broken link to gone-2x.png (no file gone-2x.png)",
                "index.html: error: broken link to /elsewhere/x.html (outside the site's path /test/)",
                "index.html: error: broken link to ../../etc/passwd (leads outside the site folder)",
                "index.html: error: broken link to upper-case.html (no file upper-case.html)",
                "index.html: error: broken link to query.html?a=1&b=2 (no file query.html)",
                "index.html: error: broken link to first.html (no file first.html)"), broken);
    }

    private BuildResult buildWithNarrativeLink(String link) {
        Path config = TestSites.write(dir.resolve("src"), """
                -- content/plans/test-2008-09/narrative/background.md --
                ---
                id: background
                title: Background
                ---
                See [the other page](%s).
                """.formatted(link));
        return SiteBuild.build(config, dir.resolve("out"));
    }

    @Test
    void buildRefusesToPublishASiteWithABrokenLink() {
        BuildResult r = buildWithNarrativeLink("../missing.html");
        assertEquals(1, r.exitCode());
        assertEquals(List.of("content/plans/test-2008-09/narrative/background.md:5:5: error: broken link to"
                + " ../missing.html on page plans/test-2008-09/narrative/background.html (no file"
                + " plans/test-2008-09/missing.html)"), r.diagnostics().stream().map(d -> d.format()).toList());
        assertFalse(Files.exists(dir.resolve("out")), "nothing published");
    }

    @Test
    void buildAcceptsAWorkingRelativeLink() {
        assertEquals(0, buildWithNarrativeLink("../index.html#main").exitCode());
    }

    @Test
    void checkLinksReportsBrokenLinksAndExitsOne() {
        Path config = TestSites.write(dir.resolve("src"), """
                -- content/plans/test-2008-09/narrative/background.md --
                ---
                id: background
                title: Background
                ---
                See [gone](gone.html#x).
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        assertEquals(1, cmd.execute("check", "--links", "--config", config.toString()));
        assertEquals("content/plans/test-2008-09/narrative/background.md:5:5: error: broken link to gone.html#x"
                + " on page plans/test-2008-09/narrative/background.html (no file"
                + " plans/test-2008-09/narrative/gone.html)\n1 error, 0 warnings\n", err.toString());
        assertFalse(Files.exists(dir.resolve("src/site")), "check writes nothing next to the content");
    }

    @Test
    void checkLinksPassesOnAGoodSite() {
        Path config = TestSites.minimal(dir);
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("check", "--links", "--config", config.toString()));
        assertTrue(out.toString().contains("No problems found."), out.toString());
    }
}
