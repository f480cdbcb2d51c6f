package uk.nhs.intentions.render;

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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.BundledSite;
import uk.nhs.intentions.testing.TestSites;

/**
 * The comparison pages on two invented commissioners over two years (compare-site/): a priority named by
 * several plans gets a table of what each commissioner plans, a commissioner with several years of it its own
 * page, and a priority named by one plan (or a one-plan site) nothing at all.
 */
class ComparisonPagesTest {
    private static BundledSite site;

    @BeforeAll
    static void build() {
        site = BundledSite.compare();
        assertEquals(0, site.result.exitCode(), () -> site.result.diagnostics().toString());
    }

    private static Document page(String path) {
        return site.page(path);
    }

    private static List<String> cells(Element row) {
        return row.select("th, td").eachText();
    }

    @Test
    void thePriorityPageComparesEveryCommissionersIntentionsInATable() throws IOException {
        Document d = page("compare/diabetes.html");
        assertEquals("Diabetes: what each commissioner plans", d.select("h1").text());
        Element table = d.selectFirst("main table.compare-table");
        assertEquals("Intentions that name Diabetes, by commissioner and year (3)", table.select("caption").text());
        assertEquals(List.of("Commissioner", "Year", "Intention", "What they intend", "Status", "Providers"),
                table.select("thead th").eachText());
        List<Element> rows = table.select("tbody tr");
        assertEquals(List.of("Lower Fictionshire PCT", "2008/09",
                "3.1 Diabetes education in Lower Fictionshire commissioning intentions 2008/09",
                "Fund a diabetes education course for newly diagnosed patients.", "Status not stated",
                "County Hospice"), cells(rows.get(0)));
        assertEquals(List.of("Upper Fictionshire PCT", "2008/09",
                "2.4 Diabetes in primary care in Upper Fictionshire commissioning intentions 2008/09"
                        + " Carried forward from 2007/08",
                "Move diabetes reviews from the clinics to GP practices.", "Draft", "City Hospital NHS Trust"),
                cells(rows.get(1)));
        assertEquals(List.of("Upper Fictionshire PCT", "2007/08",
                "1.1 Diabetes clinics in Upper Fictionshire letter to providers 2007/08 Continued in 2008/09",
                "Open two diabetes clinics in Upperton.", "Agreed", "City Hospital NHS Trust"), cells(rows.get(2)));
        assertEquals("../plans/upper-2007-08/intentions/1-1-diabetes-clinics.html",
                rows.get(2).select("td[data-label=Intention] a").first().attr("href"));
        assertTrue(d.select("main script").isEmpty(), "no script needed");
    }

    @Test
    void aCommissionerWithSeveralYearsGetsItsOwnPage() throws IOException {
        Document all = page("compare/diabetes.html");
        assertEquals(List.of("Upper Fictionshire PCT: Diabetes year by year"), all.select("#across-years + ul li").eachText());
        assertEquals("../compare/diabetes/upper-fictionshire-pct.html", all.select("#across-years + ul a").attr("href"));
        Document upper = page("compare/diabetes/upper-fictionshire-pct.html");
        assertEquals("Diabetes: Upper Fictionshire PCT across the years", upper.select("h1").text());
        assertEquals(List.of("Year", "Intention", "What they intend", "Status", "Providers"),
                upper.select("thead th").eachText());
        assertEquals(List.of("2008/09", "2007/08"), upper.select("tbody tr th").eachText());
        assertFalse(Files.exists(site.out.resolve("compare/diabetes/lower-fictionshire-pct.html")),
                "one year of a priority is nothing to compare");
    }

    @Test
    void onlyWhatTwoPlansNameIsCompared() throws IOException {
        assertFalse(Files.exists(site.out.resolve("compare/stroke.html")));
        assertTrue(page("priorities/stroke.html").select("main .compare-link").isEmpty());
        assertEquals("../compare/diabetes.html",
                page("priorities/diabetes.html").select("main .compare-link a").attr("href"));
        assertEquals(List.of("../compare/diabetes.html"), page("priorities/index.html")
                .select("main a:contains(compare what each commissioner plans)").eachAttr("href"));
    }

    @Test
    void aCommissionerLinkInMarkdownLeadsToItsPage() throws IOException {
        assertEquals("../../commissioners/upper-fictionshire-pct.html",
                page("plans/lower-2008-09/index.html").select("main a:contains(Upper Fictionshire PCT)").attr("href"));
    }

    @Test
    void aOnePlanSiteLooksAsBefore(@TempDir Path other) throws IOException {
        Path config = TestSites.minimal(other.resolve("src"));
        BuildResult r = SiteBuild.build(config, other.resolve("out"), Map.of());
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        assertFalse(Files.exists(other.resolve("out/compare")));
        assertFalse(Files.readString(other.resolve("out/priorities/diabetes.html")).contains("Compare"));
    }
}
