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
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Positions;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.support.FastHash;

/**
 * Fingerprints of loaded content, walked generically over the model's records (so a field added to the model is
 * covered without touching this class): a value's whole content (of its source positions, only the file: no
 * output shows a line or column), or its <em>outline</em>, which is everything except Markdown text (kept:
 * whether it is blank, and where its links lead) and source positions. An edit to
 * an intention's wording changes its plan's content digest and no plan's outline.
 *
 * <p>A value of a type the walk does not know makes the digest empty, and the caller then falls back to the
 * safe path (building every page's model). Section and intention digests are remembered by identity between
 * the builds of one {@code serve} session: its parse cache hands back the same {@link Section} object (and so
 * the same {@link Intention} objects) for an unchanged file. Within one build each intention is walked once
 * for its content and once for its outline; a section's digests are made from its intentions'.
 */
final class ContentDigest {
    /**
     * Digests of one section or intention: whole content, outline, and (sections) the content outside its
     * intentions, which count by their outline.
     */
    private record Digests(FastHash content, FastHash outline, FastHash outsideIntentions) {
    }

    private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();
    private static final int MAX_DEPTH = 48;

    private Map<Record, Digests> previous = new IdentityHashMap<>();
    private final Map<Record, Digests> next = new IdentityHashMap<>();

    /** Values made from one section's digests alone (its page keys), remembered by identity as the digests are. */
    private Map<Section, Object> previousDerived = new IdentityHashMap<>();
    private final Map<Section, Object> nextDerived = new IdentityHashMap<>();

    /** Begins a build: the sections seen by the last build can be looked up; others are forgotten after it. */
    synchronized void nextBuild() {
        previous = new IdentityHashMap<>(next);
        next.clear();
        previousDerived = new IdentityHashMap<>(nextDerived);
        nextDerived.clear();
    }

    /**
     * What {@code make} gives for the section, made from its digests alone, so the same for the same section
     * object: an unchanged section file in {@code serve} is made once, not once per build.
     */
    synchronized <T> Optional<T> derived(Section s, Class<T> type, java.util.function.Function<Section, Optional<T>> make) {
        Object known = previousDerived.get(s);
        if (known == null) {
            known = nextDerived.get(s);
        }
        Optional<T> value = type.isInstance(known) ? Optional.of(type.cast(known)) : make.apply(s);
        value.ifPresent(v -> nextDerived.put(s, v));
        return value;
    }

    /** What a walk takes whole and what it takes by outline only. */
    private enum Mode {
        CONTENT, OUTLINE, OUTSIDE_SECTIONS, OUTSIDE_INTENTIONS
    }

    Optional<FastHash> content(Object value) {
        return digest(value, Mode.CONTENT);
    }

    Optional<FastHash> outline(Object value) {
        return digest(value, Mode.OUTLINE);
    }

    /** The whole content, except that sections count by their outline: a plan's text outside its sections. */
    Optional<FastHash> outsideSections(Object value) {
        return digest(value, Mode.OUTSIDE_SECTIONS);
    }

    private Optional<FastHash> digest(Object value, Mode mode) {
        FastHash.Builder b = FastHash.builder();
        return new Walk(b, mode).value(value, 0) ? Optional.of(b.build()) : Optional.empty();
    }

    /** The section's whole content (remembered by identity, like every section reached by a walk). */
    Optional<FastHash> sectionContent(Section s) {
        return remembered(s).map(Digests::content);
    }

    /** The section's content outside its intentions (they count by their outline). */
    Optional<FastHash> sectionOutsideIntentions(Section s) {
        return remembered(s).map(Digests::outsideIntentions);
    }

    /** The intention's whole content. */
    Optional<FastHash> intentionContent(Intention i) {
        return remembered(i).map(Digests::content);
    }

    private Optional<Digests> remembered(Record r) {
        Digests known;
        synchronized (this) {
            known = previous.get(r);
            if (known == null) {
                known = next.get(r);
            }
        }
        if (known == null) {
            Optional<FastHash> c = walkAlone(r, Mode.CONTENT);
            Optional<FastHash> o = walkAlone(r, Mode.OUTLINE);
            Optional<FastHash> x = r instanceof Section ? walkAlone(r, Mode.OUTSIDE_INTENTIONS) : c;
            if (c.isEmpty() || o.isEmpty() || x.isEmpty()) {
                return Optional.empty();
            }
            known = new Digests(c.get(), o.get(), x.get());
        }
        synchronized (this) {
            next.put(r, known);
        }
        return Optional.of(known);
    }

    private Optional<FastHash> walkAlone(Record r, Mode mode) {
        FastHash.Builder b = FastHash.builder();
        return new Walk(b, mode).record(r, 0) ? Optional.of(b.build()) : Optional.empty();
    }

    /** One walk over a value, feeding one hash. */
    private final class Walk {
        private final FastHash.Builder b;
        private final Mode mode;
        private final boolean outline;

        Walk(FastHash.Builder b, Mode mode) {
            this.b = b;
            this.mode = mode;
            this.outline = mode == Mode.OUTLINE;
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
                // no output shows where in its file a value was written (only diagnostics do, and they are not
                // kept): the file alone counts, so a line added above an intention leaves its pages alone
                b.tag('P');
                if (!outline) {
                    SourcePos at = v instanceof SourcePos p ? p : ((Positions) v).self();
                    b.text(at == null ? "" : at.path());
                }
            } else if (v instanceof Section || v instanceof Intention) {
                // walked once per build, then remembered: a section's three digests reuse its intentions'
                Optional<Digests> p = remembered((Record) v);
                if (p.isEmpty()) {
                    return false;
                }
                boolean byOutline = outline || v instanceof Section && mode == Mode.OUTSIDE_SECTIONS
                        || v instanceof Intention && mode == Mode.OUTSIDE_INTENTIONS;
                b.tag(v instanceof Section ? 'C' : 'N').hash(byOutline ? p.get().outline() : p.get().content());
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
