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
 * The board's view: a plan "at a glance" page with the tables' own totals, money by service area and by priority
 * only as far as the content links budget lines to intentions or priorities; intention pages name the budget
 * lines that fund them. Fictional fixture.
 */
class GlanceTest {
    private static final String BUDGET = """
            -- content/plans/test-2008-09/sections/2-community.yml --
            id: community
            number: 2
            title: Community care
            intentions:
              - id: 2-1-beds
                number: "2.1"
                area: Beds
                actions: More beds.
            -- content/plans/test-2008-09/budgets/investment.yml --
            id: investment
            number: "1"
            title: Made-up investment
            columns:
              - {id: y1, label: "2007/08"}
              - {id: y2, label: "2008/09"}
            rows:
              - id: coding
                label: Coding money
                intentions: [1-1-coding]
                values: {y1: "100", y2: "150"}
              - id: diabetes
                label: Diabetes money
                intentions: [1-2-diabetes]
                values: {y1: "50", y2: "60"}
              - id: beds
                label: Beds money
                intentions: [2-1-beds]
                priorities: [diabetes]
                values: {y1: "200", y2: "300"}
              - id: other
                label: Unlinked money
                values: {y1: "10", y2: "11"}
              - id: total
                label: Total
                total: [coding, diabetes, beds, other]
                values: {y1: "360", y2: "521"}
            """;

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void theBoardSeesTotalsAndMoneyByAreaAndPriorityAsTheContentLinksIt(@TempDir Path dir) throws IOException {
        Path config = TestSites.write(dir.resolve("src"), BUDGET);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        Path out = dir.resolve("out");
        Document glance = page(out, "plans/test-2008-09/at-a-glance.html");
        assertEquals(List.of("Total 360 521"), glance.select("table[aria-labelledby=position-investment] tbody tr")
                .eachText());
        assertEquals("../../plans/test-2008-09/budgets/investment.html#row-total",
                glance.select("table[aria-labelledby=position-investment] tbody a").attr("href"));
        assertEquals(List.of("1. Acute care 210 Coding money (150); Diabetes money (60)",
                "2. Community care 300 Beds money (300)"),
                glance.select("table[aria-labelledby=investment-area-table] tbody tr").eachText());
        // by priority: the line's own priority, else its intentions' (1.2 is a diabetes intention)
        assertEquals(List.of("Diabetes 360 Diabetes money (60); Beds money (300)"),
                glance.select("table[aria-labelledby=investment-priority-table] tbody tr").eachText());
        // the bars are drawn to scale: 210 is 70% of the largest, 300
        assertEquals(List.of("width: 70.0%", "width: 100.0%"), glance.select(".bar-chart").first().select(".bar")
                .eachAttr("style"));
        Document beds = page(out, "plans/test-2008-09/intentions/2-1-beds.html");
        assertEquals(List.of("Beds money Table 1: Made-up investment · 2007/08: 200; 2008/09: 300 (£'000)"),
                beds.select("#funded-by + ul li").eachText());
    }

    @Test
    void withoutLinksThePageSaysSoAndShowsOnlyTotals(@TempDir Path dir) throws IOException {
        Path config = TestSites.write(dir.resolve("src"), BUDGET.replace("intentions: [1-1-coding]", "")
                .replace("intentions: [1-2-diabetes]", "").replace("intentions: [2-1-beds]", "")
                .replace("priorities: [diabetes]", ""));
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        Document glance = page(dir.resolve("out"), "plans/test-2008-09/at-a-glance.html");
        assertTrue(glance.select("#by-area + p").text().startsWith("The plan does not link its budget lines to"
                + " intentions"));
        assertEquals("The plan does not link its budget lines to disease priorities, directly or through the"
                + " intentions they fund.", glance.select("#by-priority + p").text());
        assertTrue(glance.select(".bar-chart").isEmpty());
    }

    @Test
    void anUnknownPriorityOnABudgetLineIsAnError(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), BUDGET.replace("priorities: [diabetes]",
                "priorities: [gout]"));
        assertTrue(SiteBuild.check(config).diagnostics().stream().filter(Diagnostic::isError)
                .anyMatch(d -> d.format().contains("gout")));
    }
}
