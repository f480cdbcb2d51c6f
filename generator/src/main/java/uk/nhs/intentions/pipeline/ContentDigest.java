package uk.nhs.intentions.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

import uk.nhs.intentions.check.MarkdownLinks;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Positions;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.support.FastHash;

/**
 * Fingerprints of loaded content, walked generically over the model's records (so a field added to the model is
 * covered without touching this class): a value's whole content, or its <em>outline</em>, which is everything
 * except Markdown text (kept: whether it is blank, and where its links lead) and source positions. An edit to
 * an intention's wording changes its plan's content digest and no plan's outline.
 *
 * <p>A value of a type the walk does not know makes the digest empty, and the caller then falls back to the
 * safe path (building every page's model). Section digests are remembered by identity between the builds of
 * one {@code serve} session: its parse cache hands back the same {@link Section} object for an unchanged file.
 */
final class ContentDigest {
    /** Digests of one section: whole content and outline. */
    private record Pair(FastHash content, FastHash outline) {
    }

    private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();
    private static final int MAX_DEPTH = 48;

    private Map<Section, Pair> previous = new IdentityHashMap<>();
    private final Map<Section, Pair> next = new IdentityHashMap<>();

    /** Begins a build: the sections seen by the last build can be looked up; others are forgotten after it. */
    synchronized void nextBuild() {
        previous = new IdentityHashMap<>(next);
        next.clear();
    }

    Optional<FastHash> content(Object value) {
        return digest(value, false, false);
    }

    Optional<FastHash> outline(Object value) {
        return digest(value, true, true);
    }

    /** The whole content, except that sections count by their outline: a plan's text outside its sections. */
    Optional<FastHash> outsideSections(Object value) {
        return digest(value, false, true);
    }

    private Optional<FastHash> digest(Object value, boolean outline, boolean sectionOutlines) {
        FastHash.Builder b = FastHash.builder();
        return new Walk(b, outline, sectionOutlines).value(value, 0) ? Optional.of(b.build()) : Optional.empty();
    }

    /** The section's whole content (remembered by identity, like every section reached by a walk). */
    Optional<FastHash> sectionContent(Section s) {
        return section(s).map(Pair::content);
    }

    private Optional<Pair> section(Section s) {
        Pair known;
        synchronized (this) {
            known = previous.get(s);
            if (known == null) {
                known = next.get(s);
            }
        }
        if (known == null) {
            Optional<FastHash> c = walkAlone(s, false);
            Optional<FastHash> o = walkAlone(s, true);
            if (c.isEmpty() || o.isEmpty()) {
                return Optional.empty();
            }
            known = new Pair(c.get(), o.get());
        }
        synchronized (this) {
            next.put(s, known);
        }
        return Optional.of(known);
    }

    private Optional<FastHash> walkAlone(Section s, boolean outline) {
        FastHash.Builder b = FastHash.builder();
        return new Walk(b, outline, outline).record(s, 0) ? Optional.of(b.build()) : Optional.empty();
    }

    /** One walk over a value, feeding one hash. */
    private final class Walk {
        private final FastHash.Builder b;
        private final boolean outline;
        private final boolean sectionOutlines;

        Walk(FastHash.Builder b, boolean outline, boolean sectionOutlines) {
            this.b = b;
            this.outline = outline;
            this.sectionOutlines = sectionOutlines;
        }

        boolean value(Object v, int depth) {
            if (depth > MAX_DEPTH) {
                return false;
            }
            if (v == null) {
                b.tag('Z');
            } else if (v instanceof String s) {
                b.tag('S').text(s);
            } else if (v instanceof Boolean x) {
                b.tag(x ? 'T' : 'F');
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                b.tag('I').number(((Number) v).longValue());
            } else if (v instanceof BigDecimal || v instanceof Double || v instanceof Float
                    || v instanceof Character || v instanceof TemporalAccessor) {
                b.tag('V').text(v.getClass().getName()).text(v.toString());
            } else if (v instanceof Enum<?> e) {
                b.tag('E').text(e.getDeclaringClass().getName()).text(e.name());
            } else if (v instanceof Optional<?> o) {
                b.tag('O');
                return value(o.orElse(null), depth + 1);
            } else if (v instanceof Collection<?> c) {
                b.tag('L').count(c.size());
                for (Object o : c) {
                    if (!value(o, depth + 1)) {
                        return false;
                    }
                }
            } else if (v instanceof Map<?, ?> m) {
                return map(m, depth);
            } else if (v instanceof Markdown md) {
                return markdown(md);
            } else if (v instanceof SourcePos || v instanceof Positions) {
                if (outline) {
                    b.tag('P');
                } else {
                    return record((Record) v, depth);
                }
            } else if (v instanceof Section s) {
                Optional<Pair> p = section(s);
                if (p.isEmpty()) {
                    return false;
                }
                b.tag('C').hash(sectionOutlines ? p.get().outline() : p.get().content());
            } else if (v instanceof Record r) {
                return record(r, depth);
            } else {
                return false; // a type this walk does not know: no digest, so no shortcut
            }
            return true;
        }

        private boolean markdown(Markdown md) {
            if (!outline) {
                b.tag('D').text(md.source());
                return value(md.pos(), 0);
            }
            b.tag(md.source().isBlank() ? 'd' : 'D');
            for (MarkdownLinks.Written w : MarkdownLinks.links(md)) {
                b.tag('K').text(w.destination());
            }
            return true;
        }

        private boolean map(Map<?, ?> m, int depth) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
            if (!(m instanceof LinkedHashMap || m instanceof SortedMap)) {
                if (!entries.stream().allMatch(e -> e.getKey() instanceof String)) {
                    return false;
                }
                entries.sort((x, y) -> ((String) x.getKey()).compareTo((String) y.getKey()));
            }
            b.tag('M').count(entries.size());
            for (Map.Entry<?, ?> e : entries) {
                if (!value(e.getKey(), depth + 1) || !value(e.getValue(), depth + 1)) {
                    return false;
                }
            }
            return true;
        }

        boolean record(Record r, int depth) {
            b.tag('R').text(r.getClass().getName());
            for (Method m : accessors(r.getClass())) {
                Object v;
                try {
                    v = m.invoke(r);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return false;
                }
                if (!value(v, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static List<Method> accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            List<Method> out = new ArrayList<>();
            for (RecordComponent c : t.getRecordComponents()) {
                Method m = c.getAccessor();
                m.setAccessible(true);
                out.add(m);
            }
            return List.copyOf(out);
        });
    }
}
