package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.TestSites;

/** Listings filter by lifecycle status through static pages, so filtering needs no JavaScript. */
class StatusPagesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void build() {
        Path config = TestSites.write(dir, """
                -- content/plans/test-2008-09/sections/1-acute.yml --
                id: acute
                number: 1
                title: Acute care
                narrative: [background]
                intentions:
                  - id: 1-1-coding
                    number: "1.1"
                    area: Coding
                    status: agreed
                    actions: Submit data.
                  - id: 1-2-diabetes
                    number: "1.2"
                    area: Diabetes
                    status: draft
                    actions: Manage diabetes.
                  - id: 1-3-falls
                    number: "1.3"
                    area: Falls
                    status: withdrawn
                    actions: Review falls.
                  - id: 1-4-stroke
                    number: "1.4"
                    area: Stroke
                    actions: Stroke pathway.
                """);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"));
        assertEquals(0, r.exitCode(), r.diagnostics().toString());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("out").resolve(path)));
    }

    @Test
    void eachStatusPageListsExactlyItsIntentions() throws IOException {
        assertEquals(List.of("1.1 Coding Agreed"), page("plans/test-2008-09/status/agreed.html")
                .select("ul.status-list li").eachText());
        assertEquals(List.of("1.2 Diabetes Draft"), page("plans/test-2008-09/status/draft.html")
                .select("ul.status-list li").eachText());
        // an intention with no status is listed as such, never assumed to be a draft
        assertEquals(List.of("1.4 Stroke Status not stated"), page("plans/test-2008-09/status/not-stated.html")
                .select("ul.status-list li").eachText());
        assertEquals(4, page("plans/test-2008-09/all-intentions.html").select("ul.status-list li").size());
        assertFalse(Files.exists(dir.resolve("out/plans/test-2008-09/status/deferred.html")),
                "no page for a status nobody has");
    }

    @Test
    void theFilterShowsCountsAndMarksThePageShown() throws IOException {
        Document withdrawn = page("plans/test-2008-09/status/withdrawn.html");
        assertEquals(List.of("All (4)", "Draft (1)", "Agreed (1)", "Withdrawn (1)", "Status not stated (1)"),
                withdrawn.select("nav.status-filter a").eachText());
        assertEquals(List.of("Withdrawn (1)"), withdrawn.select("nav.status-filter a[aria-current=page]").eachText());
        Document section = page("plans/test-2008-09/sections/acute.html");
        assertEquals(5, section.select("nav.status-filter a").size());
        assertEquals(0, section.select("nav.status-filter a[aria-current]").size(), "a section is not a filter page");
    }
}
