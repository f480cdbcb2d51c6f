package uk.nhs.intentions.publish;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import uk.nhs.intentions.support.FastHash;

/**
 * What the publisher knows of the last site, kept between builds (in memory by {@code serve}, on disk in the
 * CLI's build cache): what the link check found in each page (its links and ids), keyed by the page's path and
 * the hash of its bytes, so a page whose bytes did not change is not scanned again; and a stamp of every file
 * it wrote (size, modification time, file key and the hash of the bytes), so a file of the previous site whose
 * stamp still matches is known to hold those bytes without reading it. A file changed behind the publisher's
 * back (its time or inode changed) no longer matches and is read again. One entry per path, so memory follows
 * the number of files, as the check itself does.
 */
public final class LinkMemo {
    record Entry(FastHash bytes, LinkChecker.PageRefs refs) {
    }

    /** A file as written: its size, modification time (ns), file key (inode; 0 where there is none), bytes. */
    record Stamp(long size, long modified, long fileKey, FastHash hash) {
        static Stamp of(BasicFileAttributes a, FastHash hash) {
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), key(a), hash);
        }

        /** Whether the file with these attributes is, by every sign short of reading it, the one stamped. */
        boolean matches(BasicFileAttributes a) {
            return a.size() == size && a.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified && key(a) == fileKey;
        }

        /**
         * The file key (device and inode on Unix) as a number: its hash code, made from those numbers alone, so the
         * same from run to run (a new inode for the same size and time is what it catches); no string is made,
         * since every kept file is looked at on every build.
         */
        private static long key(BasicFileAttributes a) {
            Object k = a.fileKey();
            return k == null ? 0 : 0x9E3779B97F4A7C15L * k.hashCode();
        }
    }

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final Map<String, Stamp> stamps = new ConcurrentHashMap<>();

    /** The files and page links of the last site that passed the check, or null before the first. */
    private volatile Passed passed;

    record Passed(Set<String> files, Map<String, LinkChecker.PageRefs> pages) {
    }

    Passed passed() {
        return passed;
    }

    void passed(Passed p) {
        passed = p;
    }

    /** The page's links and ids when the memo holds them for these bytes, else null. */
    LinkChecker.PageRefs get(String path, FastHash bytes) {
        Entry e = pages.get(path);
        return e != null && e.bytes().equals(bytes) ? e.refs() : null;
    }

    void put(String path, FastHash bytes, LinkChecker.PageRefs refs) {
        pages.put(path, new Entry(bytes, refs));
    }

    Stamp stamp(String path) {
        return stamps.get(path);
    }

    void stamp(String path, Stamp s) {
        stamps.put(path, s);
    }

    private static final int FORMAT = 1;

    /**
     * Writes the memo for the persistent build cache: paths and link texts once each in tables, then the stamps,
     * the pages' links and ids, and the last site that passed (sharing the pages' entries, as in memory).
     */
    public void write(DataOutputStream out) throws IOException {
        Passed p = passed;
        // every path sorted once, then each list taken from it in order: the four sets are nearly the same paths,
        // and sorting each was most of saving the memo of a large site
        java.util.Set<String> every = new java.util.HashSet<>(stamps.keySet());
        every.addAll(pages.keySet());
        if (p != null) {
            every.addAll(p.files());
            every.addAll(p.pages().keySet());
        }
        String[] sorted = every.toArray(String[]::new);
        java.util.Arrays.sort(sorted);
        Map<String, Integer> paths = new HashMap<>(sorted.length * 2);
        for (String path : sorted) {
            paths.put(path, paths.size());
        }
        Map<String, Integer> links = new LinkedHashMap<>();
        List<String> pageOrder = inOrder(sorted, pages::containsKey);
        List<String> stampOrder = inOrder(sorted, stamps::containsKey);
        Map<LinkChecker.PageRefs, Integer> entryOf = new IdentityHashMap<>();
        for (String path : pageOrder) {
            LinkChecker.PageRefs r = pages.get(path).refs();
            entryOf.putIfAbsent(r, entryOf.size());
            r.links().forEach(l -> links.putIfAbsent(l, links.size()));
        }
        if (p != null) {
            p.pages().values().forEach(r -> r.links().forEach(l -> links.putIfAbsent(l, links.size())));
        }
        out.writeInt(FORMAT);
        writeTable(out, List.of(sorted));
        writeTable(out, links.keySet());
        out.writeInt(stampOrder.size());
        for (String path : stampOrder) {
            Stamp s = stamps.get(path);
            out.writeInt(paths.get(path));
            out.writeLong(s.size());
            out.writeLong(s.modified());
            out.writeLong(s.fileKey());
            out.writeLong(s.hash().high());
            out.writeLong(s.hash().low());
        }
        out.writeInt(pageOrder.size());
        for (String path : pageOrder) {
            Entry e = pages.get(path);
            out.writeInt(paths.get(path));
            out.writeLong(e.bytes().high());
            out.writeLong(e.bytes().low());
            writeRefs(out, e.refs(), links);
        }
        out.writeBoolean(p != null);
        if (p != null) {
            List<String> files = inOrder(sorted, p.files()::contains);
            out.writeInt(files.size());
            for (String f : files) {
                out.writeInt(paths.get(f));
            }
            List<String> passedPages = inOrder(sorted, p.pages()::containsKey);
            out.writeInt(passedPages.size());
            for (String path : passedPages) {
                LinkChecker.PageRefs r = p.pages().get(path);
                out.writeInt(paths.get(path));
                Integer shared = entryOf.get(r);
                out.writeInt(shared == null ? -1 : shared);
                if (shared == null) {
                    writeRefs(out, r, links);
                }
            }
        }
    }

    private static List<String> inOrder(String[] sorted, java.util.function.Predicate<String> in) {
        List<String> out = new ArrayList<>(sorted.length);
        for (String path : sorted) {
            if (in.test(path)) {
                out.add(path);
            }
        }
        return out;
    }

    /** A memo as {@link #write} wrote it; throws on anything else (the caller then starts without one). */
    public static LinkMemo read(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("another link memo format");
        }
        List<String> paths = readTable(in);
        List<String> links = readTable(in);
        LinkMemo m = new LinkMemo();
        int stamps = count(in);
        for (int i = 0; i < stamps; i++) {
            String path = paths.get(in.readInt());
            m.stamps.put(path, new Stamp(in.readLong(), in.readLong(), in.readLong(),
                    new FastHash(in.readLong(), in.readLong())));
        }
        int pages = count(in);
        List<LinkChecker.PageRefs> entries = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            String path = paths.get(in.readInt());
            FastHash bytes = new FastHash(in.readLong(), in.readLong());
            LinkChecker.PageRefs r = readRefs(in, links);
            entries.add(r);
            m.pages.put(path, new Entry(bytes, r));
        }
        if (in.readBoolean()) {
            int files = count(in);
            Set<String> fileSet = new java.util.HashSet<>(files * 2);
            for (int i = 0; i < files; i++) {
                fileSet.add(paths.get(in.readInt()));
            }
            int passedPages = count(in);
            Map<String, LinkChecker.PageRefs> byPath = new HashMap<>(passedPages * 2);
            for (int i = 0; i < passedPages; i++) {
                String path = paths.get(in.readInt());
                int shared = in.readInt();
                byPath.put(path, shared >= 0 ? entries.get(shared) : readRefs(in, links));
            }
            m.passed = new Passed(Set.copyOf(fileSet), Map.copyOf(byPath));
        }
        return m;
    }

    private static void writeRefs(DataOutputStream out, LinkChecker.PageRefs r, Map<String, Integer> links)
            throws IOException {
        out.writeInt(r.links().size());
        for (String l : r.links()) {
            out.writeInt(links.get(l));
        }
        out.writeInt(r.ids().length);
        for (long id : r.ids()) {
            out.writeLong(id);
        }
    }

    private static LinkChecker.PageRefs readRefs(DataInputStream in, List<String> links) throws IOException {
        int n = count(in);
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(links.get(in.readInt()));
        }
        int k = count(in);
        long[] ids = new long[k];
        for (int i = 0; i < k; i++) {
            ids[i] = in.readLong();
        }
        return new LinkChecker.PageRefs(List.copyOf(l), ids);
    }

    private static void writeTable(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static List<String> readTable(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int len = count(in);
            out.add(new String(in.readNBytes(len), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000_000) {
            throw new IOException("implausible count " + n);
        }
        return n;
    }
}
