package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * An intention can say it continues, follows or replaces an intention of another plan; both pages show it, and
 * an id written without its plan is refused with the qualified form as the hint.
 */
class PlanLinksTest {
    private static final String EARLIER_PLAN = """
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
                actions: Review diabetic patients every year.
              - id: 1-3-coding
                number: "1.3"
                area: Coding
                actions: Code activity.
            """;

    private static String later(String links) {
        return """
                -- content/plans/test-2008-09/sections/1-acute.yml --
                id: acute
                number: 1
                title: Acute care
                intentions:
                  - id: 1-1-coding
                    number: "1.1"
                    area: Coding
                    actions: Submit data on time.
                  - id: 1-2-diabetes
                    number: "1.2"
                    area: Diabetes
                    actions: Manage diabetic patients in primary care.
                """ + links.indent(4);
    }

    @Test
    void bothPagesShowTheTie(@TempDir Path dir) throws IOException {
        Path config = TestSites.write(dir.resolve("src"), EARLIER_PLAN + later("""
                continues: test-2007-08/1-2-diabetes
                replaces: [test-2007-08/1-3-coding]
                """));
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        Document later = Jsoup.parse(Files.readString(dir.resolve("out/plans/test-2008-09/intentions/1-2-diabetes.html")));
        assertEquals(List.of("Carried forward from 2007/08: 1.2 Diabetes reviews Test letter 2007/08",
                "Replaces 2007/08: 1.3 Coding Test letter 2007/08"), later.select(".other-plans li").eachText());
        assertEquals("../../../plans/test-2007-08/intentions/1-2-diabetes.html",
                later.select(".other-plans li a").first().attr("href"));
        Document earlier = Jsoup.parse(Files.readString(dir.resolve("out/plans/test-2007-08/intentions/1-2-diabetes.html")));
        assertEquals(List.of("Continued in 2008/09: 1.2 Diabetes Test plan 2008/09"),
                earlier.select(".other-plans li").eachText());
        Document coding = Jsoup.parse(Files.readString(dir.resolve("out/plans/test-2007-08/intentions/1-3-coding.html")));
        assertEquals(List.of("Replaced by 2008/09: 1.2 Diabetes Test plan 2008/09"),
                coding.select(".other-plans li").eachText());
        Document untied = Jsoup.parse(Files.readString(dir.resolve("out/plans/test-2008-09/intentions/1-1-coding.html")));
        assertTrue(untied.select("#other-plans").isEmpty(), "no heading without ties");
    }

    @Test
    void anUnqualifiedOrUnknownIdIsRefusedWithTheQualifiedForm(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), EARLIER_PLAN + later("""
                continues: 1-2-diabetes
                follows: test-2007-08/1-2-diabetis
                replaces: test-2008-09/1-1-coding
                """));
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(List.of(
                "content/plans/test-2008-09/sections/1-acute.yml:13:16: error: `continues` names an intention of"
                        + " another plan, so it needs that plan's id: found `1-2-diabetes` (did you mean"
                        + " `test-2007-08/1-2-diabetes`?)",
                "content/plans/test-2008-09/sections/1-acute.yml:14:14: error: `follows`: plan test-2007-08 has no"
                        + " intention `1-2-diabetis` (did you mean `test-2007-08/1-2-diabetes`?)",
                "content/plans/test-2008-09/sections/1-acute.yml:15:15: error: `replaces` ties this intention to one"
                        + " of another plan; `test-2008-09` is this intention's own plan"),
                r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }
}
