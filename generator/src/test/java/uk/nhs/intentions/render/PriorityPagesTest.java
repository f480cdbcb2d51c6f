package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.testing.BundledSite;

/** Disease-priority, commissioning-group, intention and meeting pages carry their cross references. */
class PriorityPagesTest {
    private static BundledSite site;

    @BeforeAll
    static void build() {
        site = BundledSite.get();
        assertEquals(0, site.result.exitCode(), () -> "build failed: " + site.result.diagnostics());
    }

    private static Set<String> linkedPaths(String page, String selector) {
        Set<String> out = new TreeSet<>();
        site.page(page).select(selector).forEach(a -> out.add(BundledSite.resolve(page, a.attr("href"))[0]));
        return out;
    }

    @Test
    void diabetesLinksIntention43AndItsMeetingTopicAndActions() {
        String page = "priorities/diabetes.html";
        Set<String> intentions = linkedPaths(page, "section:has(#mentions-intentions) a");
        assertTrue(intentions.contains("plans/west-herts-2008-09/intentions/4-3-diabetes.html"), intentions.toString());
        Document d = site.page(page);
        assertTrue(d.select("a[href$=commissioning-leads-meeting.html#topic-diabetes-pathway]").size() > 0);
        assertTrue(d.select("a[href$=#action-diabetes-group-meeting]").size() > 0, "actions of the topic");
        assertTrue(d.select("section:has(#mentions-narrative) a").eachText().contains("Public health targets"));
    }

    @Test
    void everyPriorityPageLinksEveryIntentionTaggedWithIt() {
        List<String> problems = new ArrayList<>();
        for (Priority p : site.model.priorities()) {
            String page = SitePaths.priority(p.id());
            Set<String> shown = linkedPaths(page, "section:has(#mentions-intentions) a");
            for (Plan plan : site.model.plans()) {
                for (Intention i : plan.intentions()) {
                    if (i.priorities().stream().map(Ref::id).anyMatch(p.id()::equals)
                            && !shown.contains(SitePaths.intention(plan.id(), i.id()))) {
                        problems.add(p.id() + " does not link " + i.id());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void priorityIntentionsAreInNumberOrder() {
        List<String> numbers = site.page("priorities/cancer.html")
                .select("section:has(#mentions-intentions) .num").eachText();
        List<String> sorted = new ArrayList<>(numbers);
        sorted.sort(uk.nhs.intentions.model.IntentionNumbers.ORDER);
        assertEquals(sorted, numbers);
    }

    @Test
    void intentionPageLinksProvidersPrioritiesNarrativeMeetingsAndNeighbours() {
        String page = "plans/west-herts-2008-09/intentions/4-3-diabetes.html";
        Document d = site.page(page);
        Set<String> links = linkedPaths(page, "main a");
        assertTrue(links.contains("providers/all-acute-providers.html"));
        assertTrue(links.contains("priorities/diabetes.html"));
        assertTrue(links.contains("plans/west-herts-2008-09/narrative/practice-based-commissioning.html"));
        assertTrue(links.contains("groups/watcom.html"), "groups discussed at the meeting");
        assertTrue(links.contains("plans/west-herts-2008-09/meetings/commissioning-leads-meeting.html"));
        assertTrue(d.select("#who").text().contains("Provider groups"), "says groups are groups");
        assertEquals("plans/west-herts-2008-09/intentions/4-2-heart-disease.html",
                BundledSite.resolve(page, d.select("a[rel=prev]").attr("href"))[0]);
        assertEquals("plans/west-herts-2008-09/intentions/4-4-copd.html",
                BundledSite.resolve(page, d.select("a[rel=next]").attr("href"))[0]);
        assertEquals(List.of("Home", "Commissioning (Purchasing) Intentions Summary 2008/09",
                "4. Disease specific priorities", "4.3 Diabetes"), d.select("nav.breadcrumbs li").eachText());
    }

    @Test
    void groupPageShowsCatsPrioritiesAndPositions() {
        Document d = site.page("groups/red-house.html");
        assertTrue(d.select("section:has(#cats) li").eachText().contains("Gynaecology"));
        assertTrue(d.select("section:has(#group-priorities)").text().contains("health clinic to carry out more gynaecology"));
        assertTrue(d.text().contains("Does not agree"), "its position at the meeting");
    }

    @Test
    void meetingPageHasActionsTableWithOwnersAndDueDates() {
        Document d = site.page("plans/west-herts-2008-09/meetings/commissioning-leads-meeting.html");
        var row = d.select("table.actions-table tr#action-diabetes-group-meeting").first();
        assertTrue(row != null);
        assertEquals("Not named in the notes", row.select("td[data-label=Owner]").text());
        assertEquals("17 April 2008", row.select("td[data-label=Due]").text());
        assertTrue(d.select("table.decisions-table").text().contains("Agreed in principle"));
    }
}
