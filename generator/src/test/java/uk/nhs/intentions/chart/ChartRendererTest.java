package uk.nhs.intentions.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import uk.nhs.intentions.MiniSite;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.load.ConfigLoader;
import uk.nhs.intentions.load.ContentLoader;

class ChartRendererTest {

    private static List<ChartData> bundledCharts() {
        Diagnostics diags = new Diagnostics();
        var config = ConfigLoader.load(MiniSite.bundledConfig(), diags).orElseThrow();
        var site = ContentLoader.load(config, diags).orElseThrow();
        return ChartData.all(site);
    }

    @Test
    void bundledPlanHasTheFinanceCharts() {
        // in content order: budget tables as loaded (by file name), charts as declared in each table
        assertEquals(List.of("pbc-budgets-by-scenario", "allocation-bridge", "investments-by-area",
                "pbc-budgets-no-deposit", "pbc-budgets-13-7m-deposit"),
                bundledCharts().stream().map(ChartData::id).toList());
    }

    @Test
    void svgIsWellFormedWithTitleAndDescAndIsByteIdenticalAcrossRenders() throws Exception {
        for (ChartData d : bundledCharts()) {
            String first = ChartRenderer.svg(d);
            String second = ChartRenderer.svg(d);
            assertArrayEquals(first.getBytes(StandardCharsets.UTF_8), second.getBytes(StandardCharsets.UTF_8), d.id());
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getLocalName());
            assertEquals("img", doc.getDocumentElement().getAttribute("role"));
            assertEquals(d.title(), doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
            assertFalse(doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent().isBlank());
            assertTrue(first.contains("chart-" + d.id() + "-clip-0"), "stable defs prefix");
        }
    }

    @Test
    void waterfallDescriptionGivesEveryStepAsPrinted() {
        ChartData bridge = bundledCharts().stream().filter(d -> d.id().equals("allocation-bridge")).findFirst()
                .orElseThrow();
        assertEquals("Waterfall chart. It starts at 653,130 (Allocation 2007/08 incl non recurrent), then 2006/7 debt"
                + " repaid in 2007/08 +27,146; 2008/09 increase +37,123; Purchaser Parity Adj & MFF (3,874); Other"
                + " (2,576), ending at 710,949 (Total allocation 2008/09). Increases and decreases are labelled on"
                + " each bar. Figures in £'000.", bridge.description());
    }

    @Test
    void secondBuildReusesUnchangedChartsAndRerendersChangedOnes(@TempDir Path tmp) throws Exception {
        MiniSite site = MiniSite.withBudgets(tmp.resolve("src"), "columns.yml");
        Path out = tmp.resolve("out");
        Path config = site.root().resolve("site-config.yml");
        BuildResult first = SiteBuild.build(config, out);
        assertFalse(first.hasErrors(), first.diagnostics().toString());
        Path svg = out.resolve("plans/test-plan/charts/columns-chart.svg");
        byte[] before = Files.readAllBytes(svg);
        // a marker only a reused file carries: proves the second build copied it rather than re-rendering
        String marked = new String(before, StandardCharsets.UTF_8).replace("</svg>", "<!-- reused --></svg>");
        Files.writeString(svg, marked);
        SiteBuild.build(config, out);
        assertTrue(Files.readString(svg).contains("<!-- reused -->"), "unchanged chart was re-rendered");

        Path table = site.root().resolve("content/plans/test-plan/budgets/columns.yml");
        Files.writeString(table, Files.readString(table).replace("\"149,074\", total: \"213,363\"",
                "\"149,075\", total: \"213,363\""));
        SiteBuild.build(config, out);
        String after = Files.readString(svg);
        assertFalse(after.contains("<!-- reused -->"), "changed chart was not re-rendered");
    }
}
