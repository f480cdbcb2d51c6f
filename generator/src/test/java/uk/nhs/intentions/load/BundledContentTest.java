package uk.nhs.intentions.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.check.Checker;
import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.IntentionStatus;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.Site;

/**
 * The bundled plan against the source document (seed 001, the intentions table, and seed 002, the leads'
 * meeting): a transcription slip fails the build.
 */
class BundledContentTest {
    static final Path CONFIG = Path.of("..", "site-config.yml");
    static Site site;
    static Plan plan;

    @BeforeAll
    static void load() {
        Diagnostics diags = new Diagnostics();
        SiteConfig config = ConfigLoader.load(CONFIG, diags, Map.of()).orElseThrow();
        site = ContentLoader.load(config, diags).orElseThrow();
        Checker.standard().run(site, diags);
        assertTrue(!diags.hasErrors(), diags.sorted().toString());
        plan = site.plans().get(0);
    }

    private static Intention intention(String id) {
        return plan.intentions().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no intention " + id));
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    @Test
    void intentionsPerSectionMatchTheSource() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section s : plan.sections()) {
            counts.put(s.number() + " " + s.title(), s.intentions().size());
        }
        assertEquals(List.of(8, 5, 10, 7, 3, 3, 3, 2, 2), List.copyOf(counts.values()), counts.toString());
        assertEquals(43, plan.intentions().size());
        assertEquals("West Hertfordshire PCT", plan.commissioners().get(0));
        assertEquals("2008/09", plan.period());
    }

    @Test
    void continuedRowsKeepEveryPart() {
        assertEquals(2, intention("2-3-pathway-redesign").parts().size());
        Intention heart = plan.intentions().stream().filter(i -> i.number().equals("4.2")).findFirst().orElseThrow();
        assertEquals(2, heart.parts().size());
        assertTrue(heart.parts().get(1).actions().source().contains("60 minute call to need le time"));
        assertEquals(List.of("ambulance-service", "all-acute-providers"), ids(heart.parts().get(1).providers()));
        Intention stroke = plan.intentions().stream().filter(i -> i.number().equals("4.5")).findFirst().orElseThrow();
        assertEquals(2, stroke.parts().size());
        assertTrue(stroke.parts().get(1).actions().source().contains("Multiple Sclerosis (MS)"));
    }

    @Test
    void bothRowsNumberedThreePointNineAreKeptWithDistinctIds() {
        List<Intention> nines = plan.intentions().stream().filter(i -> i.number().equals("3.9")).toList();
        assertEquals(List.of("Urgent Care Centres", "Out Of Hours"), nines.stream().map(Intention::area).toList());
        assertEquals(2, nines.stream().map(Intention::id).distinct().count());
    }

    @Test
    void sampleFactsMatchTheSource() {
        Intention ae = intention("3-4-a-e-mau");
        assertTrue(ae.parts().get(0).actions().source().contains("last quarter of 29007/08"), "typo kept as printed");
        Intention admissions = intention("3-5-emergency-admissions");
        assertEquals(List.of("nursing-homes", "community-providers", "ambulance-service"),
                ids(admissions.parts().get(0).providers()));
        assertEquals("Nursing Homes, Community providers, Ambulance service",
                admissions.parts().get(0).providersAsPrinted());
        Intention cancer = plan.intentions().stream().filter(i -> i.number().equals("4.1")).findFirst().orElseThrow();
        String actions = cancer.parts().get(0).actions().source();
        for (int n = 1; n <= 8; n++) {
            assertTrue(actions.contains(n + ". "), "palliative care intention " + n);
        }
        assertTrue(actions.contains("Mount Vernon Cancer Network Board in February"));
        assertTrue(ids(cancer.priorities()).contains("cancer"));
        Intention children = plan.intentions().stream().filter(i -> i.number().equals("6.2")).findFirst()
                .orElseThrow();
        assertTrue(ids(children.providers()).contains("hertfordshire-county-council"));
        Intention dental = plan.intentions().stream().filter(i -> i.number().equals("5.2")).findFirst().orElseThrow();
        assertTrue(dental.parts().get(0).outcomes().source().contains("XX% of Hertfordshire residents"));
    }

    @Test
    void diseasePrioritiesAreTheSevenOfTheSource() {
        assertEquals(List.of("cancer", "heart-disease", "diabetes", "copd", "stroke-neurological", "falls",
                "end-of-life"), site.priorities().stream().map(p -> p.id()).toList());
    }

    @Test
    void meetingRecordsTheRealPositionsAndDecisions() {
        Meeting m = plan.meetings().get(0);
        Map<String, String> positions = new LinkedHashMap<>();
        m.positions().forEach(p -> positions.put(p.group().id(), p.position()));
        assertEquals("does-not-agree", positions.get("red-house"));
        for (String g : List.of("watcom", "daccom", "stahcom", "hertsmere")) {
            assertEquals("agrees-total-not-split", positions.get(g), g);
        }
        assertTrue(m.decisions().stream().anyMatch(d -> d.status().equals("agreed-in-principle")
                && d.text().toLowerCase().contains("option 2")), "stop smoking option 2 agreed in principle");
        assertTrue(m.actions().stream().anyMatch(a -> a.due() != null && a.due().toString().equals("2008-04-17")));
    }

    // ---- corrected facts (issue 12): each pins what the sources say, so an invented item cannot return ----

    @Test
    void theBundledPlanHasNoConsultationTheSourcesDoNotRecord() {
        assertEquals(List.of(), plan.rounds(), "no source records a consultation round");
        assertEquals(List.of(), plan.responses(), "the meeting notes record positions, never PCT verdicts");
        for (Intention i : plan.intentions()) {
            assertEquals(IntentionStatus.DRAFT, i.status(), i.number() + ": the document is headed DRAFT and"
                    + " no source changes any intention's status");
        }
        Path dir = Path.of("..", "content", "plans", "west-herts-2008-09");
        for (String f : List.of("rounds.yml", "rounds", "responses")) {
            assertFalse(Files.exists(dir.resolve(f)), f);
        }
    }

    @Test
    void datesAreOnlyThoseTheSourcesGive() {
        assertEquals("draft", plan.status(), "seed 001 line 1: DRAFT");
        assertTrue(plan.published().isEmpty(), "the paper is undated");
        assertTrue(plan.updated().isEmpty(), "no later version of the plan exists");
        assertTrue(site.settings().buildDate().isEmpty(), "no build_date: not 24 January 2008, not 2000");
        assertEquals(null, plan.meetings().get(0).date(), "the meeting notes are undated");
    }

    @Test
    void noBudgetLineClaimsToFundAnIntention() {
        for (BudgetTable t : plan.budgets()) {
            for (BudgetRow r : t.rows()) {
                assertEquals(List.of(), ids(r.intentions()), t.id() + " / " + r.id()
                        + ": the paper never says which intentions a budget line pays for");
            }
        }
    }

    private static Provider provider(String id) {
        return site.providers().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void providersAreNamedAndGroupedOnlyAsTheSourcesDo() {
        assertEquals("Ambulance service", provider("ambulance-service").name(), "the plan names no trust");
        assertEquals("L&D", provider("luton-dunstable").name());
        assertEquals("BCF (NOLBSS)", provider("barnet-chase-farm").name());
        // seed 001 line 467 names these four as breast and cervical screening providers; nothing more
        for (String id : List.of("luton-dunstable", "barnet-chase-farm")) {
            assertEquals(List.of("cancer-screening-providers"), ids(provider(id).memberOf()), id);
        }
        for (String id : List.of("mount-vernon-cancer-centre", "stanmore", "ambulance-service", "hmp-the-mount",
                "beds-herts-breast-screening", "hertfordshire-partnership-ft", "edgware-hospital")) {
            assertEquals(List.of(), ids(provider(id).memberOf()), id + ": no source puts it in a group");
        }
        assertEquals(List.of("voluntary-sector"), ids(provider("homestart").memberOf()));
        assertEquals(List.of("all-acute-providers", "nhs-trusts", "cancer-screening-providers"),
                ids(provider("west-herts-hospitals").memberOf()));
    }

    @Test
    void theMeetingKeepsItsOwnWordsAndNoInventedAttendees() {
        Meeting m = plan.meetings().get(0);
        assertEquals(List.of(), m.attendees(), "the notes list no attendees");
        assertEquals(List.of("agreed-in-principle", "agreed", "agreed"),
                m.decisions().stream().map(Meeting.Decision::status).toList(), "only what the notes say was agreed");
        Map<String, String> owners = new LinkedHashMap<>();
        m.actions().forEach(a -> owners.put(a.text(), a.owner()));
        assertEquals("Not named in the notes", owners.get("Communicate decisions to Janet."));
        assertEquals("The PCT", owners.get("Have something signed off by 31/3/08."));
        assertEquals("Roger Hammond",
                owners.get("Take out the two starred items (Prison HMP The Mount; Physio acute services in Trust)."));
        assertEquals("Not named in the notes", owners.get("Clarify and formalise the TOR for the diabetes group."));
        String future = m.topics().stream().filter(t -> t.id().equals("future-working-arrangements")).findFirst()
                .orElseThrow().notes().source();
        assertTrue(future.replaceAll("\\s+", " ").contains("although they had given no indication of"
                + " disinvestment"), "the notes' words, not their opposite");
    }

    @Test
    void theScreeningConditionSaysOrAsTheSourceDoes() {
        String body = plan.narrative().stream().filter(n -> n.id().equals("womens-and-childrens-services"))
                .findFirst().orElseThrow().body().source().replaceAll("\\s+", " ");
        assertTrue(body.contains("does not provide this screening, or does not have in place an action plan"),
                "seed 001 line 437: \"not providing such screening or do not have in place an action plan\"");
    }

    /** What `git grep` must not find in content/: the invented items issue 12 removed. */
    @Test
    void noInventedItemIsBackInTheContentFiles() throws IOException {
        List<String> invented = List.of("East of England Ambulance Service", "Luton & Dunstable",
                "Barnet & Chase Farm", "status: consultation", "outcome:", "build_date", "attendees:",
                "Intention 9.1 stays under consultation", "Under consultation");
        List<Path> files;
        try (var s = Files.walk(Path.of("..", "content"))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String text = Files.readString(f);
            for (String x : invented) {
                assertFalse(text.contains(x), f + " contains \"" + x + "\"");
            }
        }
        assertFalse(Files.readString(CONFIG).contains("build_date"), "site-config.yml gives no build date");
    }

    @Test
    void checkReportsTheSourcesOwnAnomaliesAsWarningsOnly() {
        List<String> warnings = SiteBuild.check(CONFIG).diagnostics().stream()
                .filter(d -> !d.isError()).map(Diagnostic::format).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(
                "content/plans/west-herts-2008-09/sections/3-urgent-care.yml:") && w.contains("3.9 is used twice")),
                warnings.toString());
        for (String gap : List.of("1.5", "3.2", "5.2", "5.3", "6.3", "7.2", "7.3")) {
            assertTrue(warnings.stream().anyMatch(w -> w.contains("drafting gap in intention " + gap + " ")), gap);
        }
        assertTrue(SiteBuild.check(CONFIG).diagnostics().stream().noneMatch(Diagnostic::isError));
    }
}
