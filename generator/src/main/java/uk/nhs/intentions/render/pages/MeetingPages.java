package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.CrossLinks;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/** One page per meeting: topics, decisions with their status, groups' positions and the actions table. */
final class MeetingPages implements PageBuilder {

    /** Meetings by date (undated last), then title. */
    public static final Comparator<Meeting> ORDER = Comparator
            .comparing(Meeting::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Meeting::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Meeting::id);

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            for (Meeting m : pi.plan().meetings()) {
                pages.add(page(ctx, pi, m));
            }
        }
        return pages;
    }

    /** Built when rendered: a large site has many meetings, each with its notes rendered. */
    private static Page page(RenderContext ctx, PlanIndex pi, Meeting m) {
        return Page.lazy(SitePaths.meeting(pi.plan().id(), m.id()), "meeting.ftlh", () -> model(ctx, pi, m));
    }

    private static Map<String, Object> model(RenderContext ctx, PlanIndex pi, Meeting m) {
        Plan plan = pi.plan();
        List<Map<String, Object>> topics = new ArrayList<>();
        for (Meeting.Topic t : m.topics()) {
            topics.add(Views.map("id", "topic-" + t.id(), "title", t.title(),
                    "notes", ctx.markdown().toMarkup(t.notes()),
                    "priorities", CrossLinks.priorityLinks(ctx, t.priorities()),
                    "intentions", CrossLinks.intentionLinks(pi, t.intentions()),
                    "groups", CrossLinks.groupLinks(ctx, t.groups())));
        }
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (Meeting.Decision d : m.decisions()) {
            decisions.add(Views.map("id", "decision-" + d.id(), "text", d.text(),
                    "status", CrossLinks.decisionStatus(d.status()),
                    "topic", topicLink(plan, m, d.topic() == null ? null : d.topic().id()),
                    "intentions", CrossLinks.intentionLinks(pi, d.intentions()),
                    "groups", CrossLinks.groupLinks(ctx, d.groups())));
        }
        List<Map<String, Object>> positions = new ArrayList<>();
        for (int n = 0; n < m.positions().size(); n++) {
            Map<String, Object> p = CrossLinks.position(ctx, plan, m, m.positions().get(n));
            p.put("id", "position-" + (n + 1));
            positions.add(p);
        }
        List<Map<String, Object>> actions = new ArrayList<>();
        for (Meeting.Action a : m.actions()) {
            Map<String, Object> v = CrossLinks.action(plan, m, a);
            v.put("id", "action-" + a.id());
            Map<String, Object> topic = topicLink(plan, m, a.topic() == null ? null : a.topic().id());
            if (topic != null) {
                v.put("topic", topic);
            }
            v.put("intentions", CrossLinks.intentionLinks(pi, a.intentions()));
            actions.add(v);
        }
        String date = CrossLinks.meetingDate(m);
        return Views.map(
                "title", m.title(),
                "description", m.title() + " (" + date + "), " + plan.title() + ": " + m.topics().size()
                        + " topics, " + m.decisions().size() + " decisions, " + m.actions().size() + " actions.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(), SitePaths.plan(plan.id())),
                "date", date,
                "dateNote", m.dateNote() == null ? "" : m.dateNote().strip(),
                "attendees", m.attendees(),
                "topics", topics,
                "decisions", decisions,
                "positions", positions,
                "actions", actions);
    }

    private static Map<String, Object> topicLink(Plan plan, Meeting m, String topicId) {
        if (topicId == null) {
            return null;
        }
        return m.topics().stream().filter(t -> t.id().equals(topicId)).findFirst()
                .map(t -> Views.link(t.title(), SitePaths.meetingItem(plan.id(), m.id(), "topic", t.id())))
                .orElse(null);
    }

    /** Links to a plan's meetings by date. */
    public static List<Map<String, Object>> links(Plan plan) {
        return plan.meetings().stream().sorted(ORDER).map(m -> CrossLinks.meetingLink(plan, m)).toList();
    }
}
