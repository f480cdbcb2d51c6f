package uk.nhs.intentions.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import uk.nhs.intentions.publish.LinkMemo;
import uk.nhs.intentions.publish.SiteWriter;
import uk.nhs.intentions.render.outputs.Output;
import uk.nhs.intentions.render.outputs.OutputStep;
import uk.nhs.intentions.render.outputs.PlanOutputStep;
import uk.nhs.intentions.render.outputs.PlanPartsStep;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageRenderer;
import uk.nhs.intentions.render.TemplateEngine;
import uk.nhs.intentions.render.TemplateLimits;
import uk.nhs.intentions.support.FastHash;

/**
 * Remembers, per page path, the fingerprint of what was rendered and the bytes it gave, so the next build
 * renders only pages whose model (or template set) changed. Load, check and index still run whole, so data
 * flows one way; the output is byte-identical to a clean build because a page is reused only when everything
 * its template sees is the same (its model's fingerprint), or when nothing its model reads changed.
 *
 * <p>Only fingerprints and content hashes are kept in memory: a reused page is the previous build's file, kept
 * by the publisher ({@link SiteWriter#keep}) only if its size (and, unless the link check has seen those exact
 * bytes, its hash) matches what was written, so memory stays small for large sites and a file changed behind
 * the cache's back is simply rendered again.
 *
 * <p>Before a page's model is even built, its scope key ({@link PageScopes}) is compared: a page of a plan
 * whose content, and the rest of whose inputs, did not change is kept without building its model at all.
 *
 * <p>One cache serves one sequence of builds (the {@code serve} loop, or CLI builds through the persistent
 * {@link BuildCache}); builds using it must not overlap.
 */
public final class RenderCache {
    private volatile Map<String, Entry> entries = Map.of();
    /** Per plan-output step and plan: the key its files were made under, and the files. */
    private volatile Map<String, PlanFiles> planFiles = Map.of();

    /** Per plan-parts step and plan: the key the part was made under, and the part (kept in memory only). */
    private volatile Map<String, PlanPart> planParts = Map.of();

    private record PlanPart(FastHash key, byte[] bytes) {
    }

    /** Per plan-parts step: the parts its files were last assembled from, and the files (in memory only). */
    private record Assembled(List<byte[]> parts, List<FileEntry> files) {
        Assembled {
            parts = List.copyOf(parts);
            files = List.copyOf(files);
        }
    }

    private volatile Map<String, Assembled> assembled = Map.of();

    /** Per step that can wait ({@link OutputStep#canWait()}): the files the last build made (in memory only). */
    private volatile Map<String, List<FileEntry>> stepFiles = Map.of();

    /** Whether plans' parts are kept for the next build (in memory: serve's cache, not the CLI's on disk). */
    private volatile boolean keepParts = true;

    /** This cache, keeping no plan parts between builds (the CLI's: parts are not saved to disk). */
    RenderCache withoutParts() {
        keepParts = false;
        return this;
    }

    private record FileEntry(String path, FastHash hash, int length) {
        /** What the cache remembers of files just made: each one's path, the hash of its bytes and their length. */
        static List<FileEntry> of(List<Output> made) {
            return made.stream().map(o -> new FileEntry(o.path(), FastHash.of(o.bytes()), o.bytes().length)).toList();
        }
    }

    private record PlanFiles(FastHash key, List<FileEntry> files) {
        PlanFiles {
            files = List.copyOf(files);
        }
    }
    /** What the publisher knows of the last site's files (see {@link LinkMemo}); saved with the CLI's cache. */
    private volatile LinkMemo links = new LinkMemo();
    private volatile Stats last = new Stats(0, 0, List.of(), 0, 0);
    /** Content digests kept between builds (serve's unchanged section files digest once). */
    private final ContentDigest digest = new ContentDigest();

    /**
     * What the last successful build did: pages rendered again, pages reused, which were rendered, and how
     * many of the reused ones were left alone without even building their model (their scope was unchanged).
     */
    public record Stats(int rendered, int reused, List<String> renderedPaths, int untouched,
            int keptForLater) {
        public Stats {
            renderedPaths = List.copyOf(renderedPaths);
        }

        public Stats(int rendered, int reused, List<String> renderedPaths) {
            this(rendered, reused, renderedPaths, 0, 0);
        }
    }

    /**
     * Serve's choice: downloads (data files, PDFs) and search-index parts of an edited plan that the previous
     * site already has are kept as they were, and so are pages that gather across the site (a provider's, a
     * comparison, a plan's overview): the edited section's and intention's own pages show first, and a follow-up
     * build makes the rest.
     */
    private volatile boolean downloadsLater;

    /** The content keys of the last build committed: what an edit changed is told against them. */
    private volatile PageScopes lastScopes;

    /** Whether the last build begun kept anything for later (see {@link #linksBrokenByWhatWasKept()}). */
    private volatile boolean keptInLastBuild;
    /** Whether the last build begun failed its link check. */
    private volatile boolean linksBrokeInLastBuild;

    /**
     * Whether builds with this cache put off remaking downloads (data files, PDFs), search-index parts and
     * gathering pages the previous site already has, so the edited thing's own pages show an edit first; a
     * build without it then catches up.
     */
    public void downloadsLater(boolean later) {
        downloadsLater = later;
    }

    /**
     * Whether the last build kept anything as it was for a follow-up build and then failed its link check. A page
     * kept so may link to a page or an anchor the edit removed, so the caller builds again without putting
     * anything off, and reports that build's links.
     */
    public boolean linksBrokenByWhatWasKept() {
        return keptInLastBuild && linksBrokeInLastBuild;
    }

    /**
     * Whether a page is an edited thing's own: of the plans it reads one section, one intention, or one plan's
     * content outside its sections (a narrative page, a meeting), with the downloads it links. Such pages show an
     * edit first; a page that gathers (one that may read anything, a whole plan, or several sections or
     * intentions, as a provider's or a priority's page does) is put off while {@link Run#pagesLater} holds.
     */
    static boolean ownPage(uk.nhs.intentions.render.Page page) {
        if (page.plansRead().isEmpty() || page.gathers()) {
            return false;
        }
        List<String> read = page.plansRead().get().stream().filter(u -> !u.startsWith("@")).toList();
        return read.size() == 1 && read.get(0).indexOf('/') > 0; // not a whole plan
    }

    /** No scope key (the page's model may read anything, or it was rendered without one). */
    private static final FastHash NO_SCOPE = new FastHash(0, 0);
    /** The fingerprint of a page rendered without one: no model's fingerprint is this (the chance is 2^-128). */
    private static final FastHash NOT_FINGERPRINTED = new FastHash(0, 0);

    private record Entry(FastHash fingerprint, FastHash hash, int length, FastHash scope) {
        static Entry of(FastHash fingerprint, byte[] bytes, Optional<FastHash> scope) {
            return new Entry(fingerprint, FastHash.of(bytes), bytes.length, scope.orElse(NO_SCOPE));
        }

        boolean holds(byte[] bytes) {
            return bytes.length == length && hash.equals(FastHash.of(bytes));
        }
    }

    /** The entries as bytes, for the persistent cache (paths sorted, so the same cache gives the same bytes). */
    byte[] toBytes() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            write(out);
        }
        return buf.toByteArray();
    }

    /** Writes what {@link #toBytes()} returns to {@code out} (the build cache streams it: no second copy). */
    void write(DataOutputStream out) throws IOException {
        {
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
                out.writeLong(x.scope().high());
                out.writeLong(x.scope().low());
            }
            Map<String, PlanFiles> f = planFiles;
            out.writeInt(f.size());
            for (String name : f.keySet().stream().sorted().toList()) {
                PlanFiles x = f.get(name);
                out.writeUTF(name);
                out.writeLong(x.key().high());
                out.writeLong(x.key().low());
                out.writeInt(x.files().size());
                for (FileEntry fe : x.files()) {
                    out.writeUTF(fe.path());
                    out.writeLong(fe.hash().high());
                    out.writeLong(fe.hash().low());
                    out.writeInt(fe.length());
                }
            }
            links.write(out);
        }
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
            FastHash scope = new FastHash(in.readLong(), in.readLong());
            read.put(path, new Entry(fp, hash, length, scope));
        }
        int m = in.readInt();
        if (m < 0 || m > 10_000_000) {
            throw new IOException("implausible plan-file count " + m);
        }
        Map<String, PlanFiles> files = new HashMap<>();
        for (int i = 0; i < m; i++) {
            String name = in.readUTF();
            FastHash key = new FastHash(in.readLong(), in.readLong());
            int k = in.readInt();
            if (k < 0 || k > 1_000_000) {
                throw new IOException("implausible file count " + k);
            }
            List<FileEntry> list = new java.util.ArrayList<>();
            for (int j = 0; j < k; j++) {
                list.add(new FileEntry(in.readUTF(), new FastHash(in.readLong(), in.readLong()), in.readInt()));
            }
            files.put(name, new PlanFiles(key, list));
        }
        RenderCache c = new RenderCache();
        c.entries = Map.copyOf(read);
        c.planFiles = Map.copyOf(files);
        c.links = LinkMemo.read(in);
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
        links = new LinkMemo();
        entries = Map.of();
        planFiles = Map.of();
        planParts = Map.of();
        stepFiles = Map.of();
        assembled = Map.of();
        lastScopes = null;
    }

    /** Starts a build whose templates hash to {@code templateSet}. */
    Run begin(String templateSet) {
        digest.nextBuild();
        keptInLastBuild = false;
        linksBrokeInLastBuild = false;
        return new Run(templateSet);
    }

    /** One build's use of the cache; {@link #commit()} makes its results the cache's contents. */
    final class Run {
        private final String templateSet;
        private final Map<String, Entry> previous = entries;
        private final Map<String, Entry> next = new ConcurrentHashMap<>(Math.max(16, previous.size()));
        private final Map<String, PlanFiles> previousFiles = planFiles;
        private final Map<String, PlanFiles> nextFiles = new ConcurrentHashMap<>();
        private final Map<String, PlanPart> previousParts = planParts;
        private final Map<String, PlanPart> nextParts = new ConcurrentHashMap<>();
        private final Map<String, List<FileEntry>> previousSteps = stepFiles;
        private final Map<String, List<FileEntry>> nextSteps = new ConcurrentHashMap<>();
        private final Map<String, Assembled> previousAssembled = assembled;
        private final Map<String, Assembled> nextAssembled = new ConcurrentHashMap<>();
        private final AtomicInteger plansRemade = new AtomicInteger();
        private final Map<String, Boolean> rendered = new ConcurrentHashMap<>();
        private final AtomicInteger reused = new AtomicInteger();
        private final AtomicInteger untouched = new AtomicInteger();
        private volatile PageScopes scopes = PageScopes.none();
        private final ModelFingerprint.Shared shared = new ModelFingerprint.Shared();
        private final java.util.Set<String> keptForLater = ConcurrentHashMap.newKeySet();

        /** Takes note of a file, part or page kept as it was for the follow-up build to make. */
        private void later(String name) {
            keptInLastBuild = true;
            keptForLater.add(name);
        }

        /** Where documents kept for a follow-up build are told of; empty when documents are made now. */
        Optional<java.util.function.Consumer<String>> documentsLater() {
            return downloadsLater ? Optional.of(this::later) : Optional.empty();
        }

        private Run(String templateSet) {
            this.templateSet = templateSet;
        }

        /**
         * Keys the pages by what they read (see {@link PageScopes}); called once the downloads are written, as
         * pages link them with their sizes.
         */
        void pageScopes(uk.nhs.intentions.render.Downloads downloads) {
            scopes = scopes.withDownloads(downloads);
        }

        /**
         * Whether pages that gather are put off for the catch-up build (see {@link #ownPage}): serve's first
         * build after an edit to the wording of sections alone, whose own pages are the section's and the
         * intentions'. After any other edit (a narrative page, a provider, an outline, a template) every page
         * is made now.
         */
        private volatile boolean pagesLater;

        /** Digests the content, so plans' files and pages can be keyed (see {@link PageScopes}). */
        void contentScopes(uk.nhs.intentions.model.Site site) {
            scopes = PageScopes.of(site, templateSet, digest);
            PageScopes before = lastScopes;
            pagesLater = downloadsLater && before != null && scopes.onlySectionsChangedSince(before);
        }

        /**
         * Writes a plan-parts step's files, assembled from the parts kept for plans whose key is unchanged and new
         * ones; when every part is the very one the last build assembled its files from (a rebuild that changed no
         * plan, or serve's first build after an edit, which keeps the edited plan's part for the catch-up), those
         * files are kept as they were instead of assembled again (the search index is 10 MB at 10,000 intentions).
         */
        void planParts(PlanPartsStep step, OutputStep.Input in, SiteWriter writer) {
            List<byte[]> parts = planParts(step, in);
            String name = step.getClass().getName();
            Assembled old = previousAssembled.get(name);
            Map<String, Integer> kept = new java.util.HashMap<>();
            if (old != null && sameObjects(old.parts(), parts) && keptAsTheyWere(old.files(), writer, kept)) {
                nextAssembled.put(name, old);
                return;
            }
            List<Output> outs = step.assemble(in, parts);
            writeAllBut(kept, outs, writer, (path, size) -> { });
            if (keepParts && kept.isEmpty()) {
                nextAssembled.put(name, new Assembled(parts, FileEntry.of(outs)));
            }
        }

        private static boolean sameObjects(List<byte[]> a, List<byte[]> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) != b.get(i)) {
                    return false;
                }
            }
            return true;
        }

        /** Each plan's part: kept for plans whose key is unchanged (serve: the edited plan's too, for now), or new. */
        private List<byte[]> planParts(PlanPartsStep step, OutputStep.Input in) {
            List<byte[]> parts = in.ctx().index().site().plans().parallelStream().map(plan -> {
                String name = step.getClass().getName() + "\0" + plan.id();
                Optional<FastHash> key = scopes.plan(plan.id());
                PlanPart old = previousParts.get(name);
                if (key.isPresent() && old != null && old.key().equals(key.get())) {
                    nextParts.put(name, old);
                    return old.bytes();
                }
                if (downloadsLater && old != null) { // serve: the edited plan's part follows with the catch-up
                    later(name);
                    return old.bytes();
                }
                byte[] part = step.planPart(in, plan);
                if (keepParts) {
                    key.ifPresent(k -> nextParts.put(name, new PlanPart(k, part)));
                }
                return part;
            }).toList();
            return parts;
        }

        /**
         * Writes a plan-output step's files: the shared ones, and per plan either the files an earlier build
         * made under the same key (kept as they were) or new ones. {@code written} hears of every file.
         */
        void planOutputs(PlanOutputStep step, OutputStep.Input in, SiteWriter writer,
                java.util.function.ObjIntConsumer<String> written) {
            for (Output o : step.shared(in)) {
                writer.write(o.path(), o.bytes());
                written.accept(o.path(), o.bytes().length);
            }
            in.ctx().index().site().plans().parallelStream().forEach(plan -> {
                String name = step.getClass().getName() + "\0" + plan.id();
                Optional<FastHash> key = scopes.plan(plan.id());
                PlanFiles old = previousFiles.get(name);
                boolean same = key.isPresent() && old != null && old.key().equals(key.get());
                // serve: an edited plan's files as they were, made by the catch-up build that follows
                boolean later = !same && downloadsLater && old != null;
                Map<String, Integer> kept = new java.util.HashMap<>();
                if ((same || later) && keptAsTheyWere(old.files(), writer, kept)) {
                    if (same) {
                        nextFiles.put(name, old);
                    } else {
                        later(name);
                    }
                    old.files().forEach(f -> written.accept(f.path(), f.length()));
                    return;
                }
                List<Output> outs = step.forPlan(in, plan);
                plansRemade.incrementAndGet();
                // under the same key a kept file's bytes are these; an edited plan's is made by the catch-up build
                writeAllBut(kept, outs, writer, written);
                if (later && !kept.isEmpty()) {
                    later(name);
                    return;
                }
                key.ifPresent(k -> nextFiles.put(name, new PlanFiles(k, FileEntry.of(outs))));
            });
        }

        /**
         * Whether every one of {@code files} was kept as the last build made it: each is there at its size, and
         * then each kept in turn (and added to {@code kept}) until one is found changed on disk. The files kept
         * before that one stay kept; the caller makes the rest.
         */
        private static boolean keptAsTheyWere(List<FileEntry> files, SiteWriter writer, Map<String, Integer> kept) {
            return files.stream().allMatch(f -> writer.previousSize(f.path()) == f.length())
                    && files.stream().allMatch(f -> writer.keep(f.path(), f.hash(), f.length())
                            && kept.put(f.path(), f.length()) == null);
        }

        /**
         * Writes {@code outs} but those in {@code kept}: a file kept before another of the same set was found
         * changed on disk stays kept (writing it again would be a second output for one file).
         */
        private static void writeAllBut(Map<String, Integer> kept, List<Output> outs, SiteWriter writer,
                java.util.function.ObjIntConsumer<String> written) {
            for (Output o : outs) {
                if (kept.containsKey(o.path())) {
                    written.accept(o.path(), kept.get(o.path()));
                } else {
                    writer.write(o.path(), o.bytes());
                    written.accept(o.path(), o.bytes().length);
                }
            }
        }

        /**
         * Writes the files of a step that can wait ({@link OutputStep#canWait()}): in serve's first build after an
         * edit to wording alone (the same plans, outlines and so files), the files the last build made, kept as they
         * were for the catch-up build to make; else new ones.
         * {@code written} hears of every file.
         */
        void stepOutputs(OutputStep step, OutputStep.Input in, SiteWriter writer,
                java.util.function.ObjIntConsumer<String> written) {
            String name = step.getClass().getName();
            List<FileEntry> old = previousSteps.get(name);
            Map<String, Integer> kept = new java.util.HashMap<>();
            if (pagesLater && step.canWait() && old != null && keptAsTheyWere(old, writer, kept)) {
                later(name);
                old.forEach(f -> written.accept(f.path(), f.length()));
                return;
            }
            List<Output> outs = step.outputs(in);
            writeAllBut(kept, outs, writer, written); // the catch-up makes the kept ones again
            if (!kept.isEmpty()) {
                later(name);
                return;
            }
            if (step.canWait()) {
                nextSteps.put(name, FileEntry.of(outs));
            }
        }

        /**
         * Writes the page: left as it was when nothing it reads changed (its previous file is kept and no model
         * is built), kept as well when its model's fingerprint is unchanged, else rendered.
         */
        void write(Page page, PageRenderer renderer, SiteWriter writer) {
            String path = page.path();
            Entry old = previous.get(path);
            // serve: a page gathering across the site is looked at by the catch-up build (its key, over the
            // thousands of intentions a provider's page names, too); the edit shows first on its own section's
            // and intention's pages
            if (pagesLater && old != null && !ownPage(page) && writer.keep(path, old.hash(), old.length())) {
                next.put(path, old);
                later(path);
                reused.incrementAndGet();
                untouched.incrementAndGet(); // its model was not built either
                return;
            }
            Optional<FastHash> key = scopes.key(page);
            if (key.isPresent() && old != null && old.scope().equals(key.get())
                    && writer.keep(path, old.hash(), old.length())) {
                next.put(path, old);
                reused.incrementAndGet();
                untouched.incrementAndGet();
                return;
            }
            Map<String, Object> model = renderer.fullModel(page);
            // a page new to the cache that reads one intention or section, or gathers what it shows intention by
            // intention (a provider's page), is not fingerprinted: most of a full build's pages, and a tenth of its
            // work. The next build keeps it by its key, and renders it when the key changes, which for such a page
            // means that what it shows changed, so a fingerprint would seldom have spared the render. A page that
            // reads whole plans keeps its fingerprint: an edit to one intention changes its key, not its model.
            Optional<FastHash> fp = old == null && key.isPresent() && (ownPage(page) || page.gathers())
                    ? Optional.of(NOT_FINGERPRINTED)
                    : ModelFingerprint.of(templateSet, page.template(), model, shared);
            if (fp.isPresent() && old != null && old.fingerprint().equals(fp.get())
                    && writer.keep(path, old.hash(), old.length())) {
                next.put(path, new Entry(old.fingerprint(), old.hash(), old.length(), key.orElse(NO_SCOPE)));
                reused.incrementAndGet();
                return;
            }
            byte[] bytes = renderer.renderUtf8(page, model);
            fp.ifPresent(f -> next.put(path, Entry.of(f, bytes, key)));
            rendered.put(path, Boolean.TRUE);
            writer.write(path, bytes);
        }

        /** The build's link check failed: nothing is committed (see {@link #linksBrokenByWhatWasKept()}). */
        void linksBroke() {
            linksBrokeInLastBuild = true;
        }

        void commit() {
            lastScopes = scopes;
            entries = Map.copyOf(next);
            planFiles = Map.copyOf(nextFiles);
            planParts = Map.copyOf(nextParts);
            stepFiles = Map.copyOf(nextSteps);
            assembled = Map.copyOf(nextAssembled);
            last = new Stats(rendered.size(), reused.get(), rendered.keySet().stream().sorted().toList(),
                    untouched.get(), keptForLater.size());
        }
    }
}
