package uk.nhs.intentions.load;

import java.util.List;

import uk.nhs.intentions.model.Meeting;

/** Reads a meeting file: topics, decisions, positions and actions. */
final class MeetingLoader {
    static final List<String> DECISION_STATUSES = List.of("agreed", "agreed-in-principle", "not-agreed", "noted");
    static final List<String> POSITIONS = List.of("agrees", "agrees-total-not-split", "does-not-agree", "no-view");

    Meeting load(YMap m) {
        m.allow("id", "title", "date", "date_note", "attendees", "topics", "decisions", "positions", "actions");
        List<Meeting.Topic> topics = m.maps("topics").stream().map(t -> {
            t.allow("id", "title", "notes", "priorities", "intentions", "groups");
            return new Meeting.Topic(t.id("id"), t.text("title"), t.markdown("notes", false), t.refs("priorities"),
                    t.refs("intentions"), t.refs("groups"), t.positions());
        }).toList();
        List<Meeting.Decision> decisions = m.maps("decisions").stream().map(d -> {
            d.allow("id", "topic", "text", "status", "intentions", "groups");
            if (!d.has("status")) {
                d.text("status"); // required: a decision's status is a claim about the meeting
            }
            return new Meeting.Decision(d.id("id"), d.optRef("topic").orElse(null), d.text("text"),
                    d.optChoice("status", DECISION_STATUSES).orElse("noted"), d.refs("intentions"),
                    d.refs("groups"), d.positions());
        }).toList();
        List<Meeting.GroupPosition> positions = m.maps("positions").stream().map(p -> {
            p.allow("group", "on", "position", "notes");
            if (!p.has("group")) {
                p.text("group");
            }
            if (!p.has("position")) {
                p.text("position");
            }
            return new Meeting.GroupPosition(p.optRef("group").orElse(null), p.text("on"),
                    p.optChoice("position", POSITIONS).orElse("no-view"), p.text("notes", ""), p.positions());
        }).toList();
        List<Meeting.Action> actions = m.maps("actions").stream().map(a -> {
            a.allow("id", "text", "owner", "due", "topic", "intentions");
            return new Meeting.Action(a.id("id"), a.text("text"), a.text("owner"), a.optPartialDate("due").orElse(null),
                    a.optRef("topic").orElse(null), a.refs("intentions"), a.positions());
        }).toList();
        return new Meeting(m.id("id"), m.text("title"), m.optPartialDate("date").orElse(null), m.text("date_note", ""),
                m.textList("attendees"), topics, decisions, positions, actions, m.positions());
    }
}
