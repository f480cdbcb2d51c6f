package uk.nhs.intentions.render.documents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import uk.nhs.intentions.index.ProviderImpact;
import uk.nhs.intentions.model.Documents;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageRenderer;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.outputs.Output;
import uk.nhs.intentions.render.outputs.OutputStep;
import uk.nhs.intentions.render.pages.PrintModels;

/**
 * The PDF documents: each plan's board pack and, per plan, a provider pack for every provider (not group) the
 * plan affects, directly or through a group; as {@code documents:} in site-config.yml says. Each is its print
 * template rendered to HTML, then to PDF, in parallel; a document whose HTML (and metadata) hashes to the key
 * recorded in the previous site's file is taken from it instead. Written before the pages, so pages link them
 * with their sizes.
 */
public final class DocumentStep implements OutputStep {
    static final String BOARD_TEMPLATE = "board-pack.ftlh";
    static final String PROVIDER_TEMPLATE = "provider-pack.ftlh";

    @Override
    public boolean beforePages() {
        return true;
    }

    /** One document to make: where it goes, its template and model, and what it says about itself. */
    private record Job(String path, String template, Supplier<Map<String, Object>> model, String title,
            String subject, Plan plan) {
    }

    @Override
    public List<Output> outputs(Input in) {
        if (in.renderer().isEmpty()) {
            return List.of();
        }
        RenderContext ctx = in.ctx();
        Documents wanted = ctx.settings().openData().documents();
        PrintModels models = new PrintModels(ctx);
        List<Job> jobs = new ArrayList<>();
        for (Plan plan : ctx.index().site().plans()) {
            if (wanted.boardPack()) {
                jobs.add(new Job(SitePaths.boardPack(plan.id()), BOARD_TEMPLATE, () -> models.boardPack(plan),
                        plan.title() + ": board pack", "The whole of " + plan.title() + " as one document", plan));
            }
            if (wanted.providerPacks()) {
                for (Provider p : affected(ctx, plan)) {
                    jobs.add(new Job(SitePaths.providerPack(plan.id(), p.id()), PROVIDER_TEMPLATE,
                            () -> models.providerPack(plan, p), "What " + plan.title() + " means for " + p.name(),
                            "The intentions of " + plan.title() + " that affect " + p.name()
                                    + ", directly or through a provider group", plan));
                }
            }
        }
        PageRenderer renderer = in.renderer().get();
        return jobs.parallelStream().map(j -> make(j, ctx, renderer, in)).toList();
    }

    /** The providers (not groups) that at least one intention of the plan affects, in name order. */
    static List<Provider> affected(RenderContext ctx, Plan plan) {
        List<Provider> out = new ArrayList<>();
        for (Provider p : ctx.index().providers().providersByName()) {
            if (p.isGroup()) {
                continue;
            }
            List<ProviderImpact> impacts = ctx.index().providers().impacts(p.id());
            if (impacts.stream().anyMatch(x -> x.plan().id().equals(plan.id()))) {
                out.add(p);
            }
        }
        return out;
    }

    private static Output make(Job j, RenderContext ctx, PageRenderer renderer, Input in) {
        if (in.documentsLater().isPresent()) {
            Optional<byte[]> kept = in.previous().file(j.path());
            if (kept.isPresent()) {
                in.documentsLater().get().accept(j.path());
                return new Output(j.path(), kept.get());
            }
        }
        String html = new String(renderer.renderUtf8(Page.lazy(j.path(), j.template(), j.model())),
                StandardCharsets.UTF_8);
        String base = ctx.settings().baseUrl();
        PdfMaker.Meta meta = new PdfMaker.Meta(j.title(), j.subject(), ctx.settings().language(),
                date(j.plan(), ctx), base.isEmpty() ? "" : base + j.path());
        String key = PdfMaker.key(html, meta);
        Optional<byte[]> old = in.previous().file(j.path()).filter(b -> PdfMaker.hasKey(b, key));
        return new Output(j.path(), old.orElseGet(() -> PdfMaker.pdf(html, meta)));
    }

    /** The document's date: the plan's last update, else its publication, else the site's build date; else none. */
    private static Optional<LocalDate> date(Plan plan, RenderContext ctx) {
        return plan.updated().or(plan::published).or(() -> ctx.settings().buildDate());
    }
}
