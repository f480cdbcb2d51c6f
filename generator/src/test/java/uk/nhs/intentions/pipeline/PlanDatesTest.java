package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.testing.TestSites;

/**
 * The dates a reader is told never mislead: the build date comes from build_date or SOURCE_DATE_EPOCH or is
 * left off (never 1 January 2000); every page of a plan says when it was published and last updated, and a
 * plan that states no status or date says so. The environment is passed in, never set on the process.
 */
class PlanDatesTest {
    /** The minimal site without build_date (the rest of its config as in minimal.txtar). */
    private static final String NO_BUILD_DATE = """
            -- site-config.yml --
            title: Test commissioning intentions
            base_url: https://example.nhs.uk/test/
            """;

    private static Path build(Path dir, String caseTxtar, Map<String, String> env) {
        Path config = TestSites.write(dir.resolve("src"), caseTxtar);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), env);
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        return dir.resolve("out");
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void withoutBuildDateOrSourceDateEpochNoBuildDateIsShown(@TempDir Path dir) throws IOException {
        Path out = build(dir, NO_BUILD_DATE, Map.of());
        for (String p : List.of("index.html", "plans/test-2008-09/index.html", "providers/city-hospital.html")) {
            Document d = page(out, p);
            assertEquals("Built from the plan's own files.", d.select("footer.site-footer p.built").text(), p);
        }
        String all = Files.readString(out.resolve("plans/test-2008-09/intentions/1-1-coding.html"))
                + Files.readString(out.resolve("sitemap.xml"));
        assertFalse(all.contains("2000"), "no invented date");
        assertFalse(all.contains("<lastmod>"), "the sitemap states no date it does not know");
    }

    @Test
    void sourceDateEpochGivesTheBuildDate(@TempDir Path dir) throws IOException {
        // 1204243200 is 2008-02-29T00:00:00Z
        Path out = build(dir, NO_BUILD_DATE, Map.of("SOURCE_DATE_EPOCH", "1204243200"));
        assertEquals("Built on 29 February 2008 from the plan's own files.",
                page(out, "plans/test-2008-09/sections/acute.html").select("footer.site-footer p.built").text());
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("<lastmod>2008-02-29</lastmod>"));
    }

    @Test
    void buildDateInTheConfigWinsOverSourceDateEpoch(@TempDir Path dir) throws IOException {
        Path out = build(dir, "", Map.of("SOURCE_DATE_EPOCH", "1204243200"));
        assertEquals("Built on 24 January 2008 from the plan's own files.",
                page(out, "index.html").select("footer.site-footer p.built").text());
    }

    @Test
    void sameInputAndEpochGiveByteIdenticalPages(@TempDir Path dir) throws IOException {
        Path a = build(dir.resolve("a"), NO_BUILD_DATE, Map.of("SOURCE_DATE_EPOCH", "1204243200"));
        Path b = build(dir.resolve("b"), NO_BUILD_DATE, Map.of("SOURCE_DATE_EPOCH", "1204243200"));
        for (String p : List.of("index.html", "plans/test-2008-09/intentions/1-2-diabetes.html", "sitemap.xml")) {
            assertEquals(Files.readString(a.resolve(p)), Files.readString(b.resolve(p)), p);
        }
    }

    @Test
    void aMalformedSourceDateEpochIsAClearError(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), NO_BUILD_DATE);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "yesterday"));
        assertEquals(1, r.exitCode());
        assertEquals(List.of("site-config.yml: error: environment variable SOURCE_DATE_EPOCH must be whole seconds"
                + " since 1970-01-01 UTC, such as 1704067200; found `yesterday` (unset it, or set `build_date` in"
                + " site-config.yml)"), r.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void everyPageOfAPlanSaysWhenItWasPublishedAndLastUpdated(@TempDir Path dir) throws IOException {
        Path out = build(dir, """
                -- content/plans/test-2008-09/plan.yml --
                id: test-2008-09
                title: Test plan 2008/09
                commissioners: [Test PCT]
                period: 2008/09
                status: consultation
                published: 2008-01-24
                updated: 2008-03-19
                """, Map.of());
        for (String p : List.of("index.html", "plans/test-2008-09/index.html", "plans/test-2008-09/sections/acute.html",
                "plans/test-2008-09/intentions/1-1-coding.html", "providers/city-hospital.html", "search.html")) {
            assertEquals("Published 24 January 2008 · Last updated 19 March 2008",
                    page(out, p).select("main p.plan-dates").text(), p);
        }
        // in print too: the site's print styles hide the header and footer, never the date line inside main
        String css = Files.readString(out.resolve("assets/site.css"));
        assertFalse(css.contains(".plan-dates { display: none"), "the date line is printed");
    }

    @Test
    void aPlanThatStatesNoDateOrStatusSaysSo(@TempDir Path dir) throws IOException {
        Path out = build(dir, """
                -- content/plans/test-2008-09/plan.yml --
                id: test-2008-09
                title: Test plan 2008/09
                commissioners: [Test PCT]
                period: 2008/09
                published: not stated
                """, Map.of());
        assertEquals("Published (date not stated) · Last updated (no update recorded)",
                page(out, "plans/test-2008-09/index.html").select("p.plan-dates").text());
        Document plan = page(out, "plans/test-2008-09/index.html");
        assertEquals("Not stated", plan.select("dt:containsOwn(Status) + dd").text(), "no assumed \"Draft\"");
        assertEquals("Status not stated",
                page(out, "plans/test-2008-09/intentions/1-1-coding.html").select(".badge").first().text(),
                "an intention without a status is not shown as a draft");
    }

    @Test
    void publishedIsRequiredAndUpdatedCannotPrecedeIt(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), """
                -- content/plans/test-2008-09/plan.yml --
                id: test-2008-09
                title: Test plan 2008/09
                commissioners: [Test PCT]
                period: 2008/09
                -- content/plans/other-2009-10/plan.yml --
                id: other-2009-10
                title: Other plan
                commissioners: [Test PCT]
                period: 2009/10
                published: 2009-04-01
                updated: 2009-03-01
                """);
        BuildResult r = SiteBuild.check(config);
        assertEquals(List.of(
                "content/plans/other-2009-10/plan.yml:6:10: error: `updated` (2009-03-01) is before `published`"
                        + " (2009-04-01): give the date of the latest version, on or after publication",
                "content/plans/test-2008-09/plan.yml:1:1: error: missing required field `published`: the date the"
                        + " plan was published, written YYYY-MM-DD (or YYYY-MM, YYYY when the source gives only"
                        + " that), or `not stated` if the source document gives no date"),
                r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }
}
