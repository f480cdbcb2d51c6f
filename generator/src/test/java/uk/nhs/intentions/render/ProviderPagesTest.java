package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.nhs.intentions.index.ProviderImpact;
import uk.nhs.intentions.index.ProviderIndex;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.testing.BundledSite;

/**
 * Provider pages list exactly the intentions that affect each provider, directly or through any of its
 * groups, computed here independently of {@link ProviderIndex} and also checked against it.
 */
class ProviderPagesTest {
    private static BundledSite site;

    @BeforeAll
    static void build() {
        site = BundledSite.get();
        assertEquals(0, site.result.exitCode(), () -> "build failed: " + site.result.diagnostics());
    }

    /** provider id → intention page paths that affect it, by a plain walk up the member_of graph. */
    private static Map<String, Set<String>> expectedImpacts() {
        Map<String, Provider> byId = new LinkedHashMap<>();
        site.model.providers().forEach(p -> byId.put(p.id(), p));
        Map<String, Set<String>> out = new TreeMap<>();
        for (Provider p : byId.values()) {
            Set<String> selfAndGroups = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(p.id()));
            while (!todo.isEmpty()) {
                String id = todo.pop();
                if (selfAndGroups.add(id) && byId.containsKey(id)) {
                    byId.get(id).memberOf().forEach(r -> todo.push(r.id()));
                }
            }
            Set<String> hits = new TreeSet<>();
            for (Plan plan : site.model.plans()) {
                for (Intention i : plan.intentions()) {
                    if (i.providers().stream().map(Ref::id).anyMatch(selfAndGroups::contains)) {
                        hits.add(SitePaths.intention(plan.id(), i.id()));
                    }
                }
            }
            out.put(p.id(), hits);
        }
        return out;
    }

    /** Intention pages linked from the intention cards of a provider page, as site paths. */
    private static Set<String> listed(String providerId) {
        String page = SitePaths.provider(providerId);
        Document d = site.page(page);
        Set<String> out = new TreeSet<>();
        for (Element a : d.select("article.impact h4 a")) {
            out.add(BundledSite.resolve(page, a.attr("href"))[0]);
        }
        return out;
    }

    @Test
    void eachProviderPageListsExactlyTheIntentionsThatAffectIt() {
        Map<String, Set<String>> expected = expectedImpacts();
        ProviderIndex index = new ProviderIndex(site.model);
        List<String> problems = new ArrayList<>();
        expected.forEach((id, paths) -> {
            Set<String> fromIndex = new TreeSet<>();
            for (ProviderImpact x : index.impacts(id)) {
                fromIndex.add(SitePaths.intention(x.plan().id(), x.intention().id()));
            }
            if (!fromIndex.equals(paths)) {
                problems.add(id + ": ProviderIndex " + fromIndex + " but expected " + paths);
            }
            Set<String> shown = listed(id);
            if (!shown.equals(paths)) {
                problems.add(id + ": page shows " + shown + " but expected " + paths);
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertTrue(listed("west-herts-hospitals").contains("plans/west-herts-2008-09/intentions/1-2-coding.html"),
                "the check is not vacuous");
    }

    @Test
    void westHertsHospitalsSeesCodingThroughAllAcuteProviders() {
        Document d = site.page("providers/west-herts-hospitals.html");
        Element coding = d.select("article.impact:has(h4 a[href$=intentions/1-2-coding.html])").first();
        assertTrue(coding != null, "1.2 Coding is listed");
        assertTrue(coding.select(".how").text().contains("Through a group"));
        assertEquals("All acute providers", coding.select(".how a").text());
        assertTrue(coding.text().contains("Appropriate coding of activity"), "shows the expected outcome");
        assertEquals("1. Improving quality and efficiency",
                coding.parent().select("> h3").text(), "grouped under its section");
    }

    @Test
    void theSummaryComesFirstWithCountsByHowEachIntentionReachesTheProvider() {
        Document d = site.page("providers/west-herts-hospitals.html");
        Element summary = d.selectFirst("main dl.provider-summary");
        assertEquals("Summary", d.select("main h2").first().text(), "the summary is the first section");
        assertEquals(List.of("Intentions that affect you 24", "Name you directly None",
                "Through groups 13 through All acute providers 1 through All inpatient providers"
                        + " 9 through All providers 1 through NHS Trusts",
                "Name no provider 2 (they may still concern you)"),
                summary.select(".nhsuk-summary-list__row").eachText());
        // each count leads to its own section, whose cards are exactly that many
        Element acute = d.getElementById(summary.select("a:containsOwn(through All acute providers)").attr("href")
                .substring(1)).parent();
        assertEquals(13, acute.select("article.impact").size());
        assertEquals("On this page", d.selectFirst("nav.nhsuk-contents-list h2").text());
    }

    @Test
    void intentionsThatNameNoProviderAreListedUnderTheirOwnHeading() {
        Document d = site.page("providers/ambulance-service.html");
        Element none = d.getElementById("no-provider-west-herts-2008-09").parent();
        assertEquals("Intentions that name no provider (2)", none.selectFirst("h2").text());
        assertEquals(List.of("7.2 Specialised Adult mental Health Services", "7.3 Older Peoples Mental Health"),
                none.select("li > a").eachText());
    }

    @Test
    void cardFragmentsComeFromIdsNotPositions() {
        Document d = site.page("providers/west-herts-hospitals.html");
        assertEquals("1.2 Coding", d.getElementById("intention-west-herts-2008-09-1-2-coding").selectFirst("h4").text());
        assertTrue(d.select("[id^=impact-]").isEmpty(), "no positional anchors");
    }

    @Test
    void directlyNamedProviderSaysSo() {
        Document d = site.page("providers/ambulance-service.html");
        Element heart = d.select("article.impact:has(h4 a[href$=intentions/4-2-heart-disease.html])").first();
        assertTrue(heart != null && heart.select(".how").text().contains("Names you directly"));
        // 4.2 has two parts; only the part naming the ambulance service is shown
        assertTrue(heart.text().contains("Improvement in call to needle time targets"));
        assertTrue(!heart.text().contains("Improved provision of preventative services"));
    }

    @Test
    void providerIndexListsEveryProviderAToZAndByKindWithCounts() {
        Document d = site.page("providers/index.html");
        Map<String, Set<String>> expected = expectedImpacts();
        List<String> names = d.select("section:has(#a-to-z) ul.provider-index > li > a").eachText();
        assertEquals(site.model.providers().size(), names.size());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names, "A to Z by name");
        Map<String, String> countByHref = new HashMap<>();
        d.select("section:has(#by-kind) tbody tr").forEach(tr -> countByHref.put(
                BundledSite.resolve("providers/index.html", tr.select("a").attr("href"))[0],
                tr.select("td.numeric").text()));
        assertEquals(site.model.providers().size(), countByHref.size(), "every provider under its kind");
        expected.forEach((id, paths) -> assertEquals(String.valueOf(paths.size()),
                countByHref.get(SitePaths.provider(id)), id));
    }

    @Test
    void groupPagesListTheirMembers() {
        Document d = site.page("providers/all-acute-providers.html");
        List<String> members = d.select("#members ~ ul.provider-index a, section:has(#members) ul.provider-index a")
                .eachText();
        // only the two trusts the plan calls acute trusts (seed 001 line 297); no inferred member
        assertEquals(List.of("East and North Hertfordshire NHS Trust", "West Hertfordshire Hospitals NHS Trust"),
                members);
    }
}
