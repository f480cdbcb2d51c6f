package uk.nhs.intentions.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import uk.nhs.intentions.testing.BundledSite;

/**
 * The Atom feeds, parsed with ROME: the example plan's feed lists its versions and the round's changes with
 * dates from the content; a provider's feed lists the changes that concern it (through its groups too); a
 * provider no change concerns still gets a valid, dated feed; the real plan, which states no date, gets none.
 */
class FeedStepTest {
    static final Path EXAMPLE = BundledSite.example().out;

    @Test
    void thePlanFeedListsEachVersionAndTheRoundsChanges() throws Exception {
        Feed feed = parse(EXAMPLE.resolve("plans/exampleshire-2026-27/feed.atom"));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("https://example.org/exampleshire/plans/exampleshire-2026-27/feed.atom", feed.getId());
        assertEquals("2026-04-20", day(feed.getUpdated()));
        assertEquals(List.of(
                "2026-04-20 Changes since First draft, January 2026 → https://example.org/exampleshire/plans/exampleshire-2026-27/changes/first-draft-2026-01.html",
                "2026-04-20 Current version of Exampleshire commissioning intentions 2026/27 → https://example.org/exampleshire/plans/exampleshire-2026-27/",
                "2026-01-12 Version consulted on in First draft, January 2026 → https://example.org/exampleshire/plans/exampleshire-2026-27/changes/first-draft-2026-01.html"),
                entries(feed));
        assertEquals("1 intention added; 1 intention removed; 5 intentions changed; 2 budget figures moved."
                + " Intentions: 2.5, 1.3, 1.1, 1.2, 2.1, 2.3, 2.4.", feed.getEntries().get(0).getSummary().getValue());
    }

    @Test
    void aProvidersFeedListsTheChangesThatAffectIt() throws Exception {
        // Riverside is named in 2.1 (changed) and belongs to "Acute providers", named by 1.3 (removed)
        Feed feed = parse(EXAMPLE.resolve("providers/riverside-hospitals.atom"));
        assertEquals(1, feed.getEntries().size());
        Entry e = feed.getEntries().get(0);
        assertEquals("Exampleshire commissioning intentions 2026/27: changes since First draft, January 2026 that affect"
                + " Riverside Hospitals NHS Trust (fictional)", e.getTitle());
        assertEquals("2026-04-20", day(e.getUpdated()));
        String summary = e.getSummary().getValue();
        assertEquals(true, summary.contains("1.3") && summary.contains("2.1"), summary);
    }

    @Test
    void aProviderWithNoChangesStillGetsAValidDatedFeed() throws Exception {
        // no intention names "All providers" in the example, before or after the round
        Feed feed = parse(EXAMPLE.resolve("providers/all-providers.atom"));
        assertEquals(List.of(), feed.getEntries());
        assertNotNull(feed.getUpdated());
        assertEquals("2026-04-20", day(feed.getUpdated()));
    }

    @Test
    void theRealPlanStatesNoDateSoHasNoFeed() {
        assertFalse(Files.exists(BundledSite.get().out.resolve("plans/west-herts-2008-09/feed.atom")));
    }

    static Feed parse(Path file) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(Files.readString(file)));
    }

    private static List<String> entries(Feed feed) {
        List<String> out = new ArrayList<>();
        for (Entry e : feed.getEntries()) {
            Link alt = e.getAlternateLinks().get(0);
            out.add(day(e.getUpdated()) + " " + e.getTitle() + " → " + alt.getHref());
        }
        return out;
    }

    private static String day(java.util.Date d) {
        return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
