package uk.nhs.intentions.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import uk.nhs.intentions.testing.BundledSite;

/**
 * Gate for examples/consultation, the fictional site that shows what the real bundled plan lacks: it builds
 * with no errors and no broken link, every page carries the banner set in its site-config.yml and the plan's
 * dates, and it has a closed round with a snapshot, an open round, responses with verdicts and status changes.
 */
class ExampleSiteTest {
    static final String BANNER = "Illustrative example, not a real consultation: Exampleshire Integrated Care"
            + " Board, its providers, people, dates and figures are fictional.";
    static final String PLAN = "plans/exampleshire-2026-27/";

    private final BundledSite site = BundledSite.example();

    @Test
    void buildsWithNoProblemAndNoBrokenLink() {
        assertEquals(0, site.result.exitCode(), () -> site.result.diagnostics().toString());
        assertEquals(List.of(), site.result.diagnostics().stream().map(d -> d.format()).toList());
        assertEquals(List.of(), LinkChecker.check(site.out, "/exampleshire/"));
    }

    @Test
    void everyPageCarriesTheBannerFromTheSiteConfigAndThePlanDates() {
        List<String> pages = site.htmlPages();
        assertTrue(pages.size() >= 30, pages::toString);
        for (String p : pages) {
            Document d = site.page(p);
            assertEquals(BANNER, d.select("section.site-banner").text(), p);
            if (!p.equals("404.html")) {
                assertEquals("Published 12 January 2026 · Last updated 20 April 2026",
                        d.select("main p.plan-dates").text(), p);
            }
        }
    }

    @Test
    void theBundledRealPlanHasNoBanner() {
        for (String p : List.of("index.html", "plans/west-herts-2008-09/index.html")) {
            assertTrue(BundledSite.get().page(p).select("section.site-banner").isEmpty(), p);
        }
    }

    @Test
    void showsAClosedRoundAnOpenRoundVerdictsAndStatusChanges() {
        Document changes = site.page(PLAN + "changes/first-draft-2026-01.html");
        String text = changes.text();
        assertTrue(text.contains("Waiting times"), text);
        Document responses = site.page(PLAN + "responses/index.html");
        List<String> verdicts = responses.select(".response .badge").eachText();
        assertEquals(List.of("Accepted", "Partly accepted", "Accepted", "Accepted", "Not accepted", "Noted",
                "Pending"), verdicts);
        // the history table names the closed round and the current version by its date
        Element history = site.page(PLAN + "intentions/1-2-diabetes-clinics.html")
                .selectFirst("table:has(caption:containsOwn(consultation round))");
        assertEquals(List.of("First draft, January 2026 1.2 Under consultation –",
                "This version, updated 20 April 2026 1.2 Agreed Yes"), history.select("tbody tr").eachText());
        Document rounds = site.page(PLAN + "changes/index.html");
        assertTrue(rounds.text().contains("Revised draft, April 2026"), rounds.text());
    }
}
