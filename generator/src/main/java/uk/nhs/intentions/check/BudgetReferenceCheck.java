package uk.nhs.intentions.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.ChartSpec;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Site;

/**
 * Budget tables name PBC groups, intentions, narrative pages, and (in charts) rows and columns of this or
 * another table of the plan: each must exist. Table and chart ids must be unique within a plan.
 */
final class BudgetReferenceCheck implements Check {

    @Override
    public void run(Site site, Diagnostics diags) {
        Set<String> groups = site.groups().stream().map(g -> g.id()).collect(Collectors.toSet());
        Set<String> priorities = site.priorities().stream().map(p -> p.id()).collect(Collectors.toSet());
        for (Plan plan : site.plans()) {
            Set<String> intentions = plan.intentions().stream().map(Intention::id).collect(Collectors.toSet());
            Set<String> narrative = plan.narrative().stream().map(NarrativePage::id).collect(Collectors.toSet());
            Map<String, BudgetTable> tables = new HashMap<>();
            Map<String, ChartSpec> charts = new HashMap<>();
            for (BudgetTable t : plan.budgets()) {
                if (!t.id().isEmpty() && tables.putIfAbsent(t.id(), t) != null) {
                    diags.error(t.at().of("id"), "duplicate budget table id `" + t.id() + "` (first used in "
                            + tables.get(t.id()).at().self().path() + ")");
                }
                for (ChartSpec c : t.charts()) {
                    if (!c.id().isEmpty() && charts.putIfAbsent(c.id(), c) != null) {
                        diags.error(c.at().of("id"), "duplicate chart id `" + c.id() + "` in plan `" + plan.id()
                                + "`; chart ids name files and must be unique within a plan");
                    }
                }
            }
            for (BudgetTable t : plan.budgets()) {
                Refs.resolve(t.narrative(), narrative, "narrative page", "narrative/", diags);
                for (BudgetRow r : t.rows()) {
                    if (r.group() != null) {
                        Refs.resolve(List.of(r.group()), groups, "commissioning group", "commissioning-groups.yml", diags);
                    }
                    Refs.resolve(r.intentions(), intentions, "intention", "sections/", diags);
                    Refs.resolve(r.priorities(), priorities, "disease priority", "priorities.yml", diags);
                    if (r.headline() != null && r.values().isEmpty()) {
                        diags.error(r.at().of("headline"), "a headline row needs a figure to show");
                    }
                }
                for (ChartSpec c : t.charts()) {
                    chart(t, c, tables, diags);
                }
            }
        }
    }

    private static void chart(BudgetTable t, ChartSpec c, Map<String, BudgetTable> tables, Diagnostics diags) {
        for (ChartSpec.Series s : c.series()) {
            BudgetTable source = t;
            if (s.table() != null) {
                source = tables.get(s.table().id());
                if (source == null) {
                    diags.add(Diagnostic.error(s.table().pos(), "unknown budget table `" + s.table().id() + "`")
                            .withHint("name a table of the same plan by its id"));
                    continue;
                }
            }
            if (source.column(s.column().id()).isEmpty()) {
                diags.add(Diagnostic.error(s.column().pos(), "unknown column `" + s.column().id()
                        + "` in budget table `" + source.id() + "`"));
                continue;
            }
            for (Ref row : c.rows()) {
                Optional<BudgetRow> r = source.row(row.id());
                if (r.isEmpty()) {
                    diags.error(row.pos(), "unknown row `" + row.id() + "` in budget table `" + source.id() + "`");
                } else if (r.get().figure(s.column().id()).isEmpty()) {
                    diags.error(row.pos(), "row `" + row.id() + "` of budget table `" + source.id()
                            + "` has no figure in column `" + s.column().id() + "` to chart");
                }
            }
        }
    }
}
