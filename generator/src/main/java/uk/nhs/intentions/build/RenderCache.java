package uk.nhs.intentions.build;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageRenderer;

/**
 * Remembers, per page path, the fingerprint of what was rendered and the bytes it gave, so the next build
 * renders only pages whose model (or template set) changed. Everything else still runs — load, check, index,
 * page models — so data flows one way and no dependency graph is kept by hand; the output is byte-identical
 * to a clean build because a page is reused only when everything its template sees is the same.
 *
 * <p>One cache serves one sequence of builds (the {@code serve} loop); builds using it must not overlap.
 */
public final class RenderCache {
    private volatile Map<String, Entry> entries = Map.of();
    private volatile Stats last = new Stats(0, 0, List.of());

    /** What the last successful build did: pages rendered again, pages reused, and which were rendered. */
    public record Stats(int rendered, int reused, List<String> renderedPaths) {
        public Stats {
            renderedPaths = List.copyOf(renderedPaths);
        }
    }

    private record Entry(String fingerprint, byte[] bytes) {
    }

    public Stats stats() {
        return last;
    }

    /** Forgets everything: the next build renders every page. */
    public void clear() {
        entries = Map.of();
    }

    Run begin(String templateSet) {
        return new Run(templateSet);
    }

    /** One build's use of the cache; {@link #commit()} makes its results the cache's contents. */
    final class Run {
        private final String templateSet;
        private final Map<String, Entry> previous = entries;
        private final Map<String, Entry> next = new ConcurrentHashMap<>();
        private final Map<String, Boolean> rendered = new ConcurrentHashMap<>();
        private final AtomicInteger reused = new AtomicInteger();

        private Run(String templateSet) {
            this.templateSet = templateSet;
        }

        /** The page's bytes: from the cache when its fingerprint is unchanged, else freshly rendered. */
        byte[] render(Page page, PageRenderer renderer) {
            String fp = ModelFingerprint.of(templateSet, page.template(), renderer.fullModel(page));
            Entry old = previous.get(page.path());
            if (fp != null && old != null && old.fingerprint().equals(fp)) {
                next.put(page.path(), old);
                reused.incrementAndGet();
                return old.bytes();
            }
            byte[] bytes = renderer.render(page).getBytes(StandardCharsets.UTF_8);
            if (fp != null) {
                next.put(page.path(), new Entry(fp, bytes));
            }
            rendered.put(page.path(), Boolean.TRUE);
            return bytes;
        }

        void commit() {
            entries = Map.copyOf(next);
            last = new Stats(rendered.size(), reused.get(), rendered.keySet().stream().sorted().toList());
        }
    }
}
