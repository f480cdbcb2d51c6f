package uk.nhs.intentions.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.model.Plan;

/**
 * The dates a reader is told: the line every page of a plan carries ("Published … · Last updated …"), the
 * name of the current version in history tables, and dates as GOV.UK writes them (24 January 2008). A date
 * the content does not give is said to be not stated, never filled in.
 */
public final class PlanDates {
    private PlanDates() {
    }

    public static String format(LocalDate d) {
        return DateText.format(d);
    }

    /** What the date line shows: {@code published} and {@code updated} as text, "" where the plan gives none. */
    public static Map<String, Object> view(Plan plan) {
        return Map.of("published", plan.publishedOn().map(DateText::format).orElse(""),
                "updated", plan.updatedOn().map(DateText::format).orElse(""));
    }

    /** The current version named by its date: "This version, updated 3 March 2026". */
    public static String currentVersion(Plan plan) {
        if (plan.updatedOn().isPresent()) {
            return "This version, updated " + DateText.format(plan.updatedOn().get());
        }
        return plan.publishedOn().map(d -> "This version, published " + DateText.format(d))
                .orElse("This version (date not stated)");
    }

    /**
     * The line printed at the foot of every printed page (the version of the plan and when it was built), as
     * the inside of a CSS string for an {@code @page} margin box: every character other than a letter, digit or
     * space is written as a CSS escape, so content can neither end the string nor the style element.
     */
    static String printLine(Optional<Plan> plan, String siteTitle, Optional<LocalDate> buildDate) {
        StringBuilder text = new StringBuilder();
        if (plan.isPresent()) {
            Plan p = plan.get();
            text.append(p.title()).append(" · ")
                    .append(p.publishedOn().map(d -> "Published " + DateText.format(d))
                            .orElse("Published (date not stated)"))
                    .append(" · ")
                    .append(p.updatedOn().map(d -> "Last updated " + DateText.format(d))
                            .orElse("Last updated (no update recorded)"));
        } else {
            text.append(siteTitle);
        }
        buildDate.ifPresent(d -> text.append(" · Built on ").append(format(d)));
        return cssString(text.toString());
    }

    /** {@code s} as the inside of a CSS string (see {@link #printLine}): letters, digits and spaces as they are, the rest escaped. */
    public static String cssString(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ') {
                out.appendCodePoint(c);
            } else if (c >= 0x20 && c != 0x7f) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.toString();
    }

    /**
     * The plan a page belongs to: pages under plans/&lt;id&gt;/ belong to that plan; with one plan, every page does.
     * {@code byId} holds the plans by id (the first of each id): looked up by the path's folder rather than by
     * trying every plan, since a national site has 210 plans and 64,000 pages.
     */
    static Optional<Plan> planOf(String path, Map<String, Plan> byId, List<Plan> plans) {
        if (path.startsWith("plans/")) {
            int slash = path.indexOf('/', "plans/".length());
            Plan p = slash < 0 ? null : byId.get(path.substring("plans/".length(), slash));
            if (p != null) {
                return Optional.of(p);
            }
        }
        return plans.size() == 1 ? Optional.of(plans.get(0)) : Optional.empty();
    }

    /** The plans by id, the first of each id, for {@link #planOf}. */
    static Map<String, Plan> byId(List<Plan> plans) {
        Map<String, Plan> m = new java.util.HashMap<>();
        plans.forEach(p -> m.putIfAbsent(p.id(), p));
        return m;
    }
}
