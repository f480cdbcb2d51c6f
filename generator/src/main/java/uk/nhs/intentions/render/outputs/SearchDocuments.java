package uk.nhs.intentions.render.outputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.CommissioningGroup;
import uk.nhs.intentions.model.ConsultationResponse;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.PlanNames;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.TextOf;
import uk.nhs.intentions.render.Views;

/**
 * The documents the search page indexes (intentions, narrative, meetings, changes since each round,
 * consultation responses and "How to respond" of each plan; providers with their aliases, priorities,
 * commissioning groups), each {@code id, kind, title, text, summary, href} with {@code href} relative to the
 * site root, and {@code plan} (the plan's title; with several plans, its commissioners and period too) for a plan's own documents.
 */
final class SearchDocuments {
    private SearchDocuments() {
    }

    /** Every document: each plan's, in plan order, then the rest of the site's. */
    static List<Map<String, Object>> of(RenderContext ctx) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Plan plan : ctx.index().site().plans()) {
            docs.addAll(ofPlan(ctx, plan));
        }
        docs.addAll(others(ctx));
        return docs;
    }

    /** One plan's documents: its intentions, narrative, meetings, changes, responses and how to respond. */
    static List<Map<String, Object>> ofPlan(RenderContext ctx, Plan plan) {
        boolean many = PlanNames.many(ctx.index().site());
        List<Map<String, Object>> docs = new ArrayList<>();
        PlanIndex pi = ctx.index().plan(plan.id()).orElseThrow();
        // one plan: its title, as always; several: who and when too, so two plans' "1.1" can be told apart
        String planName = many ? PlanNames.label(plan) + ": " + plan.title() : plan.title();
        for (Section s : plan.sections()) {
            for (Intention i : s.intentions()) {
                String text = join(Stream.concat(Stream.of(i.area(), s.title()), i.parts().stream()
                        .flatMap(p -> Stream.of(md(p.actions()), md(p.outcomes()), p.providersAsPrinted()))));
                String actions = join(i.parts().stream().map(IntentionPart::actions).map(SearchDocuments::md));
                docs.add(doc("intention:" + plan.id() + ":" + i.id(), "Intention", i.number() + " " + i.area(),
                        text, actions, SitePaths.intention(plan.id(), i.id()), planName));
            }
        }
        for (NarrativePage n : plan.narrative()) {
            String body = md(n.body());
            docs.add(doc("narrative:" + plan.id() + ":" + n.id(), "Narrative", n.title(), body, body,
                    SitePaths.narrative(plan.id(), n.id()), planName));
        }
        for (Meeting m : plan.meetings()) {
            String text = join(Stream.of(
                    m.topics().stream().flatMap(t -> Stream.of(t.title(), md(t.notes()))),
                    m.decisions().stream().map(Meeting.Decision::text),
                    m.actions().stream().flatMap(a -> Stream.of(a.text(), a.owner())),
                    m.attendees().stream()).flatMap(x -> x));
            String topics = m.topics().stream().map(Meeting.Topic::title).collect(Collectors.joining("; "));
            docs.add(doc("meeting:" + plan.id() + ":" + m.id(), "Meeting", m.title(), text,
                    "Topics: " + topics, SitePaths.meeting(plan.id(), m.id()), planName));
        }
        // what changed since each closed round, and every consultation response
        ctx.index().changes(plan.id()).ifPresent(changes -> {
            for (var r : plan.rounds()) {
                if (r.closed()) {
                    docs.add(doc("change:" + plan.id() + ":" + r.id(), "Changes", "Changes since " + r.name(),
                            join(Stream.of(r.name(), r.audience())), "What changed in the plan after " + r.name()
                                    + ".", SitePaths.change(plan.id(), r.id()), planName));
                }
            }
        });
        for (ConsultationResponse r : plan.responses()) {
            String said = md(r.said());
            docs.add(doc("response:" + plan.id() + ":" + r.id(), "Consultation response",
                    "Response from " + r.from(), join(Stream.of(r.from(), said, md(r.answer()), r.outcome())),
                    said, SitePaths.responses(plan.id()) + "#response-" + r.id(), planName));
        }
        if (!plan.consultationRounds().isEmpty()) {
            docs.add(doc("respond:" + plan.id(), "Consultation", "How to respond",
                    join(plan.consultationRounds().stream().map(ConsultationRound::name)), "How to respond to the"
                            + " consultation: closing date, contact and what happens next.",
                    SitePaths.respond(plan.id()), planName));
        }
        return docs;
    }

    /** The documents of the site outside the plans: providers, priorities, commissioning groups. */
    static List<Map<String, Object>> others(RenderContext ctx) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Provider p : ctx.index().providers().providersByName()) {
            String summary = md(p.summary());
            String title = p.aliases().isEmpty() ? p.name() : p.name() + " (" + String.join(", ", p.aliases()) + ")";
            docs.add(doc("provider:" + p.id(), p.isGroup() ? "Provider group" : "Provider", title,
                    join(Stream.concat(Stream.of(p.kind().label(), summary), p.aliases().stream())), summary,
                    SitePaths.provider(p.id())));
        }
        for (Priority p : ctx.index().site().priorities()) {
            String summary = md(p.summary());
            docs.add(doc("priority:" + p.id(), "Disease priority", p.name(), summary, summary,
                    SitePaths.priority(p.id())));
        }
        for (CommissioningGroup g : ctx.index().site().groups()) {
            String priorities = md(g.priorities());
            String text = join(Stream.concat(Stream.of(g.fullName(), g.locality(), priorities),
                    Stream.concat(g.aliases().stream(), g.catsSpecialties().stream())));
            docs.add(doc("group:" + g.id(), "Commissioning group", g.name(), text,
                    join(Stream.of(g.fullName(), g.locality())), SitePaths.group(g.id())));
        }
        return docs;
    }

    private static Map<String, Object> doc(String id, String kind, String title, String text, String summary,
            String href) {
        return Views.map("id", id, "kind", kind, "title", title, "text", text,
                "summary", TextOf.shorten(summary == null ? "" : summary, 200), "href", href);
    }

    /** A document of one plan: results name the plan, so a site of several plans tells them apart. */
    private static Map<String, Object> doc(String id, String kind, String title, String text, String summary,
            String href, String plan) {
        Map<String, Object> d = doc(id, kind, title, text, summary, href);
        d.put("plan", plan);
        return d;
    }

    private static String md(Markdown m) {
        return m == null ? "" : TextOf.markdown(m.source());
    }

    private static String join(Stream<String> parts) {
        return parts.filter(x -> x != null && !x.isBlank()).map(String::strip).collect(Collectors.joining(" · "));
    }
}
