package uk.nhs.intentions.render.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.OpenData;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.PlanSnapshot.IntentionSnapshot;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.TextOf;
import uk.nhs.intentions.render.Views;
import uk.nhs.intentions.render.outputs.Json;
import uk.nhs.intentions.render.outputs.Output;
import uk.nhs.intentions.render.outputs.PlanOutputStep;
import uk.nhs.intentions.render.outputs.OutputStep;

/**
 * OCDS 1.1 planning releases, one release package per plan ({@code plans/<plan>/data/ocds-release-package.json}):
 * one contracting process per intention ({@code ocid} = prefix-plan-intention), a release for the version of
 * each closed round and one for the current version, tagged {@code planning} the first time an intention
 * appears and {@code planningUpdate} after. The commissioner is the {@code buyer}, every provider the intention
 * affects (through groups too) a {@code notifiedPotentialSupplier}, each consultation round an
 * {@code engagement} milestone and the intention's page a {@code procurementPlan} document.
 *
 * <p>OCDS needs a registered ocid prefix, an absolute address for the package and a date on every release, so
 * the file is written only when {@code open_data.ocid_prefix}, {@code base_url} and a date (from the plan,
 * or the build date) are all given; {@link #missing} says which is not.
 */
final class OcdsStep implements PlanOutputStep {

    @Override
    public boolean beforePages() {
        return true;
    }

    @Override
    public List<Output> forPlan(Input in, Plan plan) {
        return forPlan(in.ctx(), plan).stream().toList();
    }

    /** Why the plan gets no OCDS file, or empty when it gets one. */
    static Optional<String> missing(RenderContext ctx, Plan plan) {
        if (!ctx.settings().openData().hasOcidPrefix()) {
            return Optional.of("no OCDS ocid prefix is configured (open_data.ocid_prefix in site-config.yml)");
        }
        if (ctx.settings().baseUrl().isEmpty()) {
            return Optional.of("the site has no base_url, so the releases would have no address");
        }
        if (plan.updated().or(plan::published).or(ctx.settings()::buildDate).isEmpty()) {
            return Optional.of("the plan states no date, and OCDS releases must be dated");
        }
        return Optional.empty();
    }

    static Optional<Output> forPlan(RenderContext ctx, Plan plan) {
        if (missing(ctx, plan).isPresent()) {
            return Optional.empty();
        }
        SiteIndex index = ctx.index();
        PlanChanges changes = index.changes(plan.id()).orElseThrow();
        Versions versions = Versions.of(plan, changes, ctx.settings(), changes.current());
        OpenData od = ctx.settings().openData();
        String base = ctx.settings().baseUrl();
        Map<String, List<Affected.Row>> affected = Affected.byIntention(Affected.rows(index, plan));

        List<Object> releases = new ArrayList<>();
        Set<String> ever = new LinkedHashSet<>();
        Map<String, IntentionSnapshot> live = new LinkedHashMap<>();
        for (Versions.Version v : versions.all()) {
            LocalDate date = v.date().orElseThrow(); // missing() made sure a date exists
            Map<String, IntentionSnapshot> present = new LinkedHashMap<>();
            for (IntentionSnapshot i : v.snapshot().intentions()) {
                present.putIfAbsent(i.id(), i);
                List<Provider> suppliers = v.current() ? current(affected.get(i.id()))
                        : expand(index, i.providers());
                releases.add(release(ctx, plan, od, base, v, date, i, ever.add(i.id()), suppliers, false));
            }
            // an intention dropped in this version: one last update saying so
            for (IntentionSnapshot gone : live.values()) {
                if (!present.containsKey(gone.id())) {
                    releases.add(release(ctx, plan, od, base, v, date, gone, false, List.of(), true));
                }
            }
            live = present;
        }
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("uri", base + SitePaths.ocds(plan.id()));
        pkg.put("version", "1.1");
        pkg.put("publishedDate", Versions.dateTime(versions.date().orElseThrow()));
        pkg.put("publisher", Views.map("name", String.join(" and ", plan.commissioners())));
        if (!ctx.settings().footer().licenceUrl().isEmpty()) {
            pkg.put("license", ctx.settings().footer().licenceUrl());
        }
        pkg.put("releases", releases);
        return Optional.of(new Output(SitePaths.ocds(plan.id()), Json.prettyUtf8(pkg)));
    }

    private static Map<String, Object> release(RenderContext ctx, Plan plan, OpenData od, String base,
            Versions.Version v, LocalDate date, IntentionSnapshot i, boolean first, List<Provider> suppliers,
            boolean removed) {
        String ocid = od.ocidPrefix() + "-" + plan.id() + "-" + i.id();
        List<Object> parties = new ArrayList<>();
        for (String c : plan.commissioners()) {
            parties.add(Views.map("id", partyId(c), "name", c, "roles", List.of("buyer")));
        }
        for (Provider p : suppliers) {
            parties.add(Views.map("id", p.id(), "name", p.name(), "roles", List.of("notifiedPotentialSupplier")));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ocid", ocid);
        r.put("id", ocid + "-" + v.id());
        r.put("date", Versions.dateTime(date));
        r.put("tag", List.of(first ? "planning" : "planningUpdate"));
        r.put("initiationType", "tender");
        r.put("language", ctx.settings().language().toLowerCase(Locale.ROOT).split("-")[0]);
        r.put("parties", parties);
        if (!plan.commissioners().isEmpty()) {
            String buyer = plan.commissioners().get(0);
            r.put("buyer", Views.map("id", partyId(buyer), "name", buyer));
        }
        Map<String, Object> planning = new LinkedHashMap<>();
        planning.put("rationale", TextOf.markdown(i.actions()));
        planning.put("documents", List.of(Views.map("id", "intention-page", "documentType", "procurementPlan",
                "title", "Intention " + i.number() + ": " + i.area(), "url", base + SitePaths.intention(plan.id(), i.id()),
                "format", "text/html", "language", r.get("language"))));
        List<Object> milestones = milestones(plan, v);
        if (!milestones.isEmpty()) {
            planning.put("milestones", milestones);
        }
        r.put("planning", planning);
        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", i.id());
        tender.put("title", "Intention " + i.number() + ": " + i.area());
        String outcomes = TextOf.markdown(i.outcomes());
        if (removed) {
            tender.put("description", "Removed from the plan in " + v.label() + ".");
        } else if (!outcomes.isEmpty()) {
            tender.put("description", outcomes);
        }
        tender.put("status", removed ? "withdrawn" : "planning");
        r.put("tender", tender);
        return r;
    }

    /**
     * The plan's rounds as they stood at this version: at a round's version, that round was under way
     * (scheduled) and later ones were not yet listed; at the current version every closed round is met.
     */
    private static List<Object> milestones(Plan plan, Versions.Version v) {
        List<Object> out = new ArrayList<>();
        int upTo = v.current() ? plan.rounds().size() - 1 : plan.rounds().indexOf(v.round());
        for (int k = 0; k <= upTo; k++) {
            ConsultationRound round = plan.rounds().get(k);
            boolean met = round.closed() && (v.current() || k < upTo);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", round.id());
            m.put("title", round.name());
            m.put("type", "engagement");
            if (round.audience() != null && !round.audience().isEmpty()) {
                m.put("description", "Consultation with " + round.audience());
            }
            if (round.closes() != null) {
                m.put("dueDate", Versions.dateTime(round.closes()));
            }
            m.put("status", met ? "met" : "scheduled");
            if (met && round.closes() != null) {
                m.put("dateMet", Versions.dateTime(round.closes()));
            }
            out.add(m);
        }
        return out;
    }

    /** The current version's affected providers (organisations, not groups), from the provider index. */
    private static List<Provider> current(List<Affected.Row> rows) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream().map(Affected.Row::provider).filter(p -> !p.isGroup()).toList();
    }

    /** A round's providers: those it named and every member of the groups it named (the index's membership). */
    private static List<Provider> expand(SiteIndex index, List<String> named) {
        Map<String, Provider> out = new LinkedHashMap<>();
        for (String id : named) {
            index.providers().provider(id).ifPresent(p -> {
                if (!p.isGroup()) {
                    out.putIfAbsent(p.id(), p);
                }
                index.providers().membersOf(p.id()).stream().filter(m -> !m.isGroup())
                        .forEach(m -> out.putIfAbsent(m.id(), m));
            });
        }
        return out.values().stream()
                .sorted(java.util.Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Provider::id)).toList();
    }

    /** A commissioner's party id: its name as a slug (commissioners have no ids in the content yet). */
    static String partyId(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "commissioner-" + (slug.isEmpty() ? "unnamed" : slug);
    }
}
