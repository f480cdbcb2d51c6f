package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.MiniSite;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.load.ConfigLoader;
import uk.nhs.intentions.load.ContentLoader;
import uk.nhs.intentions.render.pages.BudgetViews;
import uk.nhs.intentions.render.pages.GroupBudgets;

class BudgetPagesTest {
    @TempDir
    static Path out;
    private static final String PLAN = "plans/west-herts-2008-09/";

    @BeforeAll
    static void build() {
        BuildResult r = SiteBuild.build(MiniSite.bundledConfig(), out.resolve("site"));
        assertFalse(r.hasErrors(), r.diagnostics().toString());
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve("site").resolve(path)));
    }

    private static List<String> column(Element table, int index) {
        return table.select("tbody tr:not(.budget-heading)").stream().map(tr -> tr.select("td").get(index).text())
                .toList();
    }

    @Test
    void table1ShowsEveryFigureAsPrinted() throws Exception {
        Document doc = page(PLAN + "budgets/table-1-revenue-allocation.html");
        Element table = doc.selectFirst("table.budget-table");
        assertEquals("Table 1: 2008-09 Revenue Allocation (£'000 unless marked; negatives in parentheses)",
                doc.getElementById(table.attr("aria-labelledby")).text());
        assertEquals(List.of("653,130", "27,146", "37,123", "(3,874)", "(2,576)", "710,949", "8.85%"), column(table, 0));
        assertEquals(7, table.select("tbody th[scope=row]").size());
        assertEquals("Non recurrent allocation changes expected:", table.selectFirst("th[scope=rowgroup]").text());
        assertTrue(table.select("td.num.negative").stream().allMatch(td -> td.text().startsWith("(")));
    }

    @Test
    void table4HasGroupedHeadersLinksAndFiguresAsPrinted() throws Exception {
        Element table = page(PLAN + "budgets/table-4-pbc-budgets-no-deposit.html").selectFirst("table.budget-table");
        assertEquals(List.of("Excluded from scope", "Included in scope", "Difference"),
                table.select("th[scope=colgroup]").eachText());
        assertEquals(List.of("4.85%", "4.58%", "4.72%", "4.59%", "4.70%"), column(table, 2));
        assertEquals(List.of("231,763", "190,124", "160,344", "119,212", "701,442"), column(table, 6));
        assertEquals("../../../groups/watcom.html", table.selectFirst("#row-watcom a.row-link").attr("href"));
    }

    @Test
    void chartsAreFiguresWithAltTextAndADataTableBesideThem() throws Exception {
        Document doc = page(PLAN + "budgets/table-1-revenue-allocation.html");
        Element box = doc.selectFirst(".chart-with-data");
        Element img = box.selectFirst("figure img");
        assertEquals("../../../plans/west-herts-2008-09/charts/allocation-bridge.svg", img.attr("src"));
        assertTrue(img.attr("alt").startsWith("Waterfall chart. It starts at 653,130"));
        assertFalse(box.selectFirst("figcaption").text().isBlank());
        assertEquals(List.of("653,130", "27,146", "37,123", "(3,874)", "(2,576)", "710,949"),
                box.select(".chart-data td").eachText());
        assertTrue(Files.isRegularFile(out.resolve("site").resolve(PLAN + "charts/allocation-bridge.svg")));
    }

    @Test
    void budgetsIndexListsEveryTable() throws Exception {
        Document doc = page(PLAN + "budgets/index.html");
        assertEquals(7, doc.select("ul.budget-list li").size());
        assertTrue(doc.select("ul.budget-list a").eachText().contains(
                "Table 5: Calculation of Proposed PBC Budgets £13.7m deposit with SHA"));
    }

    private static RenderContext ctx() {
        Diagnostics diags = new Diagnostics();
        var config = ConfigLoader.load(MiniSite.bundledConfig(), diags).orElseThrow();
        return new RenderContext(new SiteIndex(ContentLoader.load(config, diags).orElseThrow()), new MarkdownRenderer());
    }

    @Test
    void headlineFiguresForTheHomePage() {
        List<String> lines = BudgetViews.headlineFigures(ctx()).stream()
                .map(m -> m.get("label") + ": " + m.get("value") + " -> " + m.get("href")).toList();
        assertEquals(List.of(
                "Headline growth in funding 2008/09: 5.46%, £37.1m -> " + PLAN + "budgets/budget-setting-assumptions.html",
                "Contingency reserve (1%): 1%, £7.1m -> " + PLAN + "budgets/budget-setting-assumptions.html",
                "SHA deposit assumed for draft budgets: £13.7m, 7% -> " + PLAN + "budgets/sha-deposit-scenarios.html",
                "Total allocation 2008/09: £710.9m -> " + PLAN + "budgets/table-1-revenue-allocation.html",
                "Total increase in allocation over 2007/08: 8.85% -> " + PLAN
                        + "budgets/table-1-revenue-allocation.html"), lines);
    }

    @Test
    void groupBudgetsListEveryRowOfTheGroup() {
        List<Map<String, Object>> rows = GroupBudgets.forGroup(ctx(), "hertsmere");
        assertEquals(2, rows.size());
        assertEquals("Table 4: Calculation of Proposed PBC Budgets if no deposit with SHA", rows.get(0).get("table"));
        assertTrue(rows.get(1).get("figures").toString().contains("printed=118,083"));
        assertTrue(GroupBudgets.forGroup(ctx(), "red-house").isEmpty());
    }
}
