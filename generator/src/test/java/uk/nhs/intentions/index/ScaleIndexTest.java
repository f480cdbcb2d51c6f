package uk.nhs.intentions.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.load.ConfigLoader;
import uk.nhs.intentions.load.ContentLoader;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionNumbers;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.synth.SyntheticSite;

/**
 * The index's linear-time rewrites (position map for previous/next, ranked provider impacts, regex-free number
 * order) give exactly what the straightforward versions gave. Behaviour only: nothing here is timed.
 */
class ScaleIndexTest {
    @TempDir
    static Path dir;
    static Site site;

    @BeforeAll
    static void load() throws IOException {
        SyntheticSite.generate(dir.resolve("site"), 2100, 5);
        Diagnostics diags = new Diagnostics();
        site = ContentLoader.load(ConfigLoader.load(dir.resolve("site/site-config.yml"), diags).orElseThrow(),
                diags).orElseThrow();
        assertTrue(!diags.hasErrors(), diags.sorted().toString());
    }

    @Test
    void previousAndNextFollowTheSectionOrder() {
        for (Plan plan : site.plans()) {
            PlanIndex pi = new PlanIndex(plan);
            for (Section s : plan.sections()) {
                List<Intention> list = s.intentions();
                for (int k = 0; k < list.size(); k++) {
                    Intention i = list.get(k);
                    assertSame(k == 0 ? null : list.get(k - 1), pi.previous(i));
                    assertSame(k == list.size() - 1 ? null : list.get(k + 1), pi.next(i));
                }
            }
        }
    }

    /** What each plan's data files list as affected providers: every provider's impacts of that plan, in name order. */
    @Test
    void eachPlansAffectedProvidersAreEveryProvidersImpactsOfThatPlanInNameOrder() {
        ProviderIndex index = new ProviderIndex(site);
        int total = 0;
        for (Plan plan : site.plans()) {
            List<String> expected = new ArrayList<>();
            for (Provider p : index.providersByName()) {
                for (ProviderImpact x : index.impacts(p.id())) {
                    if (x.plan().id().equals(plan.id())) {
                        expected.add(p.id() + " " + x.intention().id() + " " + (x.via() == null ? "-" : x.via().id()));
                    }
                }
            }
            List<String> actual = new ArrayList<>();
            index.eachAffected(plan.id(), (p, x) -> actual.add(p.id() + " " + x.intention().id() + " "
                    + (x.via() == null ? "-" : x.via().id())));
            assertEquals(expected, actual, plan.id());
            total += actual.size();
        }
        assertTrue(total > 2100, "the fixture should reach providers directly and through groups: " + total);
        List<String> none = new ArrayList<>();
        index.eachAffected("no-such-plan", (p, x) -> none.add(p.id()));
        assertEquals(List.of(), none);
    }

    @Test
    void providerImpactsMatchTheStraightforwardDefinition() {
        ProviderIndex index = new ProviderIndex(site);
        Map<String, Provider> byId = new HashMap<>();
        site.providers().forEach(p -> byId.put(p.id(), p));
        int inherited = 0;
        for (Provider p : site.providers()) {
            List<ProviderImpact> expected = naiveImpacts(p, index);
            List<ProviderImpact> actual = index.impacts(p.id());
            assertEquals(expected.size(), actual.size(), p.id());
            for (int k = 0; k < expected.size(); k++) {
                ProviderImpact e = expected.get(k);
                ProviderImpact a = actual.get(k);
                assertSame(e.plan(), a.plan(), p.id());
                assertSame(e.intention(), a.intention(), p.id());
                assertSame(e.via(), a.via(), p.id() + " " + e.intention().id());
                inherited += a.direct() ? 0 : 1;
            }
        }
        assertTrue(inherited > 1000, "the synthetic site exercises impacts through nested groups");
        Provider acuteMember = site.providers().stream()
                .filter(p -> p.memberOf().stream().anyMatch(r -> r.id().endsWith("-all-acute-providers")))
                .findFirst().orElseThrow();
        assertTrue(index.groupsOf(acuteMember.id()).stream().anyMatch(g -> g.id().endsWith("-all-providers")),
                "all acute providers ⊂ all providers");
    }

    /** The original definition: direct impacts, then each group's in name order, de-duplicated, then sorted. */
    private static List<ProviderImpact> naiveImpacts(Provider p, ProviderIndex index) {
        List<ProviderImpact> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        ids.add(p.id());
        index.groupsOf(p.id()).forEach(g -> ids.add(g.id()));
        for (String id : ids) {
            for (Plan plan : site.plans()) {
                for (Intention i : plan.intentions()) {
                    if (i.providers().stream().map(Ref::id).anyMatch(id::equals)
                            && seen.add(plan.id() + "/" + i.id())) {
                        list.add(new ProviderImpact(plan, i, id.equals(p.id()) ? null
                                : index.provider(id).orElseThrow()));
                    }
                }
            }
        }
        list.sort(Comparator.comparing((ProviderImpact x) -> x.plan().id())
                .thenComparing(x -> x.intention().number(), IntentionNumbers.ORDER)
                .thenComparing(x -> x.intention().id()));
        return list;
    }

    @Test
    void numberOrderIsUnchangedFromTheRegexVersion() {
        List<String> samples = new ArrayList<>(List.of("", ".", "..", "3", "3.", "3..1", "3.9", "3.10", "3.9.1",
                "10.1", "2.a", "2.b", "a", "A", "3.01", "3.1", "1234567890.1", "123456789.1", ".1", "3.x.2"));
        SplittableRandom r = new SplittableRandom(9);
        String alphabet = "0123456789.a";
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(8);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            samples.add(b.toString());
        }
        for (int x = 0; x < samples.size(); x += 7) {
            for (String b : samples) {
                String a = samples.get(x);
                assertEquals(Integer.signum(regexCompare(a, b)), Integer.signum(IntentionNumbers.ORDER.compare(a, b)),
                        a + " vs " + b);
            }
        }
        List<String> sorted = new ArrayList<>(List.of("3.10", "3.9", "3.1", "10.1", "2.1"));
        sorted.sort(IntentionNumbers.ORDER);
        assertEquals(List.of("2.1", "3.1", "3.9", "3.10", "10.1"), sorted);
    }

    /** The original implementation, kept as the reference. */
    private static int regexCompare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean na = x[i].matches("\\d{1,9}");
            boolean nb = y[i].matches("\\d{1,9}");
            int c;
            if (na && nb) {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } else if (na != nb) {
                c = na ? -1 : 1;
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    @Test
    void anEqualCopyOfAnIntentionStillFindsItsNeighbours() {
        Plan plan = site.plans().get(0);
        PlanIndex pi = new PlanIndex(plan);
        Section s = plan.sections().get(0);
        Intention second = s.intentions().get(1);
        Intention copy = new Intention(second.id(), second.number(), second.area(), second.status(),
                second.parts(), second.priorities(), second.groups(), second.gaps(), second.at());
        assertSame(s.intentions().get(0), pi.previous(copy));
        assertSame(s.intentions().get(2), pi.next(copy));
        assertNull(pi.previous(s.intentions().get(0)));
    }
}
