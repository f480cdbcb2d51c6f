package uk.nhs.intentions.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.nhs.intentions.render.Downloads;
import uk.nhs.intentions.testing.BundledSite;

/**
 * Downloads are discoverable: plan, provider and priority pages link their files with format and true size,
 * plan and provider pages announce their feeds in the head, and each plan's Data page explains every table
 * and column, states the licence and why a feed or OCDS file is missing, with schema.org Dataset metadata.
 */
class DataPageTest {
    static final String EXAMPLE_PLAN = "plans/exampleshire-2026-27/";

    @Test
    void planProviderAndPriorityPagesLinkTheirDownloadsWithTrueSizes() throws IOException {
        BundledSite site = BundledSite.example();
        List<String> plan = downloads(site, EXAMPLE_PLAN + "index.html");
        assertEquals(List.of("data/intentions.csv CSV", "data/intention-providers.csv CSV", "data/budget-figures.csv CSV",
                "data/datapackage.json JSON", "data/plan.json JSON", "data/ocds-release-package.json JSON",
                "documents/board-pack.pdf PDF", "feed.atom Atom", "data/index.html"), plan);
        assertEquals(List.of("../plans/exampleshire-2026-27/documents/providers/riverside-hospitals.pdf PDF",
                "../providers/riverside-hospitals.atom Atom",
                "../plans/exampleshire-2026-27/data/intention-providers.csv CSV"),
                downloads(site, "providers/riverside-hospitals.html"));
        assertEquals(List.of("../plans/west-herts-2008-09/data/intention-priorities.csv CSV"),
                downloads(BundledSite.get(), "priorities/cancer.html"));
        // every size shown is the file's own
        for (Element li : site.page(EXAMPLE_PLAN + "index.html").select("section.downloads li:has(span.meta)")) {
            String href = li.selectFirst("a").attr("href");
            long bytes = Files.size(site.out.resolve(EXAMPLE_PLAN).resolve(href).normalize());
            assertEquals(li.selectFirst("span.meta").text().replaceFirst("^[A-Za-z]+, ", ""), Downloads.sizeText(bytes), href);
        }
    }

    @Test
    void plansAndProvidersAnnounceTheirFeeds() {
        assertEquals("../../plans/exampleshire-2026-27/feed.atom", BundledSite.example().page(EXAMPLE_PLAN + "index.html")
                .select("head link[rel=alternate][type=application/atom+xml]").attr("href"));
        assertEquals("../providers/riverside-hospitals.atom", BundledSite.example().page("providers/riverside-hospitals.html")
                .select("head link[rel=alternate][type=application/atom+xml]").attr("href"));
        // the real plan states no date, so it has no feed to announce
        assertEquals(0, BundledSite.get().page("plans/west-herts-2008-09/index.html")
                .select("link[type=application/atom+xml]").size());
    }

    @Test
    void theDataPageExplainsEveryTableAndColumnAndTheLicence() {
        Document d = BundledSite.example().page(EXAMPLE_PLAN + "data/index.html");
        assertEquals("Data: Exampleshire commissioning intentions 2026/27", d.selectFirst("h1").text());
        assertEquals("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                d.select("main a:containsOwn(Open Government Licence v3.0)").attr("href"));
        List<String> tables = d.select("section.data-table h3").eachText();
        assertEquals(15, tables.size());
        assertEquals("intention-providers.csv: Intentions affecting each provider", tables.get(4));
        Element affected = d.selectFirst("#table-intention-providers").parent();
        assertEquals(List.of("intention", "provider", "how", "through_group"), affected.select("tbody th").eachText());
        assertTrue(d.select("main p").eachText().stream().noneMatch(t -> t.startsWith("There is no")));

        Document real = BundledSite.get().page("plans/west-herts-2008-09/data/index.html");
        assertEquals(List.of("There is no Atom feed: the plan states no date, and every feed entry must be dated.",
                "There is no OCDS file: no OCDS ocid prefix is configured (open_data.ocid_prefix in site-config.yml)."),
                real.select("main p").eachText().stream().filter(t -> t.startsWith("There is no")).toList());
    }

    @Test
    void theDataPageCarriesSchemaOrgDatasetMetadata() {
        Document d = BundledSite.example().page(EXAMPLE_PLAN + "data/index.html");
        JsonNode ld = new ObjectMapper().readTree(d.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Dataset", ld.get("@type").asString());
        assertEquals("Exampleshire commissioning intentions 2026/27", ld.get("name").asString());
        assertEquals("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", ld.get("license").asString());
        assertEquals("2026-04-20", ld.get("dateModified").asString());
        List<String> urls = new ArrayList<>();
        ld.get("distribution").forEach(x -> urls.add(x.get("encodingFormat").asString() + " " + x.get("contentUrl").asString()));
        assertEquals("text/csv https://example.org/exampleshire/plans/exampleshire-2026-27/data/intentions.csv", urls.get(0));
        assertTrue(urls.contains("application/pdf https://example.org/exampleshire/plans/exampleshire-2026-27/documents/board-pack.pdf"), urls::toString);
        assertEquals(8, urls.size());
    }

    private static List<String> downloads(BundledSite site, String page) {
        List<String> out = new ArrayList<>();
        for (Element li : site.page(page).select("section.downloads li")) {
            Element meta = li.selectFirst("span.meta");
            out.add(li.selectFirst("a").attr("href").replace("../../" + EXAMPLE_PLAN, "")
                    + (meta == null ? "" : " " + meta.text().replaceFirst(",.*", "")));
        }
        return out;
    }
}
