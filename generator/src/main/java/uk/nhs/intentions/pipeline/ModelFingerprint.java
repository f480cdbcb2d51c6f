package uk.nhs.intentions.pipeline;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.core.TemplateMarkupOutputModel;
import uk.nhs.intentions.render.SharedView;
import uk.nhs.intentions.support.FastHash;

/**
 * A stable 128-bit fingerprint (XXH3, {@link FastHash}) of a page model: the tree of maps, lists, strings, numbers, booleans and
 * pre-rendered markup that a template sees. Two models with the same fingerprint render to the same bytes
 * with the same templates. Maps whose order is meaningful (insertion-ordered or sorted) are hashed in
 * iteration order, other maps by sorted key. A value of any other type makes the model "unfingerprintable"
 * ({@link #of} is empty): such a page is simply always rendered.
 */
final class ModelFingerprint {
    private static final int MAX_DEPTH = 64;

    private final FastHash.Builder digest = FastHash.builder();
    private final Shared shared;

    /** Fingerprints of {@link SharedView}s already walked in this build, by instance (thread-safe). */
    static final class Shared {
        private record Id(SharedView view) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Id other && other.view == view;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(view);
            }
        }

        private final Map<Id, Optional<FastHash>> known = new ConcurrentHashMap<>();
    }

    private ModelFingerprint(Shared shared) {
        this.shared = shared;
    }

    /**
     * The fingerprint of {@code template} rendered with {@code model} under {@code templateSet}; empty when the
     * model holds a value that cannot be fingerprinted.
     */
    static Optional<FastHash> of(String templateSet, String template, Map<String, Object> model) {
        return of(templateSet, template, model, new Shared());
    }

    /** As above, walking each shared view once per {@code shared} (one per build). */
    static Optional<FastHash> of(String templateSet, String template, Map<String, Object> model, Shared shared) {
        ModelFingerprint f = new ModelFingerprint(shared);
        f.text(templateSet);
        f.text(template);
        if (!f.value(model, 0)) {
            return Optional.empty();
        }
        return Optional.of(f.digest.build());
    }

    private boolean sharedView(SharedView v, int depth) {
        Shared.Id id = new Shared.Id(v);
        Optional<FastHash> h = shared.known.get(id);
        if (h == null) { // not computeIfAbsent: a shared view may hold another, and the map must not recurse
            ModelFingerprint f = new ModelFingerprint(shared);
            h = f.map(v, depth) ? Optional.of(f.digest.build()) : Optional.empty();
            shared.known.putIfAbsent(id, h);
        }
        h.ifPresent(x -> {
            tag('X');
            digest.hash(x);
        });
        return h.isPresent();
    }

    private boolean value(Object v, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (v == null) {
            tag('Z');
        } else if (v instanceof CharSequence s) {
            tag('S');
            text(s.toString());
        } else if (v instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (v instanceof Number n) {
            tag('N');
            text(n.getClass().getName());
            text(n.toString());
        } else if (v instanceof Character || v instanceof Enum<?> || v instanceof TemporalAccessor) {
            tag('V');
            text(v.getClass().getName());
            text(v.toString());
        } else if (v instanceof TemplateMarkupOutputModel<?> m) {
            return markup(m);
        } else if (v instanceof SharedView sv) {
            return sharedView(sv, depth);
        } else if (v instanceof Map<?, ?> map) {
            return map(map, depth);
        } else if (v instanceof Collection<?> c) {
            tag('L');
            number(c.size());
            for (Object o : c) {
                if (!value(o, depth + 1)) {
                    return false;
                }
            }
        } else if (v instanceof Object[] arr) {
            return value(List.of(arr), depth);
        } else {
            return false;
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean markup(TemplateMarkupOutputModel m) {
        try {
            tag('H');
            text(m.getOutputFormat().getName());
            text(m.getOutputFormat().getMarkupString(m));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean map(Map<?, ?> map, int depth) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        boolean ordered = map instanceof LinkedHashMap || map instanceof SortedMap;
        if (!ordered) {
            if (!entries.stream().allMatch(e -> e.getKey() instanceof String)) {
                return false;
            }
            entries.sort((a, b) -> ((String) a.getKey()).compareTo((String) b.getKey()));
        }
        tag(ordered ? 'O' : 'M');
        number(entries.size());
        for (Map.Entry<?, ?> e : entries) {
            if (!value(e.getKey(), depth + 1) || !value(e.getValue(), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private void tag(char c) {
        digest.tag(c);
    }

    private void number(int n) {
        digest.count(n);
    }

    private void text(String s) {
        digest.text(s);
    }
}
