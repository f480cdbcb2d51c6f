package uk.nhs.intentions.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.BuildOptions;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.testing.TestSites;

/** Close a round, edit the plan in every way that matters, rebuild, and read the change pages. */
class RoundChangesTest {
    @TempDir
    Path dir;
    Path config;
    Path section;

    @BeforeEach
    void closeFirstRound() throws IOException {
        config = TestSites.write(dir, """
                -- content/plans/test-2008-09/rounds.yml --
                rounds:
                  - id: draft-to-groups
                    name: Draft to PBC groups, January 2008
                    opens: 2008-01-24
                    closes: 2008-02-15
                    audience: PBC groups
                  - id: board
                    name: Board approval, March 2008
                -- content/plans/test-2008-09/budgets/allocation.yml --
                id: allocation
                number: "1"
                title: Revenue allocation
                rows:
                  - id: base
                    label: Allocation 2007/08
                    value: "653,130"
                  - id: growth
                    label: Growth
                    value: "37,123"
                  - id: total
                    label: Total
                    total: [base, growth]
                    value: "690,253"
                -- content/plans/test-2008-09/sections/1-acute.yml --
                id: acute
                number: 1
                title: Acute care
                narrative: [background]
                intentions:
                  - id: 1-1-coding
                    number: "1.1"
                    area: Coding
                    actions: Submit data by the 15th working day.
                    outcomes: Appropriate coding of activity
                    providers: [all-acute-providers]
                  - id: 1-2-diabetes
                    number: "1.2"
                    area: Diabetes
                    actions: Manage diabetic patients in primary care.
                    providers: [city-hospital]
                  - id: 1-3-falls
                    number: "1.3"
                    area: Falls
                    actions: Review the falls service.
                    providers: [city-hospital]
                  - id: 1-4-stroke
                    number: "1.4"
                    area: Stroke
                    actions: Develop a stroke pathway.
                    providers: [city-hospital]
                """);
        section = dir.resolve("content/plans/test-2008-09/sections/1-acute.yml");
        var result = SiteBuild.load(config);
        assertEquals(0, result.result().exitCode(), result.result().diagnostics().toString());
        var loaded = (SiteBuild.Loaded.Ready) result;
        RoundCloser.Outcome o = RoundCloser.close(loaded.site(), loaded.config().contentDir(), "draft-to-groups", null);
        assertTrue(o instanceof RoundCloser.Outcome.Closed, o.message());
    }

    private void edit(String from, String to) throws IOException {
        String s = Files.readString(section);
        assertTrue(s.contains(from), from);
        Files.writeString(section, s.replace(from, to));
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path)));
    }

    @Test
    void eachKindOfEditAppearsOnTheChangePageAndNothingSpurious() throws IOException {
        edit("Submit data by the 15th working day.", "Submit data by the 10th working day.");   // reword
        edit("  - id: 1-3-falls\n    number: \"1.3\"\n    area: Falls\n    actions: Review the falls service.\n"
                + "    providers: [city-hospital]\n", "");                                   // remove
        edit("number: \"1.4\"", "number: \"1.3\"");                                      // renumber
        edit("primary care.\n    providers: [city-hospital]", "primary care.\n    providers: [county-hospice]");
        Files.writeString(section, Files.readString(section) + "  - id: 1-5-end-of-life\n    number: \"1.5\"\n"
                + "    area: End of life\n    actions: Develop end of life pathways.\n");     // add
        Path budget = dir.resolve("content/plans/test-2008-09/budgets/allocation.yml");
        Files.writeString(budget, Files.readString(budget).replace("\"37,123\"", "\"38,000\"")
                .replace("\"690,253\"", "\"691,130\""));                                // move a figure
        BuildResult r = SiteBuild.build(config, BuildOptions.defaults());
        assertEquals(0, r.exitCode(), r.diagnostics().toString());

        Document change = page("plans/test-2008-09/changes/draft-to-groups.html");
        assertEquals("Changes since Draft to PBC groups, January 2008", change.selectFirst("h1").text());
        assertEquals("Intentions added (1)", change.select("main h2").get(0).text());
        assertEquals("1.5 End of life", change.select("h2 + ul.change-list").get(0).text());
        assertEquals("Intentions removed (1)", change.select("main h2").get(1).text());
        assertEquals("1.3 Falls", change.select("h2 + ul.change-list").get(1).text());
        assertEquals("Intentions changed (3)", change.select("main h2").get(2).text());
        List<String> changed = change.select("section.change h3").eachText();
        assertEquals(List.of("1.1 Coding", "1.2 Diabetes", "1.3 Stroke"), changed);

        Element coding = change.getElementById("change-1-1-coding");
        assertEquals("15th", coding.select("del").text());
        assertEquals("10th", coding.select("ins").text());
        assertTrue(coding.select("ul.change-summary li").isEmpty(), "a reword is not a renumbering");

        Element stroke = change.getElementById("change-1-4-stroke");
        assertEquals(List.of("Renumbered from 1.4 to 1.3"), stroke.select("ul.change-summary li").eachText());
        assertTrue(stroke.select("dl.diff").isEmpty(), "renumbering alone changes no text");

        Element diabetes = change.getElementById("change-1-2-diabetes");
        assertEquals(List.of("Provider added: County Hospice", "Provider removed: City Hospital NHS Trust"),
                diabetes.select("ul.change-summary li").eachText());

        assertEquals("Budget figures that moved (2)", change.select("main h2").get(3).text());
        assertEquals(List.of("Table 1: Revenue allocation Growth 37,123 38,000 +877",
                "Table 1: Revenue allocation Total 690,253 691,130 +877"),
                change.select("table:has(caption:contains(Budget figures)) tbody tr").eachText());

        Document history = page("plans/test-2008-09/intentions/1-4-stroke.html");
        List<String> rows = history.select("table:has(caption:contains(consultation round)) tbody tr").eachText();
        assertEquals(List.of("Draft to PBC groups, January 2008 1.4 Status not stated –",
                "This version, published 24 January 2008 1.3 Status not stated Yes"), rows,
                "the current version is named by its date; an intention without a status is not called a draft");
    }

    @Test
    void unchangedPlanShowsNothingChanged() throws IOException {
        BuildResult r = SiteBuild.build(config, BuildOptions.defaults());
        assertEquals(0, r.exitCode(), r.diagnostics().toString());
        Document change = page("plans/test-2008-09/changes/draft-to-groups.html");
        assertEquals("Nothing changed.", change.selectFirst("main p + p").text());
        assertTrue(change.select("section.change").isEmpty());
        assertFalse(change.text().contains("Budget figures"), "no budget figure moved");
    }

    @Test
    void malformedSnapshotGivesAClearErrorNamingTheRound() throws IOException {
        Path snapshot = dir.resolve("content/plans/test-2008-09/rounds/draft-to-groups.yml");
        Files.writeString(snapshot, Files.readString(snapshot).replace("  - id: \"1-2-diabetes\"", "  - id: [oops"));
        List<String> out = SiteBuild.check(config).diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(out.stream().anyMatch(l -> l.startsWith(
                "content/plans/test-2008-09/rounds/draft-to-groups.yml:") && l.contains("error: malformed YAML")),
                out.toString());
        Files.writeString(snapshot, "round: draft-to-groups\nintentions: 3\n");
        out = SiteBuild.check(config).diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(List.of("content/plans/test-2008-09/rounds/draft-to-groups.yml:2:13: error: field `intentions`"
                + " must be a list, found `3`"), out);
    }

    @Test
    void closingTwiceIsRefused() throws IOException {
        var loaded = (SiteBuild.Loaded.Ready) SiteBuild.load(config);
        RoundCloser.Outcome o = RoundCloser.close(loaded.site(), loaded.config().contentDir(), "draft-to-groups", null);
        assertEquals("round `draft-to-groups` is already closed; its snapshot is kept as it is", o.message());
    }
}
