package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.testing.BundledSite;
import uk.nhs.intentions.testing.MultiPlanSite;

/**
 * Documents as they are written, on the fictional fixture: an unnumbered letter without outcomes, with a
 * timescale and partial dates, and a briefing with an engagement timeline.
 */
class DocumentShapesTest {
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
    void aLetterWithoutNumbersOrOutcomesShowsNeitherColumnAndKeepsItsOrder() {
        Document d = site.page("plans/north-2007-letter/sections/priorities.html");
        assertEquals(List.of("Area", "Proposed action", "Providers affected"), texts(d, "thead th"));
        assertEquals(List.of("Hospice at home Status not stated Timescale: draft specification by end of July 2007"
                + " · Due: July 2007", "End of life register Status not stated", "Bereavement support Status not"
                + " stated Due: 2008"), texts(d, "tbody th"));
        assertFalse(d.text().contains("No outcome given"));
    }

    @Test
    void anIntentionPageShowsTheTimescaleAndDueDateAtTheirPrecision() {
        Document d = site.page("plans/north-2007-letter/intentions/hospice-at-home.html");
        assertEquals("Hospice at home", d.selectFirst("h1").text());
        assertEquals(List.of("Timescale", "Due"), texts(d, "dl.when dt"));
        assertEquals(List.of("draft specification by end of July 2007", "July 2007"), texts(d, "dl.when dd"));
        assertEquals(List.of("Proposed action", "Providers affected"), texts(d, ".intention-part h3"));
    }

    @Test
    void aLettersPageSaysWhatKindOfDocumentItIsWhoWroteItAndForWhom() {
        Document d = site.page("plans/north-2007-letter/index.html");
        assertEquals(List.of("Kind of document Letter", "Author Director of Nursing, North Fictionshire PCT"
                + " (fictional)", "Signed by A. N. Example (fictional)", "Written for Palliative care providers in"
                + " North Fictionshire"), d.select("dl.summary-list dt").stream().limit(5).skip(1)
                .map(dt -> dt.text() + " " + dt.nextElementSibling().text()).toList());
        assertTrue(d.selectFirst(".plan-dates").text().startsWith("Published July 2007 ·"));
    }

    @Test
    void aProviderPageShowsNoOutcomeGapsForALetterButStillForAPlanThatHasTheColumn() {
        Document d = site.page("providers/lantern-hospice.html");
        Element letter = d.getElementById("plan-north-2007-letter").parent();
        assertEquals(List.of("Hospice at home", "Bereavement support"), texts(letter, "article.impact h5"));
        assertFalse(letter.text().contains("Expected outcomes"));
        Element plan = d.getElementById("plan-north-2008-09").parent();
        assertTrue(plan.text().contains("No outcome given in the plan."));
    }

    @Test
    void aBriefingListsItsEngagementEventsAsHeldOrNotYetHeldNeverOpen() {
        Document d = site.page("plans/south-2009-briefing/index.html");
        assertEquals(List.of("March 2008: Stakeholder event Held",
                "14 September 2008: Public meeting for Anyone living in South Fictionshire Not yet held"),
                texts(d, "ol.timeline li"));
        assertTrue(d.select(".consultation-banner").isEmpty());
        assertFalse(Files.exists(site.out.resolve("plans/south-2009-briefing/how-to-respond.html")));
        assertEquals("Kind of document", d.select("dl.summary-list dt").get(1).text());
    }

    @Test
    void meetingDatesAndActionDatesShowAtTheirPrecision() {
        Document d = site.page("plans/south-2008-09/meetings/board.html");
        assertTrue(d.text().contains("May 2008"), d.text());
        assertEquals(List.of("2008"), texts(d, "td[data-label=Due]"));
    }

    @Test
    void listsNameALetterAsALetter() {
        assertEquals(List.of("North Fictionshire commissioning intentions 2008/09 2008/09 2 intentions",
                "Letter to palliative care providers 2007/08 · Letter 3 intentions",
                "North Fictionshire commissioning intentions 2007/08 2007/08 1 intention"),
                texts(site.page("commissioners/north-fictionshire-pct.html"), "#commissioner-plans ~ ul li"));
        assertTrue(site.text("search-index.js").contains("\"plan\":\"North Fictionshire PCT, 2007/08 (letter):"
                + " Letter to palliative care providers\""));
    }

    @Test
    void aDateThatIsNoDateIsAnErrorSayingWhatIsAccepted(@TempDir Path dir) {
        Path config = MultiPlanSite.copy(dir);
        MultiPlanSite.edit(dir, "content/plans/north-2007-letter/plan.yml", "published: 2007-07", "published: 2007-13");
        assertEquals(List.of("content/plans/north-2007-letter/plan.yml:9:12: error: field `published` must be a date"
                + " written YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only a month or a year; found"
                + " `2007-13`"), MultiPlanSite.check(config));
    }
}
