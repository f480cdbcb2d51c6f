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
 * Links by id in Markdown ({@code provider:}, {@code intention:}, {@code priority:}, {@code plan:}): they lead to
 * the right page from any depth, a provider mentioned in a meeting or narrative page says so on its own page, and
 * every broken one is reported at its source file, line and column, all in one run.
 */
class MarkdownLinksTest {
    private static final String LINKED = """
            -- content/plans/test-2008-09/narrative/background.md --
            ---
            id: background
            title: Background
            intentions: [1-1-coding]
            ---
            Some *background*.

            Work with <provider:county-hospice> on [diabetes](priority:diabetes), as
            [intention 1.2](intention:1.2) says; see [the plan](plan:test-2008-09) and
            [coding](intention:test-2008-09/1-1-coding).
            -- content/plans/test-2008-09/meetings/provider-forum.yml --
            id: provider-forum
            title: Provider forum
            topics:
              - id: hospice
                title: Hospice care
                notes: |
                  The forum heard from [the hospice](provider:county-hospice).
            """;

    private static Path build(Path dir, String txtar) {
        Path config = TestSites.write(dir.resolve("src"), txtar);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        return dir.resolve("out");
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void linksByIdLeadToTheirPagesFromAnyDepth(@TempDir Path dir) throws IOException {
        Path out = build(dir, LINKED);
        Document narrative = page(out, "plans/test-2008-09/narrative/background.html");
        assertEquals("../../../providers/county-hospice.html",
                narrative.select("main a:contains(County Hospice)").attr("href"), "autolink shows the name");
        assertEquals("../../../priorities/diabetes.html", narrative.select("main a:contains(diabetes)").attr("href"));
        assertEquals("../intentions/1-2-diabetes.html".replace("..", "../../../plans/test-2008-09"),
                narrative.select("main a:contains(intention 1.2)").attr("href"));
        assertEquals("../../../plans/test-2008-09/index.html", narrative.select("main a:contains(the plan)")
                .attr("href"));
        assertEquals("../../../plans/test-2008-09/intentions/1-1-coding.html",
                narrative.select("main a:contains(coding)").attr("href"));
        assertFalse(Files.readString(out.resolve("plans/test-2008-09/narrative/background.html"))
                .contains("{root}"), "no placeholder is left in the page");
    }

    @Test
    void theSameTextLinksRightOnPagesAtDifferentDepths(@TempDir Path dir) throws IOException {
        Path out = build(dir, """
                -- content/plans/test-2008-09/sections/1-acute.yml --
                id: acute
                number: 1
                title: Acute care
                intentions:
                  - id: 1-1-coding
                    number: "1.1"
                    area: Coding
                    actions: Agree coding with [the hospital](provider:city-hospital).
                    providers: [city-hospital]
                -- content/plans/test-2008-09/narrative/background.md --
                ---
                id: background
                title: Background
                ---
                Background.
                """);
        assertEquals("../../../providers/city-hospital.html", page(out, "plans/test-2008-09/sections/acute.html")
                .select("main a:contains(the hospital)").attr("href"));
        assertEquals("../providers/city-hospital.html", page(out, "providers/city-hospital.html")
                .select("main a:contains(the hospital)").attr("href"));
    }

    @Test
    void aProviderMentionedInAMeetingOrNarrativeSaysSoOnItsPage(@TempDir Path dir) throws IOException {
        Path out = build(dir, LINKED);
        Document hospice = page(out, "providers/county-hospice.html");
        assertEquals("Mentioned in", hospice.select("#mentioned-in").text());
        assertEquals(List.of("Background Narrative", "Provider forum Meeting"),
                hospice.select(".mentions li").eachText());
        assertEquals(List.of("../plans/test-2008-09/narrative/background.html",
                "../plans/test-2008-09/meetings/provider-forum.html"), hospice.select(".mentions li a").eachAttr("href"));
        assertTrue(page(out, "providers/city-hospital.html").select("#mentioned-in").isEmpty(),
                "no heading for a provider nobody mentions");
    }

    @Test
    void everyBrokenLinkIsReportedAtItsSourceLineAndColumnInOneRun(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), """
                -- content/plans/test-2008-09/narrative/background.md --
                ---
                id: background
                title: Background
                ---
                Some *background*.

                Work with [the hospice](provider:county-hospise) and [care](provder:county-hospice)
                on [it](intention:9.9).
                -- content/plans/test-2008-09/meetings/provider-forum.yml --
                id: provider-forum
                title: Provider forum
                topics:
                  - id: hospice
                    title: Hospice care
                    notes: |
                      Heard from [them](intention:test-2008-10/1-2-diabetes).
                """);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(1, r.exitCode());
        List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertEquals(List.of(
                "content/plans/test-2008-09/meetings/provider-forum.yml:7:18: error: unknown plan `test-2008-10`"
                        + " in an `intention:` link (did you mean `intention:test-2008-09/1-2-diabetes`?)",
                "content/plans/test-2008-09/narrative/background.md:7:11: error: unknown provider `county-hospise`"
                        + " in a `provider:` link (did you mean `provider:county-hospice`?)",
                "content/plans/test-2008-09/narrative/background.md:7:54: error: unknown kind of link `provder:`"
                        + " (did you mean `provider:`? Links by id are `provider:`, `intention:`, `priority:`,"
                        + " `plan:`, `commissioner:`)",
                "content/plans/test-2008-09/narrative/background.md:8:4: error: unknown intention `9.9` in an"
                        + " `intention:` link (add it to a section file's `intentions` or correct the id)"),
                errors);
        assertFalse(Files.exists(dir.resolve("out/index.html")), "nothing is published");
    }

    @Test
    void aBrokenRelativeLinkIsReportedWhereItIsWritten(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), """
                -- content/plans/test-2008-09/narrative/background.md --
                ---
                id: background
                title: Background
                ---
                See [acute care](../sections/acute.html) and
                [urgent care](../sections/urgent.html).
                """);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(List.of("content/plans/test-2008-09/narrative/background.md:6:1: error: broken link to"
                + " ../sections/urgent.html on page plans/test-2008-09/narrative/background.html (no file"
                + " plans/test-2008-09/sections/urgent.html)"),
                r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }

    @Test
    void unsafeLinksAreStillRemovedAndSaidSo(@TempDir Path dir) throws IOException {
        Path config = TestSites.write(dir.resolve("src"), """
                -- content/plans/test-2008-09/narrative/background.md --
                ---
                id: background
                title: Background
                ---
                A [trap](javascript:alert(1)) and <b>bold</b>.
                """);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().map(Diagnostic::format).toList().contains(
                "content/plans/test-2008-09/narrative/background.md:5:3: warning: the link to `javascript:alert(1)`"
                        + " is removed from the page: only http, https and mailto links, relative links and links"
                        + " by id are kept"), () -> r.diagnostics().toString());
        String html = Files.readString(dir.resolve("out/plans/test-2008-09/narrative/background.html"));
        assertFalse(html.contains("href=\"javascript"), "the unsafe address is not a link");
        assertEquals("", Jsoup.parse(html).select("main a:contains(trap)").attr("href"));
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"));
    }

    @Test
    void anIntentionOfAnotherPlanNeedsItsPlanAndTheErrorSaysHow(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), """
                -- content/plans/test-2007-08/plan.yml --
                id: test-2007-08
                title: Test letter 2007/08
                commissioners: [Test PCT]
                period: 2007/08
                published: not stated
                -- content/plans/test-2007-08/sections/1-acute.yml --
                id: acute
                number: 1
                title: Acute care
                intentions:
                  - id: 1-2-diabetes
                    number: "1.2"
                    area: Diabetes reviews
                    actions: See [last year's coding](intention:1-1-coding).
                -- content/priorities.yml --
                priorities:
                  - id: diabetes
                    name: Diabetes
                    summary: See [the diabetes intention](intention:1-2-diabetes).
                """);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(List.of(
                "content/plans/test-2007-08/sections/1-acute.yml:8:18: error: intention `1-1-coding` is not in this"
                        + " plan (test-2007-08) (an intention of another plan is named with its plan:"
                        + " `intention:test-2008-09/1-1-coding`)",
                "content/priorities.yml:4:18: error: intention `1-2-diabetes` is in 2 plans (name the plan:"
                        + " `intention:test-2007-08/1-2-diabetes` or `intention:test-2008-09/1-2-diabetes`)"),
                r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }
}
