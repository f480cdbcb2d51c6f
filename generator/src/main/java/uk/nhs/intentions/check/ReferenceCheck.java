package uk.nhs.intentions.check;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.ConsultationResponse;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.support.Once;

/** Every id written in the content must name something that exists. */
final class ReferenceCheck implements Check {

    @Override
    public void run(Site site, Diagnostics diags) {
        if (!diags.unreadableFiles().isEmpty()) {
            // What an unreadable file defines is missing, so every reference to it would be a false alarm.
            diags.add(Diagnostic.warning(SourcePos.file(diags.unreadableFiles().first()), "references were not"
                    + " checked because " + diags.unreadableFiles().size() + " file(s) could not be read")
                    .withHint("fix the errors in that file and run the check again"));
            return;
        }
        Set<String> providers = ids(site.providers().stream().map(Provider::id).toList());
        Set<String> groups = ids(site.groups().stream().map(g -> g.id()).toList());
        Set<String> priorities = ids(site.priorities().stream().map(p -> p.id()).toList());
        for (Provider p : site.providers()) {
            Refs.resolve(p.memberOf(), providers, "provider group", "providers.yml", diags);
        }
        for (Plan plan : site.plans()) {
            // thousands of ids in a large plan: gathered only when something in it refers to intentions by id
            Once<Set<String>> intentions = Once.of(() -> intentionIds(plan));
            Set<String> narrative = ids(plan.narrative().stream().map(NarrativePage::id).toList());
            for (Section s : plan.sections()) {
                Refs.resolve(s.narrative(), narrative, "narrative page", "narrative/", diags);
                for (Intention i : s.intentions()) {
                    for (IntentionPart part : i.parts()) {
                        Refs.resolve(part.providers(), providers, "provider", "providers.yml", diags);
                    }
                    Refs.resolve(i.priorities(), priorities, "disease priority", "priorities.yml", diags);
                    Refs.resolve(i.groups(), groups, "commissioning group", "commissioning-groups.yml", diags);
                }
            }
            for (NarrativePage n : plan.narrative()) {
                Refs.resolve(n.priorities(), priorities, "disease priority", "priorities.yml", diags);
                Refs.resolve(n.groups(), groups, "commissioning group", "commissioning-groups.yml", diags);
                Refs.resolve(n.intentions(), intentions.get(), "intention", "sections/", diags);
            }
            Set<String> rounds = ids(plan.rounds().stream().map(r -> r.id()).toList());
            Set<String> budgets = ids(plan.budgets().stream().map(b -> b.id()).toList());
            for (ConsultationResponse r : plan.responses()) {
                Refs.resolve(optional(r.round()), rounds, "consultation round", "rounds.yml", diags);
                Refs.resolve(optional(r.group()), groups, "commissioning group", "commissioning-groups.yml", diags);
                Refs.resolve(r.intentions(), intentions.get(), "intention", "sections/", diags);
                Refs.resolve(r.budgets(), budgets, "budget table", "budgets/", diags);
            }
            for (Meeting m : plan.meetings()) {
                Set<String> topics = ids(m.topics().stream().map(Meeting.Topic::id).toList());
                for (Meeting.Topic t : m.topics()) {
                    Refs.resolve(t.priorities(), priorities, "disease priority", "priorities.yml", diags);
                    Refs.resolve(t.intentions(), intentions.get(), "intention", "sections/", diags);
                    Refs.resolve(t.groups(), groups, "commissioning group", "commissioning-groups.yml", diags);
                }
                for (Meeting.Decision d : m.decisions()) {
                    Refs.resolve(optional(d.topic()), topics, "topic", "this meeting's topics", diags);
                    Refs.resolve(d.intentions(), intentions.get(), "intention", "sections/", diags);
                    Refs.resolve(d.groups(), groups, "commissioning group", "commissioning-groups.yml", diags);
                }
                for (Meeting.GroupPosition p : m.positions()) {
                    Refs.resolve(optional(p.group()), groups, "commissioning group", "commissioning-groups.yml", diags);
                }
                for (Meeting.Action a : m.actions()) {
                    Refs.resolve(optional(a.topic()), topics, "topic", "this meeting's topics", diags);
                    Refs.resolve(a.intentions(), intentions.get(), "intention", "sections/", diags);
                }
            }
        }
    }

    private static List<Ref> optional(Ref r) {
        return r == null ? List.of() : List.of(r);
    }

    private static Set<String> intentionIds(Plan plan) {
        Set<String> ids = new java.util.HashSet<>();
        for (Section s : plan.sections()) {
            for (Intention i : s.intentions()) {
                ids.add(i.id());
            }
        }
        return ids;
    }

    private static Set<String> ids(Collection<String> ids) {
        return ids.stream().collect(Collectors.toUnmodifiableSet());
    }
}
