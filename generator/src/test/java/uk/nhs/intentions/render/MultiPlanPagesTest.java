package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.nhs.intentions.testing.BundledSite;

/** What a reader sees on the fictional multi-commissioner fixture: commissioners, scoped groups, plans named. */
class MultiPlanPagesTest {
    private static BundledSite site;

    @BeforeAll
    static void build() {
        site = BundledSite.multi();
        assertEquals(0, site.result.exitCode(), () -> "build failed: " + site.result.diagnostics());
    }

    private static List<String> texts(Document d, String css) {
        return d.select(css).stream().map(Element::text).toList();
    }

    @Test
    void aCommissionerPageListsItsPlansNewestFirst() {
        Document d = site.page("commissioners/north-fictionshire-pct.html");
        assertEquals("North Fictionshire PCT", d.selectFirst("h1").text());
        assertEquals(List.of("Kind Primary care trust (PCT)", "ODS code ZZ1", "Area North Fictionshire"),
                d.select("dl.summary-list dt").stream().map(dt -> dt.text() + " " + dt.nextElementSibling().text())
                        .toList());
        assertEquals(List.of("North Fictionshire commissioning intentions 2008/09 2008/09 2 intentions",
                "North Fictionshire commissioning intentions 2007/08 2007/08 1 intention"),
                texts(d, "#commissioner-plans ~ ul li"));
        assertEquals(List.of("All acute providers"), texts(d, "#commissioner-groups ~ ul li"));
    }

    @Test
    void aCommissionerWithoutAnOdsCodeShowsNone() {
        Document d = site.page("commissioners/south-fictionshire-ccg.html");
        assertEquals(List.of("Kind", "Area"), texts(d, "dl.summary-list dt"));
        assertEquals("Not stated", d.select("dl.summary-list dd").get(1).text());
    }

    @Test
    void thePlanPageLinksItsCommissioner() {
        Document d = site.page("plans/south-2008-09/index.html");
        Element a = d.selectFirst("dl.summary-list dd a");
        assertEquals("South Fictionshire CCG", a.text());
        assertEquals("../../commissioners/south-fictionshire-ccg.html", a.attr("href"));
    }

    @Test
    void aGroupOfOneCommissionerNeverCarriesAnotherCommissionersIntentions() {
        // Northtown Infirmary is only in North's group (and the site-wide one): South's plan never reaches it
        String north = site.text("providers/northtown-infirmary.html");
        assertTrue(north.contains("North discharge planning"));
        assertTrue(north.contains("North coding"));
        assertFalse(north.contains("South discharge planning"));
        // Borderland General is in both commissioners' acute groups: each plan reaches it through its own group
        String border = site.text("providers/borderland-general.html");
        assertTrue(border.contains("North discharge planning"));
        assertTrue(border.contains("South discharge planning"));
        assertFalse(border.contains("North coding"));
    }

    @Test
    void theNavigationOffersTheCommissioners() {
        assertEquals(List.of("Home", "Plans", "Commissioners", "Providers", "Priorities", "Groups", "Search"),
                texts(site.page("index.html"), "nav.site-nav a"));
    }
}
