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
        return Map.of("published", plan.published().map(PlanDates::format).orElse(""),
                "updated", plan.updated().map(PlanDates::format).orElse(""));
    }

    /** The current version named by its date: "This version, updated 3 March 2026". */
    public static String currentVersion(Plan plan) {
        if (plan.updated().isPresent()) {
            return "This version, updated " + format(plan.updated().get());
        }
        return plan.published().map(d -> "This version, published " + format(d))
                .orElse("This version (date not stated)");
    }

    /** The plan a page belongs to: pages under plans/&lt;id&gt;/ belong to that plan; with one plan, every page does. */
    static Optional<Plan> planOf(String path, List<Plan> plans) {
        for (Plan p : plans) {
            if (path.startsWith("plans/" + p.id() + "/")) {
                return Optional.of(p);
            }
        }
        return plans.size() == 1 ? Optional.of(plans.get(0)) : Optional.empty();
    }
}
