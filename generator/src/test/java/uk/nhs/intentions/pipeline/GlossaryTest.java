package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.testing.TestSites;

/**
 * The glossary: a glossary page, the first use of each term on every page marked and linked, `check` warning
 * about capitalised abbreviations it lacks; provider aliases and consultation pages in search. Fictional fixtures.
 */
class GlossaryTest {
    private static final String GLOSSARY = """
            -- content/glossary.yml --
            terms:
              - term: PCT
                expansion: primary care trust
                source: the test plan
              - term: QQX
                expansion: quite questionable expansion
                definition: A made-up term.
            ignore: [DRAFT]
            -- content/plans/test-2008-09/sections/1-acute.yml --
            id: acute
            number: 1
            title: Acute care
            intentions:
              - id: 1-1-coding
                number: "1.1"
                area: Coding
                actions: The PCT and the QQX will submit data on time. DRAFT. The ZZT will too, and the ZZT again.
                providers: [city-hospital]
            -- content/providers.yml --
            providers:
              - id: city-hospital
                name: City Hospital NHS Trust
                kind: acute
                aliases: [CHT]
                summary: Known locally as CHT.
            """;

    @Test
    void theFirstUseOfATermOnEachPageLinksToTheGlossary(@TempDir Path dir) throws IOException {
        Path config = TestSites.write(dir.resolve("src"), GLOSSARY);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        Document page = Jsoup.parse(Files.readString(dir.resolve("out/plans/test-2008-09/intentions/1-1-coding.html")));
        assertEquals(List.of("PCT", "QQX"), page.select("main a.glossary-term abbr").eachText());
        assertEquals("primary care trust", page.selectFirst("main abbr").attr("title"));
        assertEquals("../../../glossary.html#term-pct", page.selectFirst("main a.glossary-term").attr("href"));
        Document glossary = Jsoup.parse(Files.readString(dir.resolve("out/glossary.html")));
        assertEquals(List.of("PCT primary care trust Source: the test plan",
                "QQX quite questionable expansion A made-up term. Editor's note: the expansion is not written out in"
                        + " the source documents."), glossary.select(".glossary-entry").eachText());
        String index = Files.readString(dir.resolve("out/search-index.js"));
        assertTrue(index.contains("\"title\":\"City Hospital NHS Trust (CHT)\""), "aliases are searchable");
        assertTrue(index.contains("\"plan\":\"Test plan 2008/09\""), "results name their plan");
    }

    @Test
    void checkWarnsOnceAboutEachAbbreviationMissingFromTheGlossaryButNotAboutProviderAliases(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), GLOSSARY);
        List<String> warnings = SiteBuild.check(config).diagnostics().stream()
                .filter(d -> d.format().contains("abbreviation")).map(Diagnostic::format).toList();
        assertEquals(List.of("content/plans/test-2008-09/sections/1-acute.yml:8:14: warning: `ZZT` looks like an"
                + " abbreviation but is not in glossary.yml (used 2 times): add it with its expansion, or to `ignore`"
                + " if it is not an abbreviation"), warnings);
    }

    @Test
    void withoutAGlossaryNothingIsMarkedOrWarned(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), "");
        assertTrue(SiteBuild.check(config).diagnostics().stream().noneMatch(d -> d.format().contains("abbreviation")));
    }
}
