package uk.nhs.intentions.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import uk.nhs.intentions.publish.LinkMemo;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageRenderer;
import uk.nhs.intentions.render.TemplateEngine;
import uk.nhs.intentions.render.TemplateLimits;
import uk.nhs.intentions.support.FastHash;

/**
 * Remembers, per page path, the fingerprint of what was rendered and the bytes it gave, so the next build
 * renders only pages whose model (or template set) changed. Everything else still runs — load, check, index,
 * page models — so data flows one way and no dependency graph is kept by hand; the output is byte-identical
 * to a clean build because a page is reused only when everything its template sees is the same.
 *
 * <p>Only fingerprints and content hashes are kept in memory: a reused page's bytes are read back from the
 * previous build's output folder and used only if their hash matches what was written, so memory stays
 * small for large sites and a file changed behind the cache's back is simply rendered again.
 *
 * <p>One cache serves one sequence of builds (the {@code serve} loop, or CLI builds through the persistent
 * {@link BuildCache}); builds using it must not overlap.
 */
public final class RenderCache {
    private volatile Map<String, Entry> entries = Map.of();
    private final LinkMemo links = new LinkMemo();
    private volatile Stats last = new Stats(0, 0, List.of());

    /** What the last successful build did: pages rendered again, pages reused, and which were rendered. */
    public record Stats(int rendered, int reused, List<String> renderedPaths) {
        public Stats {
            renderedPaths = List.copyOf(renderedPaths);
        }
    }

    private record Entry(FastHash fingerprint, FastHash hash, int length) {
        static Entry of(FastHash fingerprint, byte[] bytes) {
            return new Entry(fingerprint, FastHash.of(bytes), bytes.length);
        }

        boolean holds(byte[] bytes) {
            return bytes.length == length && hash.equals(FastHash.of(bytes));
        }
    }

    /** The entries as bytes, for the persistent cache (paths sorted, so the same cache gives the same bytes). */
    byte[] toBytes() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            Map<String, Entry> e = entries;
            out.writeInt(e.size());
            for (String path : e.keySet().stream().sorted().toList()) {
                Entry x = e.get(path);
                out.writeUTF(path);
                out.writeLong(x.fingerprint().high());
                out.writeLong(x.fingerprint().low());
                out.writeLong(x.hash().high());
                out.writeLong(x.hash().low());
                out.writeInt(x.length());
            }
        }
        return buf.toByteArray();
    }

    /** A cache holding what {@link #toBytes()} wrote; throws on anything else (the caller then starts empty). */
    static RenderCache fromBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("implausible entry count " + n);
        }
        Map<String, Entry> read = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String path = in.readUTF();
            FastHash fp = new FastHash(in.readLong(), in.readLong());
            FastHash hash = new FastHash(in.readLong(), in.readLong());
            int length = in.readInt();
            if (length < 0) {
                throw new IOException("negative length");
            }
            read.put(path, new Entry(fp, hash, length));
        }
        RenderCache c = new RenderCache();
        c.entries = Map.copyOf(read);
        return c;
    }


    private record Engine(String key, TemplateLimits limits, TemplateEngine engine) {
    }

    private volatile Engine engine;

    /**
     * The template engine of the last build when its templates hash the same (parsing every template was a
     * tenth of a {@code serve} rebuild), else a new one from {@code make}.
     */
    TemplateEngine engine(String templateSet, Path themesDir, String theme, TemplateLimits limits,
            java.util.function.Supplier<TemplateEngine> make) {
        String key = templateSet + "\0" + themesDir.toAbsolutePath().normalize() + "\0" + theme;
        Engine e = engine;
        if (e != null && e.key().equals(key) && e.limits() == limits) {
            return e.engine();
        }
        TemplateEngine made = make.get();
        engine = new Engine(key, limits, made);
        return made;
    }

    /** The links and ids found in each page, kept for the next build's link check. */
    LinkMemo links() {
        return links;
    }

    public Stats stats() {
        return last;
    }

    /** Forgets everything: the next build renders every page. */
    public void clear() {
        entries = Map.of();
    }

    /** Starts a build whose templates hash to {@code templateSet}, writing (as before) to {@code outputDir}. */
    Run begin(String templateSet, Path outputDir) {
        return new Run(templateSet, outputDir);
    }

    /** One build's use of the cache; {@link #commit()} makes its results the cache's contents. */
    final class Run {
        private final String templateSet;
        private final Path outputDir;
        private final Map<String, Entry> previous = entries;
        private final Map<String, Entry> next = new ConcurrentHashMap<>();
        private final Map<String, Boolean> rendered = new ConcurrentHashMap<>();
        private final AtomicInteger reused = new AtomicInteger();

        private Run(String templateSet, Path outputDir) {
            this.templateSet = templateSet;
            this.outputDir = outputDir.toAbsolutePath().normalize();
        }

        /** The page's bytes: from the cache when its fingerprint is unchanged, else freshly rendered. */
        byte[] render(Page page, PageRenderer renderer) {
            Map<String, Object> model = renderer.fullModel(page);
            Optional<FastHash> fp = ModelFingerprint.of(templateSet, page.template(), model);
            Entry old = previous.get(page.path());
            if (fp.isPresent() && old != null && old.fingerprint().equals(fp.get())) {
                Optional<byte[]> before = previousBytes(page.path(), old.length()).filter(old::holds);
                if (before.isPresent()) {
                    next.put(page.path(), old);
                    reused.incrementAndGet();
                    return before.get();
                }
            }
            byte[] bytes = renderer.renderUtf8(page, model);
            fp.ifPresent(f -> next.put(page.path(), Entry.of(f, bytes)));
            rendered.put(page.path(), Boolean.TRUE);
            return bytes;
        }

        /** The page as the previous build wrote it; empty when it is missing or unreadable. */
        private Optional<byte[]> previousBytes(String path, int length) {
            Path file = outputDir.resolve(path).normalize();
            if (!file.startsWith(outputDir)) {
                return Optional.empty();
            }
            try {
                if (Files.size(file) != length) {
                    return Optional.empty(); // changed behind the cache's back: not worth reading
                }
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        void commit() {
            entries = Map.copyOf(next);
            last = new Stats(rendered.size(), reused.get(), rendered.keySet().stream().sorted().toList());
        }
    }
}
