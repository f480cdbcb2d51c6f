package uk.nhs.intentions.model;

import java.util.List;

/**
 * A meeting with its topics, decisions, positions taken and actions. {@code date} and an action's {@code due} are
 * null when the notes give none, and as precise as they give it otherwise.
 */
public record Meeting(String id, String title, PartialDate date, String dateNote, List<String> attendees,
        List<Topic> topics, List<Decision> decisions, List<GroupPosition> positions, List<Action> actions,
        Positions at) {
    public Meeting {
        attendees = List.copyOf(attendees);
        topics = List.copyOf(topics);
        decisions = List.copyOf(decisions);
        positions = List.copyOf(positions);
        actions = List.copyOf(actions);
    }

    /** Something discussed, with links to what it concerns. */
    public record Topic(String id, String title, Markdown notes, List<Ref> priorities, List<Ref> intentions,
            List<Ref> groups, Positions at) {
        public Topic {
            priorities = List.copyOf(priorities);
            intentions = List.copyOf(intentions);
            groups = List.copyOf(groups);
        }
    }

    public record Decision(String id, Ref topic, String text, String status, List<Ref> intentions, List<Ref> groups,
            Positions at) {
        public Decision {
            intentions = List.copyOf(intentions);
            groups = List.copyOf(groups);
        }
    }

    /** Where a commissioning group stood on a question. */
    public record GroupPosition(Ref group, String on, String position, String notes, Positions at) {
    }

    public record Action(String id, String text, String owner, PartialDate due, Ref topic, List<Ref> intentions,
            Positions at) {
        public Action {
            intentions = List.copyOf(intentions);
        }
    }
}
