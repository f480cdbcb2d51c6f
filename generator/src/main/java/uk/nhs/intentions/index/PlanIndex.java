package uk.nhs.intentions.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;

/** Cross-references inside one plan: where each intention, priority and group is mentioned. */
public final class PlanIndex {
    /** Something said at a meeting, found through a reference. */
    public record MeetingTopic(Meeting meeting, Meeting.Topic topic) {
    }

    public record MeetingDecision(Meeting meeting, Meeting.Decision decision) {
    }

    public record MeetingAction(Meeting meeting, Meeting.Action action) {
    }

    public record MeetingPosition(Meeting meeting, Meeting.GroupPosition position) {
    }

    /** Everything that points at one id (an intention, a priority or a group). */
    public record Mentions(List<Intention> intentions, List<NarrativePage> narrative, List<MeetingTopic> topics,
            List<MeetingDecision> decisions, List<MeetingAction> actions, List<MeetingPosition> positions) {
        static final Mentions NONE = new Mentions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return intentions.isEmpty() && narrative.isEmpty() && topics.isEmpty() && decisions.isEmpty()
                    && actions.isEmpty() && positions.isEmpty();
        }
    }

    private final Plan plan;
    private final Map<String, Intention> intentions = new LinkedHashMap<>();
    private final Map<String, Section> sectionOf = new HashMap<>();
    /** Where each intention sits in its section's list, so previous/next are O(1) (not a List.indexOf scan). */
    private final Map<Intention, Integer> positionInSection = new IdentityHashMap<>();
    private final Map<String, NarrativePage> narrative = new LinkedHashMap<>();
    private final Map<String, List<Section>> sectionsExplainedBy = new HashMap<>();
    private final Map<String, Builder> byIntention = new HashMap<>();
    private final Map<String, Builder> byPriority = new HashMap<>();
    private final Map<String, Builder> byGroup = new HashMap<>();

    public PlanIndex(Plan plan) {
        this.plan = plan;
        for (Section s : plan.sections()) {
            for (Intention i : s.intentions()) {
                intentions.putIfAbsent(i.id(), i);
                sectionOf.putIfAbsent(i.id(), s);
                i.priorities().forEach(r -> b(byPriority, r).intentions.add(i));
                i.groups().forEach(r -> b(byGroup, r).intentions.add(i));
            }
            List<Intention> list = s.intentions();
            for (int k = 0; k < list.size(); k++) {
                if (sectionOf.get(list.get(k).id()) == s) {
                    positionInSection.putIfAbsent(list.get(k), k);
                }
            }
            s.narrative().forEach(r -> sectionsExplainedBy.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(s));
        }
        for (NarrativePage n : plan.narrative()) {
            narrative.putIfAbsent(n.id(), n);
            n.intentions().forEach(r -> b(byIntention, r).narrative.add(n));
            n.priorities().forEach(r -> b(byPriority, r).narrative.add(n));
            n.groups().forEach(r -> b(byGroup, r).narrative.add(n));
        }
        for (Meeting m : plan.meetings()) {
            for (Meeting.Topic t : m.topics()) {
                MeetingTopic mt = new MeetingTopic(m, t);
                t.intentions().forEach(r -> b(byIntention, r).topics.add(mt));
                t.priorities().forEach(r -> b(byPriority, r).topics.add(mt));
                t.groups().forEach(r -> b(byGroup, r).topics.add(mt));
            }
            for (Meeting.Decision d : m.decisions()) {
                MeetingDecision md = new MeetingDecision(m, d);
                d.intentions().forEach(r -> b(byIntention, r).decisions.add(md));
                d.groups().forEach(r -> b(byGroup, r).decisions.add(md));
                topicPriorities(m, d.topic()).forEach(r -> b(byPriority, r).decisions.add(md));
            }
            for (Meeting.Action a : m.actions()) {
                MeetingAction ma = new MeetingAction(m, a);
                a.intentions().forEach(r -> b(byIntention, r).actions.add(ma));
                topicPriorities(m, a.topic()).forEach(r -> b(byPriority, r).actions.add(ma));
            }
            for (Meeting.GroupPosition p : m.positions()) {
                if (p.group() != null) {
                    b(byGroup, p.group()).positions.add(new MeetingPosition(m, p));
                }
            }
        }
    }

    private static List<Ref> topicPriorities(Meeting m, Ref topic) {
        if (topic == null) {
            return List.of();
        }
        return m.topics().stream().filter(t -> t.id().equals(topic.id())).findFirst()
                .map(Meeting.Topic::priorities).orElse(List.of());
    }

    private static Builder b(Map<String, Builder> map, Ref r) {
        return map.computeIfAbsent(r.id(), k -> new Builder());
    }

    public Plan plan() {
        return plan;
    }

    public Optional<Intention> intention(String id) {
        return Optional.ofNullable(intentions.get(id));
    }

    public Section sectionOf(Intention i) {
        return sectionOf.get(i.id());
    }

    public Optional<NarrativePage> narrative(String id) {
        return Optional.ofNullable(narrative.get(id));
    }

    public List<Section> sectionsExplainedBy(String narrativeId) {
        return sectionsExplainedBy.getOrDefault(narrativeId, List.of());
    }

    /** The intention before and after this one in its section, or null at either end. */
    public Intention previous(Intention i) {
        int at = position(i);
        return at > 0 ? sectionOf(i).intentions().get(at - 1) : null;
    }

    public Intention next(Intention i) {
        int at = position(i);
        List<Intention> list = at < 0 ? List.of() : sectionOf(i).intentions();
        return at >= 0 && at < list.size() - 1 ? list.get(at + 1) : null;
    }

    /** The intention's place in its section, or -1 if it is not this plan's intention of that id. */
    private int position(Intention i) {
        Integer at = positionInSection.get(i);
        if (at == null) {
            Section s = sectionOf(i);
            return s == null ? -1 : s.intentions().indexOf(i); // an equal copy, not the indexed record
        }
        return at;
    }

    public Mentions mentionsOfIntention(String id) {
        return mentions(byIntention, id);
    }

    public Mentions mentionsOfPriority(String id) {
        return mentions(byPriority, id);
    }

    public Mentions mentionsOfGroup(String id) {
        return mentions(byGroup, id);
    }

    private static Mentions mentions(Map<String, Builder> map, String id) {
        Builder b = map.get(id);
        return b == null ? Mentions.NONE : b.build();
    }

    private static final class Builder {
        final List<Intention> intentions = new ArrayList<>();
        final List<NarrativePage> narrative = new ArrayList<>();
        final List<MeetingTopic> topics = new ArrayList<>();
        final List<MeetingDecision> decisions = new ArrayList<>();
        final List<MeetingAction> actions = new ArrayList<>();
        final List<MeetingPosition> positions = new ArrayList<>();

        Mentions build() {
            return new Mentions(List.copyOf(intentions), List.copyOf(narrative), List.copyOf(topics),
                    List.copyOf(decisions), List.copyOf(actions), List.copyOf(positions));
        }
    }
}
