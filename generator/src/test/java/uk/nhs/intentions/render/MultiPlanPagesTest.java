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

    private static List<String> texts(Element d, String css) {
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
                "Letter to palliative care providers 2007/08 · Letter 3 intentions",
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

    @Test
    void everyIntentionOnAPriorityPageNamesItsPlan() {
        assertEquals(List.of("1.1 North discharge planning North Fictionshire PCT, 2008/09",
                "1.2 North hospice beds North Fictionshire PCT, 2008/09",
                "1.1 South discharge planning South Fictionshire CCG, 2008/09",
                "1.2 South hospice at home South Fictionshire CCG, 2008/09"),
                texts(site.page("priorities/palliative-care.html"), "#mentions-intentions ~ ul li"));
    }

    @Test
    void everySearchResultNamesItsCommissionerAndYear() {
        String index = site.text("search-index.js");
        assertTrue(index.contains("\"title\":\"1.1 South discharge planning\""));
        assertEquals(9, index.split("\"kind\":\"Intention\"").length - 1);
        assertEquals(9, index.split("\"kind\":\"Intention\",[^}]*\"plan\":\"(North Fictionshire PCT|South"
                + " Fictionshire CCG), 20\\d\\d/\\d\\d( \\((letter|briefing)\\))?: ").length - 1);
    }

    @Test
    void aProviderPageGroupsItsIntentionsByPlanWithJumpLinksAndCounts() {
        Document d = site.page("providers/borderland-general.html");
        assertEquals(List.of("North Fictionshire PCT, 2008/09: North Fictionshire commissioning intentions 2008/09"
                + " 1 intention", "South Fictionshire CCG, 2008/09: South Fictionshire commissioning intentions"
                + " 2008/09 1 intention", "South Fictionshire CCG, 2009/10 (briefing): Briefing to the health scrutiny"
                + " committee 1 intention"), texts(d, "nav.plan-jump li"));
        assertEquals(List.of("#plan-north-2008-09", "#plan-south-2008-09", "#plan-south-2009-briefing"),
                d.select("nav.plan-jump a").eachAttr("href"));
        Element north = d.getElementById("plan-north-2008-09").parent();
        assertEquals(List.of("1.1 North discharge planning"), texts(north, "article.impact h5"));
        Element south = d.getElementById("plan-south-2008-09").parent();
        assertEquals(List.of("1.1 South discharge planning"), texts(south, "article.impact h5"));
        assertEquals("What these plans mean for your organisation",
                site.page("providers/index.html").selectFirst("h1").text());
    }

    @Test
    void theHomePageGroupsPlansByCommissionerNewestFirst() {
        Document d = site.page("index.html");
        assertEquals(List.of("South Fictionshire CCG", "North Fictionshire PCT"), texts(d, ".commissioner-plans h3"));
        assertEquals(List.of("Briefing to the health scrutiny committee",
                "South Fictionshire commissioning intentions 2008/09",
                "North Fictionshire commissioning intentions 2008/09", "Letter to palliative care providers",
                "North Fictionshire commissioning intentions 2007/08"), texts(d, ".plan-summary h4"));
    }

    @Test
    void aPageOfOnePlanSaysWhichPlanItIs() {
        assertEquals("Plan: South Fictionshire CCG, 2008/09: South Fictionshire commissioning intentions 2008/09",
                site.page("plans/south-2008-09/all-intentions.html").selectFirst("main .plan-of-page").text());
    }

    @Test
    void aOnePlanSiteNamesNoPlanInItsLists() {
        BundledSite one = BundledSite.get();
        assertEquals(List.of(), texts(one.page("plans/west-herts-2008-09/all-intentions.html"), ".plan-of-page"));
        assertEquals(List.of(), texts(one.page("priorities/diabetes.html"), "#mentions-intentions ~ ul li .meta"));
        assertEquals(List.of(), texts(one.page("index.html"), ".commissioner-plans"));
        assertEquals("What this plan means for your organisation",
                one.page("providers/index.html").selectFirst("h1").text());
    }

    @Test
    void twoCommissionersGroupsOfTheSameKindAreToldApart() {
        Document d = site.page("providers/borderland-general.html");
        assertEquals("Member of: All acute providers (North Fictionshire PCT), South acute providers (South"
                + " Fictionshire CCG)", d.select("main p").stream().map(Element::text)
                        .filter(t -> t.startsWith("Member of")).findFirst().orElse(""));
        assertEquals("Provider group of North Fictionshire PCT",
                site.page("providers/north-acute.html").selectFirst("p.caption").text());
        assertEquals("Provider group", BundledSite.get().page("providers/all-acute-providers.html")
                .selectFirst("p.caption").text());
    }
}
