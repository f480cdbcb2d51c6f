package uk.nhs.intentions.render.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.index.changes.ChangeSet;
import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.outputs.Output;
import uk.nhs.intentions.render.outputs.OutputStep;

/**
 * Atom feeds: {@code plans/<plan>/feed.atom} (an entry per published version and per round's page of changes)
 * and {@code providers/<id>.atom} (the changes since each round that concern the provider or its groups, in
 * every plan). Feeds need absolute, permanent ids, so they are written only with a {@code base_url}; and a
 * date: a plan feed needs one from its plan or the build date ({@link #missing} says why a feed is not written).
 */
final class FeedStep implements OutputStep {

    @Override
    public boolean canWait() {
        return true;
    }

    @Override
    public boolean beforePages() {
        return true;
    }

    @Override
    public List<Output> outputs(Input in) {
        RenderContext ctx = in.ctx();
        if (ctx.settings().baseUrl().isEmpty()) {
            return List.of();
        }
        // plans, then providers, each on every core (a national site has thousands of provider feeds); the
        // feeds keep the plans' and the providers' order
        List<PlanFeedData> plans = ctx.index().site().plans().parallelStream().map(plan -> {
            PlanChanges changes = ctx.index().changes(plan.id()).orElseThrow();
            return new PlanFeedData(plan, changes, Versions.of(plan, changes, ctx.settings(), changes.current()));
        }).toList();
        List<Output> out = new ArrayList<>();
        plans.parallelStream().map(pf -> planFeed(ctx, pf.plan(), pf.changes(), pf.versions()))
                .toList().forEach(o -> o.ifPresent(out::add));
        ctx.index().providers().providersByName().parallelStream().map(p -> providerFeed(ctx, p, plans))
                .toList().forEach(o -> o.ifPresent(out::add));
        return out;
    }

    private record PlanFeedData(Plan plan, PlanChanges changes, Versions versions) {
    }

    /** Why a plan has no feed, or empty when it has one. */
    static Optional<String> missing(RenderContext ctx, Plan plan) {
        if (ctx.settings().baseUrl().isEmpty()) {
            return Optional.of("the site has no base_url, and a feed's ids must be permanent addresses");
        }
        if (plan.updated().or(plan::published).or(ctx.settings()::buildDate).isEmpty()
                && plan.rounds().stream().allMatch(r -> r.opens() == null && r.closes() == null)) {
            return Optional.of("the plan states no date, and every feed entry must be dated");
        }
        return Optional.empty();
    }

    private static Optional<Output> planFeed(RenderContext ctx, Plan plan, PlanChanges changes, Versions versions) {
        if (missing(ctx, plan).isPresent()) {
            return Optional.empty();
        }
        String base = ctx.settings().baseUrl();
        String self = base + SitePaths.planFeed(plan.id());
        String page = base + planAddress(plan.id());
        AtomFeed feed = new AtomFeed(self, plan.title() + ": versions and changes", author(ctx, plan),
                ctx.settings().language(), self, page);
        for (Versions.Version v : versions.all()) {
            Optional<LocalDate> d = v.date();
            if (d.isEmpty()) {
                continue; // undated round of an undated plan: said in the summary of the plan's data page
            }
            String href = v.current() ? page : base + SitePaths.change(plan.id(), v.id());
            String title = v.current() ? "Current version of " + plan.title() : "Version consulted on in " + v.label();
            feed.add(new AtomFeed.Entry(self + "#version-" + v.id(), title, d.get(), href,
                    v.snapshot().intentions().size() + " intentions."));
        }
        for (ChangeSet s : changes.steps()) {
            Optional<LocalDate> d = versions.after(s.fromRoundId()).flatMap(Versions.Version::date);
            if (d.isPresent()) {
                feed.add(new AtomFeed.Entry(self + "#changes-" + s.fromRoundId(),
                        "Changes since " + s.fromLabel(), d.get(), base + SitePaths.change(plan.id(), s.fromRoundId()),
                        summary(s)));
            }
        }
        LocalDate fallback = versions.date().orElseThrow();
        return Optional.of(Output.text(SitePaths.planFeed(plan.id()), feed.xml(fallback)));
    }

    private static Optional<Output> providerFeed(RenderContext ctx, Provider p, List<PlanFeedData> plans) {
        SiteIndex index = ctx.index();
        String base = ctx.settings().baseUrl();
        String self = base + SitePaths.providerFeed(p.id());
        AtomFeed feed = new AtomFeed(self, "Changes that affect " + p.name(), ctx.settings().title(),
                ctx.settings().language(), self, base + SitePaths.provider(p.id()));
        Set<String> ids = index.providers().selfAndGroups(p.id());
        Optional<LocalDate> fallback = Optional.empty();
        for (PlanFeedData pf : plans) {
            for (ChangeSet s : pf.changes().steps()) {
                ChangeSet mine = s.concerning(ids);
                Optional<LocalDate> d = pf.versions().after(s.fromRoundId()).flatMap(Versions.Version::date);
                if (!mine.isEmpty() && d.isPresent()) {
                    feed.add(new AtomFeed.Entry(self + "#" + pf.plan().id() + "-changes-" + s.fromRoundId(),
                            pf.plan().title() + ": changes since " + s.fromLabel() + " that affect " + p.name(),
                            d.get(), base + SitePaths.change(pf.plan().id(), s.fromRoundId()), summary(mine)));
                }
            }
            fallback = later(fallback, pf.versions().date());
        }
        // a provider with no changes still gets a valid feed, dated by the latest plan date
        return fallback.map(d -> Output.text(SitePaths.providerFeed(p.id()), feed.xml(d)));
    }

    private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
    }

    /** "2 intentions added, 1 removed and 3 changed; 4 budget figures moved: 1.2, 3.4, …". */
    static String summary(ChangeSet s) {
        List<String> parts = new ArrayList<>();
        if (!s.added().isEmpty()) {
            parts.add(count(s.added().size(), "intention") + " added");
        }
        if (!s.removed().isEmpty()) {
            parts.add(count(s.removed().size(), "intention") + " removed");
        }
        if (!s.changed().isEmpty()) {
            parts.add(count(s.changed().size(), "intention") + " changed");
        }
        if (!s.figures().isEmpty()) {
            parts.add(count(s.figures().size(), "budget figure") + " moved");
        }
        if (parts.isEmpty()) {
            return "No changes.";
        }
        List<String> numbers = new ArrayList<>();
        for (List<ChangeSet.IntentionChange> l : List.of(s.added(), s.removed(), s.changed())) {
            l.forEach(c -> numbers.add(c.latest().number()));
        }
        String text = String.join("; ", parts) + ".";
        return numbers.isEmpty() ? text : text + " Intentions: " + String.join(", ", numbers) + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String author(RenderContext ctx, Plan plan) {
        return plan.commissioners().isEmpty() ? ctx.settings().title() : String.join(" and ", plan.commissioners());
    }

    /** The plan's page as a folder address ("plans/x/"), as canonical links give it. */
    static String planAddress(String planId) {
        return SitePaths.plan(planId).replace("index.html", "");
    }
}
