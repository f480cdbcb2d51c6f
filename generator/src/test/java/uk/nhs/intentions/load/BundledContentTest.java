package uk.nhs.intentions.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import uk.nhs.intentions.model.Meeting;
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
        SiteConfig config = ConfigLoader.load(CONFIG, diags).orElseThrow();
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
