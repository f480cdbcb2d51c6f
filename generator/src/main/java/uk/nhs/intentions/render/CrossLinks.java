package uk.nhs.intentions.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.IntentionNumbers;
import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.CommissioningGroup;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Ref;

/**
 * View maps for cross references: what points at an intention, a priority or a commissioning group
 * (narrative, meeting topics, decisions, actions, positions), as plain lists of links for templates.
 */
public final class CrossLinks {
    private CrossLinks() {
    }

    /** Reads the mentions of one id from a plan's index. */
    @FunctionalInterface
    public interface MentionSource {
        PlanIndex.Mentions of(PlanIndex plan);
    }

    /**
     * Everything that mentions one id, over every plan, as lists: intentions (sorted by plan and number),
     * narrative, topics, decisions, actions and positions. Each list is present, possibly empty.
     */
    public static Map<String, Object> mentions(RenderContext ctx, MentionSource source) {
        List<Map<String, Object>> intentions = new ArrayList<>();
        List<Map<String, Object>> narrative = new ArrayList<>();
        List<Map<String, Object>> topics = new ArrayList<>();
        List<Map<String, Object>> decisions = new ArrayList<>();
        List<Map<String, Object>> actions = new ArrayList<>();
        List<Map<String, Object>> positions = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            PlanIndex.Mentions m = source.of(pi);
            sortedIntentions(m.intentions()).forEach(i -> intentions.add(withPlan(Views.intentionLink(plan, i), plan)));
            m.narrative().stream().distinct().forEach(n -> narrative.add(withPlan(narrativeLink(plan, n), plan)));
            m.topics().forEach(t -> topics.add(topic(plan, t.meeting(), t.topic())));
            m.decisions().forEach(d -> decisions.add(decision(plan, d.meeting(), d.decision())));
            m.actions().forEach(a -> actions.add(action(plan, a.meeting(), a.action())));
            m.positions().forEach(p -> positions.add(position(ctx, plan, p.meeting(), p.position())));
        }
        return Views.map("intentions", intentions, "narrative", narrative, "topics", topics, "decisions", decisions,
                "actions", actions, "positions", positions,
                "isEmpty", intentions.isEmpty() && narrative.isEmpty() && topics.isEmpty() && decisions.isEmpty()
                        && actions.isEmpty() && positions.isEmpty());
    }

    /** How many intentions {@link #mentions} lists for {@code source}, without making their links. */
    public static int intentionCount(RenderContext ctx, MentionSource source) {
        int n = 0;
        for (PlanIndex pi : ctx.index().plans()) {
            n += distinct(source.of(pi).intentions()).size();
        }
        return n;
    }

    /**
     * Each intention once, the first time it comes, told apart by id (ids are unique in a plan, which `check`
     * makes sure of). Not by the record's equality: that hashes every field, Markdown and source positions
     * included, and a site-wide count of mentions did that for every listed intention on every rebuild.
     */
    static List<Intention> distinct(List<Intention> list) {
        if (list.size() < 2) {
            return list;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Intention> out = new ArrayList<>(list.size());
        for (Intention i : list) {
            if (seen.add(i.id())) {
                out.add(i);
            }
        }
        return out;
    }

    /** One plan's intentions, each once, in the order a reader expects: by number ("3.9" before "3.10"), then id. */
    public static List<Intention> sortedIntentions(List<Intention> list) {
        return distinct(list).stream()
                .sorted(IntentionNumbers.READING_ORDER)
                .toList();
    }

    /** Names the item's plan (commissioner and period), which lists show when the site holds several plans. */
    private static Map<String, Object> withPlan(Map<String, Object> link, Plan plan) {
        link.put("plan", PlanNames.label(plan));
        return link;
    }

    public static Map<String, Object> narrativeLink(Plan plan, NarrativePage n) {
        return Views.link(n.title(), SitePaths.narrative(plan.id(), n.id()));
    }

    public static Map<String, Object> meetingLink(Plan plan, Meeting m) {
        return Views.map("label", m.title(), "href", SitePaths.meeting(plan.id(), m.id()),
                "date", meetingDate(m), "plan", PlanNames.label(plan));
    }

    /** "19 March 2008", or "Date not stated" when the notes give none. */
    public static String meetingDate(Meeting m) {
        return m.date() == null ? "Date not stated" : DateText.format(m.date());  // at the notes' precision
    }

    public static Map<String, Object> topic(Plan plan, Meeting m, Meeting.Topic t) {
        return Views.map("label", t.title(), "href", SitePaths.meetingItem(plan.id(), m.id(), "topic", t.id()),
                "meeting", meetingLink(plan, m));
    }

    public static Map<String, Object> decision(Plan plan, Meeting m, Meeting.Decision d) {
        return Views.map("label", d.text(), "href", SitePaths.meetingItem(plan.id(), m.id(), "decision", d.id()),
                "status", decisionStatus(d.status()), "meeting", meetingLink(plan, m));
    }

    public static Map<String, Object> action(Plan plan, Meeting m, Meeting.Action a) {
        return Views.map("label", a.text().strip(), "href",
                SitePaths.meetingItem(plan.id(), m.id(), "action", a.id()),
                "owner", a.owner(), "due", a.due() == null ? "" : DateText.format(a.due()),
                "meeting", meetingLink(plan, m));
    }

    public static Map<String, Object> position(RenderContext ctx, Plan plan, Meeting m, Meeting.GroupPosition p) {
        int n = m.positions().indexOf(p) + 1;
        Map<String, Object> v = Views.map("on", p.on(), "position", positionStatus(p.position()),
                "notes", p.notes() == null ? "" : p.notes(),
                "href", SitePaths.meetingItem(plan.id(), m.id(), "position", String.valueOf(n)),
                "meeting", meetingLink(plan, m));
        if (p.group() != null) {
            ctx.index().site().groups().stream().filter(g -> g.id().equals(p.group().id())).findFirst()
                    .ifPresent(g -> v.put("group", groupLink(g)));
        }
        return v;
    }

    public static Map<String, Object> decisionStatus(String id) {
        String s = id == null ? "" : id;
        String label = switch (s) {
            case "agreed" -> "Agreed";
            case "agreed-in-principle" -> "Agreed in principle";
            case "not-agreed" -> "Not agreed";
            case "noted" -> "Noted";
            default -> s.isEmpty() ? "Not stated" : s;
        };
        return Views.map("id", s.isEmpty() ? "none" : s, "label", label);
    }

    public static Map<String, Object> positionStatus(String id) {
        String s = id == null ? "" : id;
        String label = switch (s) {
            case "agrees" -> "Agrees";
            case "agrees-total-not-split" -> "Agrees the total, not the split";
            case "does-not-agree" -> "Does not agree";
            case "no-view" -> "No view given";
            default -> s.isEmpty() ? "Not stated" : s;
        };
        return Views.map("id", s.isEmpty() ? "none" : s, "label", label);
    }

    public static Map<String, Object> groupLink(CommissioningGroup g) {
        return Views.map("id", g.id(), "label", g.name(), "href", SitePaths.group(g.id()),
                "fullName", g.fullName() == null ? "" : g.fullName());
    }

    public static Map<String, Object> priorityLink(Priority p) {
        return Views.map("id", p.id(), "label", p.name(), "href", SitePaths.priority(p.id()));
    }

    /** Links for priority references, in the order written, skipping unknown ids. */
    public static List<Map<String, Object>> priorityLinks(RenderContext ctx, List<Ref> refs) {
        Map<String, Priority> byId = new LinkedHashMap<>();
        ctx.index().site().priorities().forEach(p -> byId.putIfAbsent(p.id(), p));
        List<Map<String, Object>> out = new ArrayList<>();
        refs.stream().map(Ref::id).distinct().forEach(id -> {
            if (byId.containsKey(id)) {
                out.add(priorityLink(byId.get(id)));
            }
        });
        return out;
    }

    /** Links for commissioning-group references, in the order written, skipping unknown ids. */
    public static List<Map<String, Object>> groupLinks(RenderContext ctx, List<Ref> refs) {
        Map<String, CommissioningGroup> byId = new LinkedHashMap<>();
        ctx.index().site().groups().forEach(g -> byId.putIfAbsent(g.id(), g));
        List<Map<String, Object>> out = new ArrayList<>();
        refs.stream().map(Ref::id).distinct().forEach(id -> {
            if (byId.containsKey(id)) {
                out.add(groupLink(byId.get(id)));
            }
        });
        return out;
    }

    /** Links for intention references inside one plan, sorted by number, skipping unknown ids. */
    public static List<Map<String, Object>> intentionLinks(PlanIndex pi, List<Ref> refs) {
        List<Intention> found = new ArrayList<>();
        refs.forEach(r -> pi.intention(r.id()).ifPresent(found::add));
        return sortedIntentions(found).stream().map(i -> Views.intentionLink(pi.plan(), i)).toList();
    }

    /** Plain text of Markdown, for descriptions and search: no markup, whitespace collapsed. */
    public static String plainText(String markdown) {
        return TextOf.markdown(markdown);
    }
}
