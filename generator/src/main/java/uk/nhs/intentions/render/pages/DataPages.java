package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.SiteFooter;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;
import uk.nhs.intentions.render.data.DataOutputs;
import uk.nhs.intentions.render.outputs.Json;

/**
 * One "Data" page per plan ({@code plans/<plan>/data/index.html}): every download with its size, what each
 * table and column means, the licence, why a feed or OCDS file is missing when it is, and schema.org
 * {@code Dataset} metadata (JSON-LD) for dataset search engines.
 */
final class DataPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (Plan plan : ctx.index().site().plans()) {
            // lazy: the files it lists are written before pages are rendered, after pages are planned
            pages.add(Page.lazy(SitePaths.dataPage(plan.id()), "data.ftlh", () -> model(ctx, plan)));
        }
        return pages;
    }

    private static Map<String, Object> model(RenderContext ctx, Plan plan) {
        SiteFooter footer = ctx.settings().footer();
        List<Map<String, Object>> downloads = DataOutputs.planDownloads(ctx, plan);
        List<String> missing = new ArrayList<>();
        DataOutputs.whyNoFeed(ctx, plan).ifPresent(why -> missing.add("There is no Atom feed: " + why + "."));
        DataOutputs.whyNoOcds(ctx, plan).ifPresent(why -> missing.add("There is no OCDS file: " + why + "."));
        missing.addAll(DataOutputs.documentsNotMade(ctx));
        Map<String, Object> m = Views.map(
                "title", "Data: " + plan.title(),
                "description", "Open data of " + plan.title() + ": CSV tables, a data package, the whole plan as JSON"
                        + " and feeds, with what every column means and the licence.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(), SitePaths.plan(plan.id())),
                "planTitle", plan.title(),
                "downloads", downloads,
                "tables", DataOutputs.tables(ctx, plan),
                "providerPacks", DataOutputs.providerPacks(ctx, plan),
                "missing", missing,
                "licence", footer.licence(),
                "licenceUrl", footer.licenceUrl(),
                "schemaHref", SitePaths.planSchema(),
                "jsonld", Json.write(dataset(ctx, plan, downloads)));
        return m;
    }

    /** schema.org Dataset: name, description, licence, creator, dates from the content, each file as a download. */
    private static Map<String, Object> dataset(RenderContext ctx, Plan plan, List<Map<String, Object>> downloads) {
        String base = ctx.settings().baseUrl();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@context", "https://schema.org");
        d.put("@type", "Dataset");
        d.put("name", plan.title());
        d.put("description", "The commissioning intentions of " + String.join(" and ", plan.commissioners())
                + " for " + plan.period() + ": intentions, the providers they affect, priorities, budget figures,"
                + " consultation rounds, responses and changes.");
        if (!base.isEmpty()) {
            d.put("url", base + SitePaths.dataPage(plan.id()));
        }
        if (!ctx.settings().footer().licenceUrl().isEmpty()) {
            d.put("license", ctx.settings().footer().licenceUrl());
        }
        d.put("isAccessibleForFree", true);
        d.put("inLanguage", ctx.settings().language());
        d.put("creator", plan.commissioners().stream()
                .map(c -> (Object) Views.map("@type", "Organization", "name", c)).toList());
        // schema.org dates are ISO 8601, which writes a month or a year as the source gives it
        plan.publishedOn().ifPresent(p -> d.put("datePublished", p.toString()));
        plan.updatedOn().ifPresent(u -> d.put("dateModified", u.toString()));
        d.put("temporalCoverage", plan.period());
        List<Object> dist = new ArrayList<>();
        for (Map<String, Object> l : downloads) {
            String href = (String) l.get("href");
            dist.add(Views.map("@type", "DataDownload", "name", l.get("label"),
                    "encodingFormat", mediaType(href), "contentUrl", base.isEmpty() ? href : base + href));
        }
        d.put("distribution", dist);
        return d;
    }

    private static String mediaType(String path) {
        if (path.endsWith(".csv")) {
            return "text/csv";
        }
        if (path.endsWith(".pdf")) {
            return "application/pdf";
        }
        return path.endsWith(".atom") ? "application/atom+xml" : "application/json";
    }
}
