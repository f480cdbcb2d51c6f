package uk.nhs.intentions.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.nhs.intentions.model.Documents;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.render.Downloads;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;
import uk.nhs.intentions.render.outputs.OutputStep;

/**
 * The open-data steps, in the order their files are written, and what pages need to link them: the downloads
 * of a plan, a provider and a priority (each only if written, with its size) and the description of every
 * table for the plan's data page.
 */
public final class DataOutputs {
    private DataOutputs() {
    }

    public static List<OutputStep> standard() {
        return List.of(new DataPackageStep(), new PlanJsonStep(), new OcdsStep(), new FeedStep());
    }

    /** Why the plan has no OCDS release package, or empty when it has one. */
    public static Optional<String> whyNoOcds(RenderContext ctx, Plan plan) {
        return OcdsStep.missing(ctx, plan);
    }

    /** Why the plan has no Atom feed, or empty when it has one. */
    public static Optional<String> whyNoFeed(RenderContext ctx, Plan plan) {
        return FeedStep.missing(ctx, plan);
    }

    /** The plan's provider packs that were made, one per provider, in name order, as links with their sizes. */
    public static List<Map<String, Object>> providerPacks(RenderContext ctx, Plan plan) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Provider p : ctx.index().providers().providersByName()) {
            ctx.downloads().link(p.name(), "PDF", SitePaths.providerPack(plan.id(), p.id())).ifPresent(out::add);
        }
        return out;
    }

    /** Which documents the site's settings switched off ({@code documents:} in site-config.yml), in words. */
    public static List<String> documentsNotMade(RenderContext ctx) {
        Documents d = ctx.settings().openData().documents();
        List<String> out = new ArrayList<>();
        if (!d.boardPack()) {
            out.add("There is no board pack (PDF): this site's settings switch it off"
                    + " (documents: board_pack: false in site-config.yml).");
        }
        if (!d.providerPacks()) {
            out.add("There are no provider packs (PDF): this site's settings switch them off"
                    + " (documents: provider_packs: none in site-config.yml).");
        }
        return out;
    }

    /** The plan's main downloads, as links with format and size; only files that were written. */
    public static List<Map<String, Object>> planDownloads(RenderContext ctx, Plan plan) {
        Downloads d = ctx.downloads();
        List<Map<String, Object>> out = new ArrayList<>();
        String id = plan.id();
        d.link("Intentions", "CSV", SitePaths.dataFile(id, "intentions.csv")).ifPresent(out::add);
        d.link("Intentions affecting each provider, directly or through a group", "CSV",
                SitePaths.dataFile(id, "intention-providers.csv")).ifPresent(out::add);
        d.link("Budget figures", "CSV", SitePaths.dataFile(id, "budget-figures.csv")).ifPresent(out::add);
        d.link("Data package: every table with its description", "JSON", SitePaths.dataPackage(id)).ifPresent(out::add);
        d.link("The whole plan as one document", "JSON", SitePaths.planJson(id)).ifPresent(out::add);
        d.link("Open Contracting (OCDS) planning releases", "JSON", SitePaths.ocds(id)).ifPresent(out::add);
        d.link("Board pack: the whole plan as one document", "PDF", SitePaths.boardPack(id)).ifPresent(out::add);
        d.link("Feed of new versions and changes", "Atom", SitePaths.planFeed(id)).ifPresent(out::add);
        return out;
    }

    /** A download a page may offer: its label, format and path in the site (linked only if it was written). */
    private record Offer(String label, String format, String path) {
    }

    private static final String PROVIDERS_TABLE = "intention-providers.csv";

    /**
     * What a provider's page offers, in page order: per plan that affects it the provider's pack, then the
     * provider's feed, then per plan the table of intentions affecting each provider.
     */
    private static List<Offer> providerOffers(RenderContext ctx, Provider p) {
        Set<String> ids = ctx.index().providers().impacts(p.id()).stream().map(x -> x.plan().id())
                .collect(Collectors.toSet());
        List<Plan> plans = ctx.index().site().plans().stream().filter(plan -> ids.contains(plan.id())).toList();
        List<Offer> out = new ArrayList<>();
        plans.forEach(plan -> out.add(new Offer("What " + plan.title() + " means for " + p.name(), "PDF",
                SitePaths.providerPack(plan.id(), p.id()))));
        out.add(new Offer("Feed of changes that affect " + p.name(), "Atom", SitePaths.providerFeed(p.id())));
        plans.forEach(plan -> out.add(new Offer(plan.title() + ": intentions affecting each provider", "CSV",
                SitePaths.dataFile(plan.id(), PROVIDERS_TABLE))));
        return out;
    }

    /** The provider's packs, feed and, per plan that affects it, the table of intentions affecting each provider. */
    public static List<Map<String, Object>> providerDownloads(RenderContext ctx, Provider p) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Offer o : providerOffers(ctx, p)) {
            ctx.downloads().link(o.label(), o.format(), o.path()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Every file {@link #providerDownloads} may link for the provider (written or not; the feed is also what
     * {@link #providerFeed} links), so its page can say which downloads' sizes it shows.
     */
    public static List<String> providerDownloadPaths(RenderContext ctx, Provider p) {
        return providerOffers(ctx, p).stream().map(Offer::path).toList();
    }

    /** Per plan that has intentions for the priority: the intention–priority table. */
    public static List<Map<String, Object>> priorityDownloads(RenderContext ctx, Priority priority) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Plan plan : ctx.index().site().plans()) {
            boolean mentioned = plan.intentions().stream()
                    .anyMatch(i -> i.priorities().stream().map(Ref::id).anyMatch(priority.id()::equals));
            if (mentioned) {
                ctx.downloads().link(plan.title() + ": intentions by priority", "CSV",
                        SitePaths.dataFile(plan.id(), "intention-priorities.csv")).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A feed link for a page's head ({@code title}, {@code href}), when the feed was written. */
    public static Optional<Map<String, Object>> planFeed(RenderContext ctx, Plan plan) {
        return ctx.downloads().link(plan.title() + ": versions and changes", "Atom", SitePaths.planFeed(plan.id()));
    }

    public static Optional<Map<String, Object>> providerFeed(RenderContext ctx, Provider p) {
        return ctx.downloads().link("Changes that affect " + p.name(), "Atom", SitePaths.providerFeed(p.id()));
    }

    /** Every CSV table of a plan's package, with its columns, and its link and size when written. */
    public static List<Map<String, Object>> tables(RenderContext ctx, Plan plan) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CsvTable t : PlanTables.describe()) {
            List<Map<String, Object>> columns = t.fields().stream()
                    .map(f -> Views.map("name", f.name(), "type", f.type(), "description", f.description())).toList();
            String path = SitePaths.dataFile(plan.id(), t.fileName());
            Map<String, Object> m = Views.map("name", t.name(), "file", t.fileName(), "title", t.title(),
                    "description", t.description(), "columns", columns);
            ctx.downloads().link(t.title(), "CSV", path).ifPresent(l -> m.put("download", l));
            out.add(m);
        }
        return out;
    }
}
