package uk.nhs.intentions.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.intentions.check.MarkdownLinks;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;

/**
 * Which meetings and narrative pages mention each provider with a {@code provider:} link, so the provider's page
 * can say "Mentioned in". In plan order, then narrative before meetings, each page once.
 */
public final class Mentions {

    /** A page of a plan that mentions a provider: a meeting or a narrative page. */
    public record Mention(String planId, String planTitle, String period, Kind kind, String id, String title) {
    }

    public enum Kind {
        NARRATIVE, MEETING
    }

    private final Map<String, Set<Mention>> byProvider = new LinkedHashMap<>();

    Mentions(Site site) {
        MarkdownLinks links = MarkdownLinks.of(site);
        for (Plan plan : site.plans()) {
            for (NarrativePage n : plan.narrative()) {
                note(links, n.body(), new Mention(plan.id(), plan.title(), plan.period(), Kind.NARRATIVE, n.id(), n.title()));
            }
            for (Meeting m : plan.meetings()) {
                Mention at = new Mention(plan.id(), plan.title(), plan.period(), Kind.MEETING, m.id(), m.title());
                for (Meeting.Topic t : m.topics()) {
                    note(links, t.notes(), at);
                }
            }
        }
    }

    private void note(MarkdownLinks links, Markdown md, Mention at) {
        for (MarkdownLinks.Written w : MarkdownLinks.links(md)) {
            if (MarkdownLinks.kindOf(w.destination()).orElse(null) == MarkdownLinks.Kind.PROVIDER
                    && links.resolve(w.destination(), md.pos()) instanceof MarkdownLinks.Resolution.Found f) {
                byProvider.computeIfAbsent(f.target().id(), k -> new LinkedHashSet<>()).add(at);
            }
        }
    }

    /** The pages that mention the provider, in plan order; empty when none does. */
    public List<Mention> of(String providerId) {
        return new ArrayList<>(byProvider.getOrDefault(providerId, Set.of()));
    }
}
