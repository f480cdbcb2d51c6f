package uk.nhs.intentions.render.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.SiteFooter;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;
import uk.nhs.intentions.render.outputs.Json;
import uk.nhs.intentions.render.outputs.Output;
import uk.nhs.intentions.render.outputs.PlanOutputStep;
import uk.nhs.intentions.render.outputs.OutputStep;

/**
 * Each plan's Frictionless Data Package (v2): its CSV tables in {@code plans/<plan>/data/} and the
 * {@code datapackage.json} that describes them (table schemas, primary and foreign keys, sizes, hashes, licence).
 */
final class DataPackageStep implements PlanOutputStep {
    static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

    @Override
    public boolean beforePages() {
        return true;
    }

    @Override
    public List<Output> forPlan(Input in, Plan plan) {
        return forPlan(in.ctx(), plan);
    }

    static List<Output> forPlan(RenderContext ctx, Plan plan) {
        List<Output> out = new ArrayList<>();
        List<Object> resources = new ArrayList<>();
        for (CsvTable t : PlanTables.of(ctx.index(), plan)) {
            byte[] csv = t.csv();
            out.add(new Output(SitePaths.dataFile(plan.id(), t.fileName()), csv));
            resources.add(t.resource(csv, t.sha256()));
        }
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("$schema", PROFILE);
        pkg.put("name", plan.id());
        pkg.put("title", plan.title());
        pkg.put("description", "The commissioning intentions of " + String.join(" and ", plan.commissioners())
                + " for " + plan.period() + " as open data: intentions, the providers they affect (directly and"
                + " through provider groups), priorities, budget figures, consultation rounds, responses and"
                + " changes. Columns are described in each table's schema.");
        if (!ctx.settings().baseUrl().isEmpty()) {
            pkg.put("homepage", ctx.settings().baseUrl() + SitePaths.plan(plan.id()).replace("index.html", ""));
        }
        plan.updated().or(plan::published).ifPresent(d -> pkg.put("created", Versions.dateTime(d)));
        pkg.put("licenses", List.of(licence(ctx.settings().footer())));
        pkg.put("contributors", plan.commissioners().stream()
                .map(c -> (Object) Views.map("title", c, "roles", List.of("publisher"))).toList());
        pkg.put("resources", resources);
        out.add(new Output(SitePaths.dataPackage(plan.id()), Json.prettyUtf8(pkg)));
        return out;
    }

    /**
     * The site's licence ({@code footer.licence}) as a Data Package licence: the Open Government Licence gets its
     * SPDX-style name; any licence gets its address and title; one without an address is named by its title.
     */
    static Map<String, Object> licence(SiteFooter footer) {
        Map<String, Object> l = new LinkedHashMap<>();
        if (footer.licence().equals(SiteFooter.OGL) && footer.licenceUrl().equals(SiteFooter.OGL_URL)) {
            l.put("name", "OGL-UK-3.0");
        } else if (footer.licenceUrl().isEmpty()) {
            String slug = footer.licence().replaceAll("[^a-zA-Z0-9.]+", "-").replaceAll("^-|-$", "");
            l.put("name", slug.isEmpty() ? "licence" : slug);
        }
        if (!footer.licenceUrl().isEmpty()) {
            l.put("path", footer.licenceUrl());
        }
        l.put("title", footer.licence());
        return l;
    }
}
