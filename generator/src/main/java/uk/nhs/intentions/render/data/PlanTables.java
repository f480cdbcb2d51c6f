package uk.nhs.intentions.render.data;

import static uk.nhs.intentions.render.data.CsvTable.field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.index.changes.ChangeSet;
import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.BudgetColumn;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.CommissioningGroup;
import uk.nhs.intentions.model.ConsultationResponse;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.TextOf;

/**
 * The tables of one plan's data package, in the order datapackage.json lists them. Columns are documented in
 * docs/open-data.md; the descriptions here travel in the table schemas.
 */
final class PlanTables {
    private PlanTables() {
    }

    /** The tables without rows: what each file and column is, for the plan's data page. */
    static List<CsvTable> describe() {
        return of(null, null);
    }

    /** The site-wide tables of the last index asked for: the same in every plan's package, so made once. */
    private record SiteTables(SiteIndex index, List<CsvTable> tables) {
    }

    private static volatile SiteTables lastSite;

    /**
     * Providers, memberships, priorities and commissioning groups: the same in every plan's package, so made
     * (and turned into CSV) once per index rather than once per plan (a national site has 210 plans and 7,700
     * providers). Only the last index's are kept.
     */
    private static List<CsvTable> siteTables(SiteIndex index) {
        if (index == null) {
            return List.of(providers(null), memberships(null), priorities(null), commissioningGroups(null));
        }
        SiteTables known = lastSite;
        if (known != null && known.index() == index) {
            return known.tables();
        }
        List<CsvTable> made = List.of(providers(index), memberships(index), priorities(index),
                commissioningGroups(index));
        made.forEach(CsvTable::csv); // made now, while only this thread holds them
        lastSite = new SiteTables(index, made);
        return made;
    }

    /** The plan's tables, filled; both null only for {@link #describe()}. */
    static List<CsvTable> of(SiteIndex index, Plan plan) {
        List<CsvTable> t = new ArrayList<>();
        t.add(sections(plan));
        t.add(intentions(plan));
        List<CsvTable> site = siteTables(index);
        t.add(site.get(0));
        t.add(site.get(1));
        t.add(intentionProviders(index, plan));
        t.add(site.get(2));
        t.add(intentionPriorities(plan));
        t.add(site.get(3));
        t.add(intentionGroups(plan));
        t.add(budgetFigures(plan));
        t.add(rounds(plan));
        t.add(responses(plan));
        t.add(responseIntentions(plan));
        PlanChanges changes = plan == null ? null : index.changes(plan.id()).orElseThrow();
        t.add(changes(changes));
        t.add(budgetChanges(changes));
        return t;
    }

    private static CsvTable sections(Plan plan) {
        CsvTable t = new CsvTable("sections", "Sections", "The service-area sections of the intentions table.",
                List.of(field("id", "string", "Stable id of the section"),
                        field("number", "integer", "Section number as printed"),
                        field("title", "string", "Section title"),
                        field("summary", "string", "Summary as plain text")),
                List.of("id"));
        if (plan == null) {
            return t; // described, not filled
        }
        for (Section s : plan.sections()) {
            t.row(s.id(), s.number(), s.title(), TextOf.markdown(s.summary().source()));
        }
        return t;
    }

    private static CsvTable intentions(Plan plan) {
        CsvTable t = new CsvTable("intentions", "Intentions", "One row per commissioning intention of the plan.",
                List.of(field("plan", "string", "Id of the plan"),
                        field("id", "string", "Stable id of the intention (kept when it is renumbered)"),
                        field("number", "string", "Intention number as printed, e.g. 3.1"),
                        field("section", "string", "Id of its section (sections.csv)"),
                        field("area", "string", "Service area"),
                        field("status", "string", "Lifecycle status: draft, consultation, agreed, deferred, withdrawn"
                                + " or not-stated"),
                        field("action", "string", "What the commissioner will do, as plain text (parts separated by"
                                + " a blank line)"),
                        field("outcome", "string", "Expected outcomes, as plain text (parts separated by a blank line)"),
                        field("providers_as_printed", "string", "The providers column as printed in the source")),
                List.of("id"));
        t.foreignKey(List.of("section"), "sections", List.of("id"));
        if (plan == null) {
            return t; // described, not filled
        }
        for (Section s : plan.sections()) {
            for (Intention i : s.intentions()) {
                t.row(plan.id(), i.id(), i.number(), s.id(), i.area(), i.status().id(),
                        join(i.parts().stream().map(p -> TextOf.markdown(p.actions().source())).toList()),
                        join(i.parts().stream().map(p -> TextOf.markdown(p.outcomes().source())).toList()),
                        join(i.parts().stream().map(IntentionPart::providersAsPrinted).toList()));
            }
        }
        return t;
    }

    private static CsvTable providers(SiteIndex index) {
        CsvTable t = new CsvTable("providers", "Providers and provider groups",
                "Every provider and provider group of the site's register; kind `group` is a provider group.",
                List.of(field("id", "string", "Stable id of the provider or group"),
                        field("name", "string", "Name"),
                        field("kind", "string", "Kind of organisation, or `group`"),
                        field("summary", "string", "Summary as plain text")),
                List.of("id"));
        if (index == null) {
            return t; // described, not filled
        }
        for (Provider p : index.providers().providersByName()) {
            t.row(p.id(), p.name(), p.kind().id(), TextOf.markdown(p.summary().source()));
        }
        return t;
    }

    private static CsvTable memberships(SiteIndex index) {
        CsvTable t = new CsvTable("provider-memberships", "Provider group memberships",
                "Which provider groups each provider (or group) belongs to directly, as the register states.",
                List.of(field("provider", "string", "Id of the member (providers.csv)"),
                        field("group", "string", "Id of the group it belongs to (providers.csv)")),
                List.of("provider", "group"));
        t.foreignKey(List.of("provider"), "providers", List.of("id"));
        t.foreignKey(List.of("group"), "providers", List.of("id"));
        if (index == null) {
            return t; // described, not filled
        }
        for (Provider p : index.providers().providersByName()) {
            for (Ref g : p.memberOf()) {
                if (index.providers().provider(g.id()).isPresent()) {
                    t.row(p.id(), g.id());
                }
            }
        }
        return t;
    }

    /** Every (intention, provider) the plan touches, expanded through groups by the provider index. */
    private static CsvTable intentionProviders(SiteIndex index, Plan plan) {
        CsvTable t = new CsvTable("intention-providers", "Intentions affecting each provider",
                "Every intention that affects each provider or group: named directly, or through a provider group"
                        + " it belongs to (the same list as the provider's page).",
                List.of(field("intention", "string", "Id of the intention (intentions.csv)"),
                        field("provider", "string", "Id of the provider or group affected (providers.csv)"),
                        field("how", "string", "`direct` when the intention names it, else `through <group name>`"),
                        field("through_group", "string", "Id of the group through which it is affected; empty when"
                                + " direct")),
                List.of("intention", "provider"));
        t.foreignKey(List.of("intention"), "intentions", List.of("id"));
        t.foreignKey(List.of("provider"), "providers", List.of("id"));
        t.foreignKey(List.of("through_group"), "providers", List.of("id"));
        if (index == null) {
            return t; // described, not filled
        }
        for (Affected.Row r : Affected.rows(index, plan)) {
            t.row(r.intentionId(), r.provider().id(), r.how(), r.direct() ? null : r.via().id());
        }
        return t;
    }

    private static CsvTable priorities(SiteIndex index) {
        CsvTable t = new CsvTable("priorities", "Disease priorities", "The site's disease priorities.",
                List.of(field("id", "string", "Stable id"), field("name", "string", "Name"),
                        field("summary", "string", "Summary as plain text")),
                List.of("id"));
        if (index == null) {
            return t; // described, not filled
        }
        for (Priority p : index.site().priorities()) {
            t.row(p.id(), p.name(), TextOf.markdown(p.summary().source()));
        }
        return t;
    }

    private static CsvTable intentionPriorities(Plan plan) {
        CsvTable t = new CsvTable("intention-priorities", "Intentions by priority",
                "The disease priorities each intention serves.",
                List.of(field("intention", "string", "Id of the intention (intentions.csv)"),
                        field("priority", "string", "Id of the priority (priorities.csv)")),
                List.of("intention", "priority"));
        t.foreignKey(List.of("intention"), "intentions", List.of("id"));
        t.foreignKey(List.of("priority"), "priorities", List.of("id"));
        if (plan == null) {
            return t; // described, not filled
        }
        for (Intention i : plan.intentions()) {
            i.priorities().stream().map(Ref::id).distinct().forEach(p -> t.row(i.id(), p));
        }
        return t;
    }

    private static CsvTable commissioningGroups(SiteIndex index) {
        CsvTable t = new CsvTable("commissioning-groups", "Commissioning groups",
                "Practice-based commissioning groups and similar local commissioning groups.",
                List.of(field("id", "string", "Stable id"), field("name", "string", "Short name"),
                        field("full_name", "string", "Full name"), field("kind", "string", "Kind of group"),
                        field("locality", "string", "Locality")),
                List.of("id"));
        if (index == null) {
            return t; // described, not filled
        }
        for (CommissioningGroup g : index.site().groups()) {
            t.row(g.id(), g.name(), g.fullName(), g.kind(), g.locality());
        }
        return t;
    }

    private static CsvTable intentionGroups(Plan plan) {
        CsvTable t = new CsvTable("intention-groups", "Intentions by commissioning group",
                "The commissioning groups each intention concerns.",
                List.of(field("intention", "string", "Id of the intention (intentions.csv)"),
                        field("group", "string", "Id of the commissioning group (commissioning-groups.csv)")),
                List.of("intention", "group"));
        t.foreignKey(List.of("intention"), "intentions", List.of("id"));
        t.foreignKey(List.of("group"), "commissioning-groups", List.of("id"));
        if (plan == null) {
            return t; // described, not filled
        }
        for (Intention i : plan.intentions()) {
            i.groups().stream().map(Ref::id).distinct().forEach(g -> t.row(i.id(), g));
        }
        return t;
    }

    private static CsvTable budgetFigures(Plan plan) {
        CsvTable t = new CsvTable("budget-figures", "Budget figures",
                "Every figure of every budget table in long form: one row per table, row and column.",
                List.of(field("table", "string", "Id of the budget table"),
                        field("table_title", "string", "The table's caption as printed"),
                        field("row", "string", "Id of the row"),
                        field("row_label", "string", "The row's label as printed"),
                        field("column", "string", "Id of the column"),
                        field("column_heading", "string", "The column's heading as printed"),
                        field("printed", "string", "The figure exactly as printed, e.g. (3,874)"),
                        field("value", "number", "The figure as a number in its unit (negative for a bracketed figure)"),
                        field("unit", "string", "Unit: £'000, £m, £ or %")),
                List.of("table", "row", "column"));
        if (plan == null) {
            return t; // described, not filled
        }
        for (BudgetTable b : plan.budgets()) {
            for (BudgetRow r : b.rows()) {
                for (BudgetColumn c : b.columns()) {
                    Figure f = r.values().get(c.id());
                    if (f != null) {
                        t.row(b.id(), b.caption(), r.id(), r.label(), c.id(), c.heading(), f.printed(),
                                f.value().toPlainString(), f.unit().label());
                    }
                }
            }
        }
        return t;
    }

    private static CsvTable rounds(Plan plan) {
        CsvTable t = new CsvTable("rounds", "Consultation rounds", "The plan's consultation rounds, oldest first.",
                List.of(field("id", "string", "Stable id of the round"), field("name", "string", "Name"),
                        field("opens", "date", "Date the round opened"), field("closes", "date", "Date it closed"),
                        field("audience", "string", "Who was consulted"),
                        field("closed", "boolean", "true when the round is closed and its snapshot saved")),
                List.of("id"));
        if (plan == null) {
            return t; // described, not filled
        }
        for (ConsultationRound r : plan.rounds()) {
            t.row(r.id(), r.name(), partial(r.opensOn()), partial(r.closesOn()), r.audience(), r.closed());
        }
        return t;
    }

    private static CsvTable responses(Plan plan) {
        CsvTable t = new CsvTable("responses", "Consultation responses",
                "Responses to the consultation (you said) and the commissioner's answers (we did).",
                List.of(field("id", "string", "Stable id"), field("round", "string", "Id of the round (rounds.csv)"),
                        field("from", "string", "Who responded"),
                        field("group", "string", "Id of the commissioning group responding, if any"),
                        field("said", "string", "What they said, as plain text"),
                        field("answer", "string", "The commissioner's answer, as plain text"),
                        field("outcome", "string", "accepted, partly-accepted, not-accepted, pending or noted")),
                List.of("id"));
        t.foreignKey(List.of("round"), "rounds", List.of("id"));
        t.foreignKey(List.of("group"), "commissioning-groups", List.of("id"));
        if (plan == null) {
            return t; // described, not filled
        }
        for (ConsultationResponse r : plan.responses()) {
            t.row(r.id(), r.round() == null ? null : r.round().id(), r.from(), r.group() == null ? null : r.group().id(),
                    TextOf.markdown(r.said().source()), TextOf.markdown(r.answer().source()), r.outcome());
        }
        return t;
    }

    private static CsvTable responseIntentions(Plan plan) {
        CsvTable t = new CsvTable("response-intentions", "Intentions each response concerns", "",
                List.of(field("response", "string", "Id of the response (responses.csv)"),
                        field("intention", "string", "Id of the intention")),
                List.of("response", "intention"));
        t.foreignKey(List.of("response"), "responses", List.of("id"));
        if (plan == null) {
            return t; // described, not filled
        }
        for (ConsultationResponse r : plan.responses()) {
            r.intentions().stream().map(Ref::id).distinct().forEach(i -> t.row(r.id(), i));
        }
        return t;
    }

    private static CsvTable changes(PlanChanges changes) {
        CsvTable t = new CsvTable("changes", "Changes since each round",
                "Intentions added, removed or changed between each closed round and the next version (the last"
                        + " comparison is with the current version).",
                List.of(field("from_round", "string", "Id of the closed round compared from (rounds.csv)"),
                        field("to_version", "string", "The version compared with: the next round's name, or"
                                + " `This version`"),
                        field("intention", "string", "Id of the intention"),
                        field("change", "string", "added, removed or changed"),
                        field("number_before", "string", "Number at the round"),
                        field("number_after", "string", "Number in the later version"),
                        field("status_before", "string", "Status at the round"),
                        field("status_after", "string", "Status in the later version"),
                        field("text_changed", "boolean", "Whether its area, action or outcome text changed"),
                        field("providers_added", "string", "Ids of providers newly named, separated by spaces"),
                        field("providers_removed", "string", "Ids of providers no longer named, separated by spaces")),
                List.of("from_round", "intention"));
        t.foreignKey(List.of("from_round"), "rounds", List.of("id"));
        if (changes == null) {
            return t; // described, not filled
        }
        for (ChangeSet s : changes.steps()) {
            for (ChangeSet.IntentionChange c : s.added()) {
                changeRow(t, s, c, "added");
            }
            for (ChangeSet.IntentionChange c : s.removed()) {
                changeRow(t, s, c, "removed");
            }
            for (ChangeSet.IntentionChange c : s.changed()) {
                changeRow(t, s, c, "changed");
            }
        }
        return t;
    }

    private static void changeRow(CsvTable t, ChangeSet s, ChangeSet.IntentionChange c, String kind) {
        t.row(s.fromRoundId(), s.toLabel(), c.id(), kind,
                c.before() == null ? null : c.before().number(), c.after() == null ? null : c.after().number(),
                c.before() == null ? null : c.before().status(), c.after() == null ? null : c.after().status(),
                kind.equals("changed") ? c.textChanged() : null,
                String.join(" ", c.providersAdded()), String.join(" ", c.providersRemoved()));
    }

    private static CsvTable budgetChanges(PlanChanges changes) {
        CsvTable t = new CsvTable("budget-changes", "Budget figures changed since each round",
                "Printed budget figures that moved between each closed round and the next version.",
                List.of(field("from_round", "string", "Id of the closed round compared from (rounds.csv)"),
                        field("to_version", "string", "The version compared with"),
                        field("table", "string", "Id of the budget table"), field("row", "string", "Id of the row"),
                        field("column", "string", "Id of the column"),
                        field("label", "string", "The figure as a reader names it"),
                        field("before", "string", "As printed at the round; empty when added"),
                        field("after", "string", "As printed later; empty when removed")),
                List.of("from_round", "table", "row", "column"));
        t.foreignKey(List.of("from_round"), "rounds", List.of("id"));
        if (changes == null) {
            return t; // described, not filled
        }
        for (ChangeSet s : changes.steps()) {
            for (ChangeSet.FigureChange f : s.figures()) {
                t.row(s.fromRoundId(), s.toLabel(), f.table(), f.row(), f.column(), f.label(), f.before(), f.after());
            }
        }
        return t;
    }

    /** As precise as the source: 2008, 2008-11 or 2008-11-14; "" for none. */
    private static String partial(uk.nhs.intentions.model.PartialDate d) {
        return d == null ? "" : d.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String join(List<String> parts) {
        return parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n\n"));
    }
}
