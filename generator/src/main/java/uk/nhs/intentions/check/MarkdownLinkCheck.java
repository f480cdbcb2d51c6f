package uk.nhs.intentions.check;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;

/**
 * Every link by id in every Markdown text of the site ({@code provider:}, {@code intention:}, {@code priority:},
 * {@code plan:}, {@code commissioner:}) must name something that exists; the error is at the link's own file,
 * line and column, with the nearest id when there is one. A mistyped scheme ({@code provder:}) is an error too,
 * and a link the renderer would remove (any scheme but http, https and mailto) a warning.
 * <p>
 * The texts are found by walking the model's records, so a Markdown field added later is checked without a
 * change here.
 */
final class MarkdownLinkCheck implements Check {
    private static final List<String> KEPT = List.of("http", "https", "mailto");
    private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

    @Override
    public void run(Site site, Diagnostics diags) {
        MarkdownLinks links = MarkdownLinks.of(site);
        eachMarkdown(site, md -> {
            for (MarkdownLinks.Written w : MarkdownLinks.links(md)) {
                check(links, w, md.pos(), diags);
            }
        });
    }

    private static void check(MarkdownLinks links, MarkdownLinks.Written w, SourcePos textStart, Diagnostics diags) {
        String dest = w.destination();
        if (MarkdownLinks.kindOf(dest).isPresent()) {
            if (links.resolve(dest, textStart) instanceof MarkdownLinks.Resolution.Problem p) {
                Diagnostic d = Diagnostic.error(w.pos(), p.message());
                diags.add(p.hint().isEmpty() ? d : d.withHint(p.hint()));
            }
            return;
        }
        Optional<String> scheme = scheme(dest);
        if (scheme.isEmpty() || KEPT.contains(scheme.get())) {
            return;
        }
        List<String> ours = java.util.Arrays.stream(MarkdownLinks.Kind.values()).map(MarkdownLinks.Kind::scheme)
                .toList();
        String near = Suggest.closest(scheme.get(), ours);
        if (near != null) {
            diags.add(Diagnostic.error(w.pos(), "unknown kind of link `" + scheme.get() + ":`")
                    .withHint("did you mean `" + near + ":`? Links by id are " + String.join(", ",
                            ours.stream().map(s -> "`" + s + ":`").toList())));
        } else {
            diags.add(Diagnostic.warning(w.pos(), "the link to `" + shortened(dest) + "` is removed from the page:"
                    + " only http, https and mailto links, relative links and links by id are kept"));
        }
    }

    /** The URL scheme of a destination (`javascript` in `javascript:…`), if it has one. */
    private static Optional<String> scheme(String dest) {
        int colon = dest.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String s = dest.substring(0, colon);
        if (!s.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return Optional.empty();
        }
        return Optional.of(s.toLowerCase(Locale.ROOT));
    }

    private static String shortened(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    /** Calls {@code each} with every Markdown value reachable from {@code root} through records and collections. */
    static void eachMarkdown(Object root, Consumer<Markdown> each) {
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
            for (Method m : ACCESSORS.computeIfAbsent(root.getClass(), MarkdownLinkCheck::accessors)) {
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
