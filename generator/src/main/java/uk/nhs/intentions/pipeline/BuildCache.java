package uk.nhs.intentions.pipeline;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;

import uk.nhs.intentions.load.ParseCache;
import uk.nhs.intentions.support.FastHash;

/**
 * The persistent build cache: a folder {@value #FOLDER} beside the site configuration (git-ignored by the
 * skeleton's {@code .gitignore}, never inside the output, so never published) that lets a CLI {@code build}
 * after a one-file edit reuse the pages whose inputs did not change.
 *
 * <p>It holds, per page, the fingerprint of the page's full model and templates and the hash and length of the
 * bytes they rendered to; the bytes themselves are the previous build's published files, kept (as hard links)
 * only when they still hold those bytes: either the file still matches the stamp taken when it was written
 * (size, modification time, file; see {@code publish.LinkMemo}, saved here with each page's links and ids so
 * the link check need not scan it again), or it is read back and its hash matches. So the cache can never put
 * anything into a site that the same inputs would not render, and deleting the folder only costs the next
 * build its head start.
 *
 * <p>Every file is stamped with the cache format, the generator's identity ({@link GeneratorIdentity}) and the
 * output folder, and ends with a checksum of its body: a cache from another generator build, for another
 * output, cut short or corrupted is ignored (everything is rendered again), never an error. A file is replaced
 * atomically (written beside, then renamed), so a killed build leaves the old cache or the new one.
 */
public final class BuildCache {
    public static final String FOLDER = ".intentions-cache";
    static final String PAGES = "pages.bin";
    private static final String MAGIC = "intentions-cache";
    private static final int FORMAT = 2;
    private static final String TEMP = ".tmp-";

    private final Path folder;
    private final Optional<String> identity;
    /** A resident cache's parse results, kept between builds; empty for a one-shot CLI build. */
    private final Optional<ParseCache> parses;
    /** What a resident cache last saved, still in memory. */
    private volatile Optional<Saved> saved = Optional.empty();
    /** What a resident cache's last build left for {@link #finish()}: its save and its output's tidying. */
    private volatile Optional<Pending> pending = Optional.empty();

    private record Pending(RenderCache cache, Path outputDir) {
    }

    /** The render cache as saved, and the stamp of the file it was saved to just after. */
    private record Saved(RenderCache cache, String outputKey, Object fileKey, long size, long modified) {
    }

    BuildCache(Path folder, Optional<String> identity) {
        this(folder, identity, Optional.empty());
    }

    BuildCache(Path folder, Optional<String> identity, Optional<ParseCache> parses) {
        this.folder = folder.toAbsolutePath().normalize();
        this.identity = identity;
        this.parses = parses;
    }

    /** The cache of the site whose configuration is {@code configFile}, for the generator now running. */
    public static BuildCache beside(Path configFile) {
        Path dir = configFile.toAbsolutePath().normalize().getParent();
        return new BuildCache(dir.resolve(FOLDER), GeneratorIdentity.current());
    }

    /**
     * As {@link #beside}, for a process that builds the same site many times (the build daemon): what it saves is
     * also kept in memory, with the parse results and template engine, and used again by its next build as long
     * as the file on disk is still the one it saved (no other build has saved since). The disk stays the truth.
     */
    public static BuildCache resident(Path configFile) {
        Path dir = configFile.toAbsolutePath().normalize().getParent();
        return new BuildCache(dir.resolve(FOLDER), GeneratorIdentity.current(), Optional.of(new ParseCache()));
    }

    /** The parse results kept between builds: a resident cache's; empty for a one-shot build. */
    Optional<ParseCache> parses() {
        return parses;
    }

    /** Whether this is a resident cache, whose builds leave their saving and tidying to {@link #finish()}. */
    boolean resident() {
        return parses.isPresent();
    }

    /**
     * Does what a resident cache's last build left: saves its render cache and deletes the release the build
     * retired. The daemon calls it once its client has the answer; the next build calls it first in any case.
     */
    public void finish() {
        Optional<Pending> left = pending;
        pending = Optional.empty();
        if (left.isPresent()) {
            Pending p = left.get();
            saved = write(p.cache(), p.outputDir()) ? stamp(p.cache(), p.outputDir()) : Optional.empty();
            try {
                uk.nhs.intentions.publish.Publisher.tidy(p.outputDir());
            } catch (IOException | RuntimeException e) {
                // left for the next build, which deletes retired releases before it stages
            }
        }
    }

    Path folder() {
        return folder;
    }

    /**
     * The render cache saved for {@code outputDir}; an empty one when there is none or it is not usable. A
     * resident cache's own last save is returned as it is in memory (with the plans' parts, which the disk does
     * not hold) while the file is unchanged; otherwise the file is read, and its cache keeps no parts.
     */
    RenderCache pages(Path outputDir) {
        if (identity.isEmpty()) {
            return new RenderCache().withoutParts();
        }
        finish();
        Optional<Saved> last = saved;
        saved = Optional.empty(); // a build that fails saves nothing: the next one reads the disk
        if (last.isPresent() && last.get().outputKey().equals(key(outputDir))
                && last.equals(stamp(last.get().cache(), outputDir))) {
            return last.get().cache();
        }
        RenderCache read = fromDisk(outputDir);
        // the disk holds no parts: a one-shot build need not keep them, a resident cache fills them for its next
        return parses.isPresent() ? read : read.withoutParts();
    }

    private RenderCache fromDisk(Path outputDir) {
        try {
            Path file = folder.resolve(PAGES);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return new RenderCache();
            }
            byte[] all = Files.readAllBytes(file);
            if (all.length < 16) {
                return new RenderCache();
            }
            int body = all.length - 16;
            FastHash sum = FastHash.of(all, 0, body);
            DataInputStream tail = new DataInputStream(new ByteArrayInputStream(all, body, 16));
            if (sum.high() != tail.readLong() || sum.low() != tail.readLong()) {
                return new RenderCache(); // cut short or corrupted
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Arrays.copyOf(all, body)));
            if (!in.readUTF().equals(MAGIC) || in.readInt() != FORMAT || !in.readUTF().equals(identity.get())
                    || !in.readUTF().equals(key(outputDir))) {
                return new RenderCache(); // another generator build or another output folder
            }
            RenderCache cache = RenderCache.fromBytes(in);
            return in.read() == -1 ? cache : new RenderCache();
        } catch (IOException | RuntimeException e) {
            return new RenderCache();
        }
    }

    /**
     * Saves {@code cache} as what was rendered into {@code outputDir}. A cache that cannot be written (a
     * read-only folder, a full disk) is skipped: it only makes the next build slower.
     */
    void save(RenderCache cache, Path outputDir) {
        if (identity.isEmpty()) {
            return;
        }
        if (resident()) {
            pending = Optional.of(new Pending(cache, outputDir));
            return;
        }
        write(cache, outputDir);
    }

    /** Writes the cache file; false when it could not (the build stands all the same). */
    private boolean write(RenderCache cache, Path outputDir) {
        try {
            Files.createDirectories(folder);
            tidy();
            writeNotes();
            // written straight to the file, hashed on the way: held in memory, the body (tens of MB for a large
            // site) and its copies came at the build's peak of memory, and ran a 448 MiB build out of it
            Path file = folder.resolve(PAGES);
            Path tmp = folder.resolve(file.getFileName() + TEMP + ProcessHandle.current().pid());
            FastHash.Running sum = FastHash.running();
            try (java.io.OutputStream raw = Files.newOutputStream(tmp)) {
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                        new Hashed(raw, sum), 1 << 16));
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(identity.get());
                out.writeUTF(key(outputDir));
                cache.write(out);
                out.flush();
                FastHash body = sum.value();
                DataOutputStream tail = new DataOutputStream(raw); // the checksum itself is not hashed
                tail.writeLong(body.high());
                tail.writeLong(body.low());
                tail.flush();
            }
            moveIntoPlace(tmp, file);
            return true;
        } catch (IOException | RuntimeException e) {
            // the cache is an optimisation: the site was built and published all the same
            return false;
        }
    }

    /** What a resident cache remembers of its save; empty when the file cannot be read. */
    private Optional<Saved> stamp(RenderCache cache, Path outputDir) {
        try {
            BasicFileAttributes a = Files.readAttributes(folder.resolve(PAGES), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Saved(cache, key(outputDir), a.fileKey(), a.size(), a.lastModifiedTime().to(
                    java.util.concurrent.TimeUnit.NANOSECONDS)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String key(Path outputDir) {
        return outputDir.toAbsolutePath().normalize().toString();
    }

    private static void moveIntoPlace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Passes bytes on and adds them to a running hash. */
    private static final class Hashed extends java.io.FilterOutputStream {
        private final FastHash.Running sum;

        Hashed(java.io.OutputStream out, FastHash.Running sum) {
            super(out);
            this.sum = sum;
        }

        @Override
        public void write(int b) throws IOException {
            sum.add(new byte[] {(byte) b}, 0, 1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            sum.add(b, off, len);
            out.write(b, off, len);
        }
    }

    /** Deletes what a build killed while saving left behind. */
    private void tidy() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*" + TEMP + "*")) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A note for whoever finds the folder, and the tag backup tools honour (bford.info/cachedir). */
    private void writeNotes() throws IOException {
        Path readme = folder.resolve("README.txt");
        if (!Files.exists(readme)) {
            Files.writeString(readme, "Build cache of intentions: lets `intentions build` reuse the pages whose"
                    + " sources did not change.\nSafe to delete at any time; never commit or publish it.\n",
                    StandardCharsets.UTF_8);
        }
        Path tag = folder.resolve("CACHEDIR.TAG");
        if (!Files.exists(tag)) {
            Files.writeString(tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                    + "# This file is a cache directory tag created by intentions.\n", StandardCharsets.UTF_8);
        }
    }
}
