package uk.nhs.intentions.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.IntentionStatus;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;

/**
 * Converts model records into the small maps templates see. Templates get strings, numbers, booleans,
 * lists, maps and pre-rendered Markdown markup only — never model objects.
 */
public final class Views {
    private Views() {
    }

    /** An ordered map literal: {@code map("label", x, "href", y)}. */
    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    public static Map<String, Object> link(String label, String href) {
        return map("label", label, "href", href);
    }

    public static List<Map<String, Object>> breadcrumbs(Object... labelHrefPairs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < labelHrefPairs.length; i += 2) {
            out.add(link((String) labelHrefPairs[i], (String) labelHrefPairs[i + 1]));
        }
        return out;
    }

    public static Map<String, Object> status(Intention i) {
        return map("id", i.status().id(), "label", i.status().label());
    }

    /**
     * An intention as a row of a listing: number, area, link, status; the status says whether it is the one
     * the plan's own status implies ({@code usual}), so lists tag only the intentions that differ.
     */
    public static Map<String, Object> intentionLink(Plan plan, Intention i) {
        Map<String, Object> status = status(i);
        status.put("usual", usualStatus(plan).filter(u -> u == i.status()).isPresent());
        return map("id", i.id(), "number", i.number(), "area", i.area(), "label", (i.number() + " " + i.area()).strip(),
                "href", SitePaths.intention(plan.id(), i.id()), "status", status);
    }

    /** The intention status a plan's status implies (a draft plan's intentions are drafts), if any. */
    public static Optional<IntentionStatus> usualStatus(Plan plan) {
        return switch (plan.status()) {
            case "draft" -> Optional.of(IntentionStatus.DRAFT);
            case "consultation" -> Optional.of(IntentionStatus.CONSULTATION);
            case "approved" -> Optional.of(IntentionStatus.AGREED);
            default -> Optional.empty();
        };
    }

    /** The note above a list that leaves out the usual status: the status and the plan's, as tags. */
    public static Map<String, Object> usualStatusNote(Plan plan) {
        return usualStatus(plan).map(u -> map("id", u.id(), "label", u.label(), "plan", plan.status()))
                .orElse(null);
    }

    /** An intention with its full text, for section tables and provider pages. */
    public static Map<String, Object> intentionFull(RenderContext ctx, PlanIndex plan, Intention i) {
        Map<String, Object> m = intentionLink(plan.plan(), i);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int k = 0; k < i.parts().size(); k++) {
            IntentionPart p = i.parts().get(k);
            Map<String, Object> part = new LinkedHashMap<>(ctx.partText(plan.plan(), i, k));
            part.put("providers", providerLinks(ctx, p.providers()));
            if (p.providersAsPrinted() != null) {
                part.put("providersAsPrinted", p.providersAsPrinted());
            }
            parts.add(part);
        }
        m.put("parts", parts);
        m.put("gaps", i.gaps());
        m.putAll(shape(plan.plan(), i));
        return m;
    }

    /**
     * What the document's shape adds to an intention: its timescale and due date as the source gives them, and
     * which columns the document has ({@code showOutcomes} false: a letter that states no outcomes shows no
     * "no outcome given" gap on every row).
     */
    public static Map<String, Object> shape(Plan plan, Intention i) {
        return map("timescale", i.timescale(), "due", i.due().map(DateText::format).orElse(""),
                "showActions", plan.document().has("actions"), "showOutcomes", plan.document().has("outcomes"),
                "showProviders", plan.document().has("providers"));
    }

    /**
     * A part's proposed actions and expected outcomes as markup, and whether the plan gives each. Pages ask
     * {@link RenderContext#partText}, which makes this once per build.
     */
    static Map<String, Object> partText(RenderContext ctx, IntentionPart p) {
        return map(
                "actions", ctx.markdown().toMarkup(p.actions()),
                "hasActions", !p.actions().isBlank(),
                "outcomes", ctx.markdown().toMarkup(p.outcomes()),
                "hasOutcomes", !p.outcomes().isBlank());
    }

    public static List<Map<String, Object>> providerLinks(RenderContext ctx, List<Ref> refs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Ref r : refs) {
            ctx.index().providers().provider(r.id()).ifPresent(p -> out.add(providerLink(p)));
        }
        return out;
    }

    public static Map<String, Object> providerLink(Provider p) {
        return map("id", p.id(), "label", p.name(), "href", SitePaths.provider(p.id()), "kind", p.kind().label(),
                "isGroup", p.isGroup());
    }
}
