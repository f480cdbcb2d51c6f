package uk.nhs.intentions.render.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.chart.ChartData;
import uk.nhs.intentions.chart.ChartRenderer;
import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.ChartSpec;
import uk.nhs.intentions.model.ConsultationResponse;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.SiteFooter;
import uk.nhs.intentions.render.PlanDates;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.Views;

/**
 * The models of the print templates (board-pack.ftlh, provider-pack.ftlh): the same views the pages use, plus
 * a cover (commissioner, date, version, contact) and charts as inline SVG, since a PDF is one self-contained
 * file. One instance per build: what every provider pack shares is worked out once.
 */
public final class PrintModels {
    private final RenderContext ctx;
    /** Made when the first provider pack is: a build that keeps every pack as it was never needs it. */
    private final java.util.function.Supplier<Map<String, List<Map<String, Object>>>> namingNone;

    public PrintModels(RenderContext ctx) {
        this.ctx = ctx;
        this.namingNone = uk.nhs.intentions.support.Once.of(() -> ProviderPages.namingNoProviderOnce(ctx));
    }

    /** "What the plan means for the provider": the provider page's model for this plan, with the cover. */
    public Map<String, Object> providerPack(Plan plan, Provider p) {
        Map<String, Object> m = new LinkedHashMap<>(ProviderPages.forPlan(ctx, p, plan, namingNone.get()));
        m.put("title", "What " + plan.title() + " means for " + p.name());
        m.put("providerName", p.name());
        m.put("cover", cover(plan));
        return m;
    }

    /** The whole plan: cover, introduction, every section's intentions, budgets with charts, responses, changes. */
    public Map<String, Object> boardPack(Plan plan) {
        PlanIndex pi = ctx.index().plan(plan.id()).orElseThrow();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : plan.sections().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList()) {
            sections.add(Views.map("id", "section-" + s.id(), "title", s.number() + ". " + s.title(),
                    "summary", ctx.markdown().toMarkup(s.summary()),
                    "intentions", s.intentions().stream().map(i -> Views.intentionFull(ctx, pi, i)).toList()));
        }
        List<Map<String, Object>> budgets = new ArrayList<>();
        for (BudgetTable t : plan.budgets()) {
            List<Map<String, Object>> charts = new ArrayList<>();
            for (ChartSpec spec : t.charts()) {
                ChartData.of(plan, t, spec).ifPresent(d -> {
                    Map<String, Object> c = BudgetViews.chart(d);
                    c.put("svg", "data:image/svg+xml;base64," + Base64.getEncoder()
                            .encodeToString(ChartRenderer.svg(d).getBytes(StandardCharsets.UTF_8)));
                    charts.add(c);
                });
            }
            budgets.add(Views.map("id", "budget-" + t.id(), "title", t.caption(), "source", t.source(),
                    "table", BudgetViews.table(ctx, plan, t), "charts", charts));
        }
        List<Map<String, Object>> responses = new ArrayList<>();
        for (ConsultationResponse r : plan.responses()) {
            responses.add(ResponsePages.response(ctx, pi, r));
        }
        List<Map<String, Object>> changes = ctx.index().changes(plan.id()).map(PlanChanges::steps).orElse(List.of())
                .stream().map(c -> ChangePages.changeSet(ctx, pi, c)).toList();
        return Views.map(
                "title", plan.title() + ": board pack",
                "planTitle", plan.title(),
                "cover", cover(plan),
                "introduction", ctx.markdown().toMarkup(plan.introduction()),
                "sections", sections,
                "budgets", budgets,
                "responses", responses,
                "changes", changes,
                "intentionCount", plan.intentionCount());
    }

    /** Who, when, which version, whom to ask: only what the content and settings say, "not stated" otherwise. */
    private Map<String, Object> cover(Plan plan) {
        SiteFooter f = ctx.settings().footer();
        String contact = !f.contactEmail().isEmpty() ? f.contactEmail() : f.contactUrl();
        return Views.map(
                "planTitle", plan.title(),
                "commissioners", plan.commissioners(),
                "period", plan.period(),
                "status", plan.status(),
                "published", plan.published().map(PlanDates::format).orElse(""),
                "updated", plan.updated().map(PlanDates::format).orElse(""),
                "version", PlanDates.currentVersion(plan),
                "rounds", plan.rounds().size(),
                "contact", contact,
                "contactIsEmail", !f.contactEmail().isEmpty(),
                "owner", f.owner(),
                "licence", f.licence(),
                "address", ctx.settings().baseUrl(),
                "banner", ctx.settings().banner(),
                "bannerCss", PlanDates.cssString(ctx.settings().banner()));
    }
}
