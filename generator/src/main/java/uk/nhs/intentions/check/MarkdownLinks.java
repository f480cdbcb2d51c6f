package uk.nhs.intentions.check;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import uk.nhs.intentions.model.Commissioner;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;

/**
 * Links by id written in Markdown, such as {@code [Fair Haven Hospice](provider:fair-haven-hospice)}: finding
 * them in a text with their file, line and column, and resolving them against the site. The check reports what
 * does not resolve; the renderer turns what does into a relative address. Both use this one rule, so a page
 * never shows a link the check did not see.
 * <p>
 * {@code intention:id} means an intention of the plan whose folder holds the text (its id, or its number as
 * printed, such as {@code 3.2}); {@code intention:plan-id/id} names another plan's. Outside a plan's folder (the
 * provider register, say) an unqualified id must belong to exactly one plan.
 */
public final class MarkdownLinks {

    /** What a link by id can name; the scheme is the word before the colon. */
    public enum Kind {
        PROVIDER("provider", "provider", "providers.yml"),
        INTENTION("intention", "intention", "a section file's `intentions`"),
        PRIORITY("priority", "disease priority", "priorities.yml"),
        PLAN("plan", "plan", "`plans/`"),
        COMMISSIONER("commissioner", "commissioner", "commissioners.yml");

        private final String scheme;
        private final String noun;
        private final String where;

        Kind(String scheme, String noun, String where) {
            this.scheme = scheme;
            this.noun = noun;
            this.where = where;
        }

        public String scheme() {
            return scheme;
        }
    }

    /** Where a link by id leads: the thing's kind, its plan (intentions only, else ""), id, name and fragment. */
    public record Target(Kind kind, String planId, String id, String label, String fragment) {
    }

    /** A link as written in a Markdown text, at its own file, line and column. */
    public record Written(String destination, SourcePos pos) {
    }

    /** The outcome of resolving one link by id. */
    public sealed interface Resolution {
        /** The link names something that exists. */
        record Found(Target target) implements Resolution {
        }

        /** It does not: what is wrong and, where there is one, a suggestion. */
        record Problem(String message, String hint) implements Resolution {
        }
    }

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final Map<Kind, Map<String, String>> names = new LinkedHashMap<>();
    /** Each plan's intentions by id, made when a link first needs them (most texts link no intention). */
    private final Map<String, Map<String, Intention>> intentionsByPlan = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> planFolders = new TreeMap<>();
    private final Map<String, Plan> plans = new LinkedHashMap<>();

    private MarkdownLinks(Site site) {
        for (Kind k : Kind.values()) {
            names.put(k, new LinkedHashMap<>());
        }
        for (Provider p : site.providers()) {
            names.get(Kind.PROVIDER).put(p.id(), p.name());
        }
        for (Priority p : site.priorities()) {
            names.get(Kind.PRIORITY).put(p.id(), p.name());
        }
        for (Commissioner c : site.commissioners()) {
            names.get(Kind.COMMISSIONER).put(c.id(), c.name());
        }
        for (Plan p : site.plans()) {
            names.get(Kind.PLAN).put(p.id(), p.title());
            plans.put(p.id(), p);
            String file = p.at().self().path();
            int slash = file.lastIndexOf('/');
            if (slash > 0) {
                planFolders.put(file.substring(0, slash + 1), p.id());
            }
        }
    }

    public static MarkdownLinks of(Site site) {
        return new MarkdownLinks(site);
    }

    /** The kind of link by id a destination is, if it is one ({@code provider:…}, {@code intention:…}, …). */
    public static Optional<Kind> kindOf(String destination) {
        int colon = destination.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String scheme = destination.substring(0, colon).toLowerCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.scheme.equals(scheme)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Quick test before parsing: a text without these characters holds no link. */
    public static boolean mayHoldLinks(String source) {
        return source.contains("](") || source.contains("]:") || source.indexOf('<') >= 0;
    }

    /**
     * Every link in the text, with the file, line and column where its text starts. Columns are exact in
     * Markdown files and YAML blocks (`|`); in a value folded over several lines, the line is the value's first.
     */
    public static List<Written> links(Markdown md) {
        if (md == null || !mayHoldLinks(md.source())) {
            return List.of();
        }
        List<Written> out = new ArrayList<>();
        PARSER.parse(md.source()).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                out.add(new Written(link.getDestination(), at(md.pos(), link.getSourceSpans())));
                visitChildren(link);
            }
        });
        return out;
    }

    private static SourcePos at(SourcePos start, List<SourceSpan> spans) {
        if (spans.isEmpty() || start.line() <= 0) {
            return start;
        }
        SourceSpan s = spans.get(0);
        // a YAML block's lines share its indentation, and a Markdown file's start at column 1
        int column = Math.max(start.column(), 1) + s.getColumnIndex();
        return new SourcePos(start.path(), start.line() + s.getLineIndex(), column);
    }

    /** The plan whose folder holds the file at {@code where}, if any. */
    public Optional<String> planOf(SourcePos where) {
        if (where == null) {
            return Optional.empty();
        }
        String path = where.path();
        for (Map.Entry<String, String> e : planFolders.entrySet()) {
            if (path.startsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Resolves a link by id written in the text at {@code where} (whose folder decides its plan). */
    public Resolution resolve(String destination, SourcePos where) {
        Optional<Kind> kind = kindOf(destination);
        if (kind.isEmpty()) {
            return new Resolution.Problem("`" + destination + "` is not a link by id", "");
        }
        String rest = destination.substring(destination.indexOf(':') + 1);
        String fragment = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash);
            rest = rest.substring(0, hash);
        }
        Kind k = kind.get();
        if (k == Kind.INTENTION) {
            return intention(rest, fragment, planOf(where));
        }
        Map<String, String> known = names.get(k);
        String name = known.get(rest);
        if (name != null) {
            return new Resolution.Found(new Target(k, "", rest, name, fragment));
        }
        if (k == Kind.COMMISSIONER && known.isEmpty()) {
            return new Resolution.Problem("unknown commissioner `" + rest + "`: this site lists no commissioners",
                    "add them to " + k.where + " or link to the plan instead (`plan:<plan-id>`)");
        }
        return problem(k, rest, known.keySet());
    }

    private Resolution intention(String ref, String fragment, Optional<String> here) {
        int slash = ref.indexOf('/');
        if (slash >= 0) {
            String planId = ref.substring(0, slash);
            String id = ref.substring(slash + 1);
            if (!plans.containsKey(planId)) {
                java.util.Optional<String> near = uk.nhs.intentions.support.Spelling.closest(planId, plans.keySet());
                return new Resolution.Problem("unknown plan `" + planId + "` in an `intention:` link",
                        near.map(n -> "did you mean `intention:" + n + "/" + id + "`?")
                                .orElse("the plan id is the name of its folder under `plans/`"));
            }
            return inPlan(planId, id, fragment).orElseGet(() -> problem(Kind.INTENTION, ref,
                    qualified(planId, intentionsOf(planId).keySet())));
        }
        if (here.isPresent()) {
            Optional<Resolution> found = inPlan(here.get(), ref, fragment);
            if (found.isPresent()) {
                return found.get();
            }
            List<String> elsewhere = plansHolding(ref);
            if (!elsewhere.isEmpty()) {
                return new Resolution.Problem("intention `" + ref + "` is not in this plan (" + here.get() + ")",
                        "an intention of another plan is named with its plan: `intention:" + elsewhere.get(0)
                                + "/" + ref + "`");
            }
            return problem(Kind.INTENTION, ref, intentionsOf(here.get()).keySet());
        }
        List<String> holding = plansHolding(ref);
        if (holding.size() == 1) {
            return inPlan(holding.get(0), ref, fragment).orElseThrow();
        }
        if (holding.size() > 1) {
            return new Resolution.Problem("intention `" + ref + "` is in " + holding.size() + " plans",
                    "name the plan: " + String.join(" or ", holding.stream().map(p -> "`intention:" + p + "/"
                            + ref + "`").toList()));
        }
        List<String> all = new ArrayList<>();
        plans.keySet().forEach(p -> all.addAll(qualified(p, intentionsOf(p).keySet())));
        return problem(Kind.INTENTION, ref, all);
    }

    /** An intention of a plan by id, or by its number as printed when exactly one intention has it. */
    private Optional<Resolution> inPlan(String planId, String ref, String fragment) {
        Map<String, Intention> byId = intentionsOf(planId);
        Intention i = byId.get(ref);
        if (i == null) {
            List<Intention> numbered = byId.values().stream().filter(x -> ref.equals(x.number())).toList();
            if (numbered.size() > 1) {
                return Optional.of(new Resolution.Problem("intention number `" + ref + "` is printed on "
                        + numbered.size() + " intentions of plan " + planId, "use the intention's id, one of: "
                        + String.join(", ", numbered.stream().map(Intention::id).toList())));
            }
            i = numbered.isEmpty() ? null : numbered.get(0);
        }
        if (i == null) {
            return Optional.empty();
        }
        String label = (i.number() == null || i.number().isBlank() ? "" : i.number() + " ") + i.area();
        return Optional.of(new Resolution.Found(new Target(Kind.INTENTION, planId, i.id(), label, fragment)));
    }

    private List<String> plansHolding(String ref) {
        List<String> out = new ArrayList<>();
        plans.keySet().forEach(p -> {
            if (intentionsOf(p).containsKey(ref)) {
                out.add(p);
            }
        });
        return out;
    }

    private Map<String, Intention> intentionsOf(String planId) {
        return intentionsByPlan.computeIfAbsent(planId, id -> {
            Map<String, Intention> byId = new LinkedHashMap<>();
            plans.get(id).intentions().forEach(i -> byId.putIfAbsent(i.id(), i));
            return byId;
        });
    }

    private static List<String> qualified(String planId, java.util.Collection<String> ids) {
        return ids.stream().map(id -> planId + "/" + id).toList();
    }

    private static Resolution problem(Kind k, String id, java.util.Collection<String> known) {
        java.util.Optional<String> near = uk.nhs.intentions.support.Spelling.closest(id, known);
        String hint = near.map(n -> "did you mean `" + k.scheme + ":" + n + "`?")
                .orElse("add it to " + k.where + " or correct the id");
        return new Resolution.Problem("unknown " + k.noun + " `" + id + "` in " + (k.scheme.startsWith("i") ? "an" : "a") + " `" + k.scheme + ":` link", hint);
    }

    /**
     * Where a link with this destination is first written in any Markdown text of {@code root} (the site), in
     * model order: for a broken link on a page rendered in an earlier build and reused.
     */
    public static Optional<SourcePos> firstWritten(Object root, String destination) {
        List<SourcePos> found = new ArrayList<>();
        eachMarkdown(root, md -> {
            if (found.isEmpty() && md.source().contains(destination)) {
                links(md).stream().filter(w -> w.destination().equals(destination)).findFirst()
                        .ifPresent(w -> found.add(w.pos()));
            }
        });
        return found.stream().findFirst();
    }

    private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

    /** Calls {@code each} with every Markdown value reachable from {@code root} through records and collections. */
    public static void eachMarkdown(Object root, Consumer<Markdown> each) {
        if (root == null) {
            return;
        }
        if (root instanceof Markdown md) {
            if (!md.isBlank()) {
                each.accept(md);
            }
        } else if (root instanceof Collection<?> c) {
            c.forEach(x -> eachMarkdown(x, each));
        } else if (root instanceof Map<?, ?> m) {
            m.values().forEach(x -> eachMarkdown(x, each));
        } else if (root instanceof Optional<?> o) {
            o.ifPresent(x -> eachMarkdown(x, each));
        } else if (root.getClass().isRecord() && root.getClass().getPackageName().startsWith("uk.nhs.intentions")) {
            for (Method m : ACCESSORS.computeIfAbsent(root.getClass(), MarkdownLinks::accessors)) {
                try {
                    eachMarkdown(m.invoke(root), each);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + m, e);
                }
            }
        }
    }

    /** A record's accessors, except those of values that cannot hold Markdown (text, numbers, dates, positions). */
    private static List<Method> accessors(Class<?> type) {
        return java.util.Arrays.stream(type.getRecordComponents())
                .filter(c -> mayHoldMarkdown(c.getType()))
                .map(RecordComponent::getAccessor)
                .peek(m -> m.setAccessible(true))
                .toList();
    }

    private static boolean mayHoldMarkdown(Class<?> t) {
        return !(t.isPrimitive() || t.isEnum() || t == String.class || Number.class.isAssignableFrom(t)
                || t.getPackageName().startsWith("java.time") || t == SourcePos.class
                || t == uk.nhs.intentions.model.Positions.class || t == uk.nhs.intentions.model.Ref.class);
    }
}
