package uk.nhs.intentions.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.nhs.intentions.support.FastHash;

/**
 * Finds broken internal links in a written site: every {@code href}, {@code src} and {@code srcset} of every
 * HTML page must name a file inside the site, and a {@code #fragment} on an HTML page must name an element's
 * {@code id} (or an {@code <a name>}) there. Links that leave the site (http, https, mailto, tel) are not
 * followed; the canonical link is skipped. Root-absolute links ({@code /commissioning/x.html}, as the 404 page
 * writes them) are resolved from {@code rootPath}, the path of the site's base URL.
 *
 * <p>Pure reading, no HTML library: the pages are generated, so a small tag scanner that understands quoted
 * attributes, comments, entities and raw-text elements (script, style) is enough.
 */
final class LinkChecker {
    private static final Pattern EXTERNAL = Pattern.compile("(?i)^(https?|mailto|tel|ftp|data|javascript):.*");

    /**
     * What the check keeps of one page: its links, and its ids as sorted 64-bit hashes (a provider page of a
     * national site declares thousands of ids; as strings they were a large part of a big build's heap).
     */
    record PageRefs(List<String> links, long[] ids) {
        boolean declares(String id) {
            return java.util.Arrays.binarySearch(ids, idHash(id)) >= 0;
        }

        boolean sameIds(PageRefs other) {
            return java.util.Arrays.equals(ids, other.ids);
        }
    }

    /** 64 bits of the id's XXH3 hash: two ids of one page colliding is not a practical concern. */
    private static long idHash(String id) {
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        return idHash(utf8, 0, utf8.length);
    }

    /** {@link #idHash(String)} of the id whose UTF-8 bytes are utf8[from, to). */
    private static long idHash(byte[] utf8, int from, int to) {
        return FastHash.of(utf8, from, to - from).high();
    }

    private final String rootPath;
    private final Map<String, PageRefs> pages;
    /** Verdicts by folder, then by link (see {@link #checkPage}). */
    private final Map<String, Map<String, List<String>>> verdicts = new ConcurrentHashMap<>();
    /** One copy of each link text: pages of a large site repeat the same links thousands of times. */
    private final Map<Object, String> linkTexts = new ConcurrentHashMap<>();
    /** Every file of the site: a link check is then a set lookup, not a file-system call. */
    private final Set<String> files;

    /** What earlier builds found in pages, or null: each page is then scanned. */
    private final LinkMemo memo;

    /** @param rootPath the path the site is published under ("/commissioning/"), for root-absolute links */
    LinkChecker(String rootPath) {
        this(rootPath, null);
    }

    LinkChecker(String rootPath, LinkMemo memo) {
        this.rootPath = rootPath == null || rootPath.isEmpty() ? "/" : rootPath;
        this.memo = memo;
        // sized for the last site at once: growing a concurrent map while both cores add to it is costly
        int expected = expectedFiles();
        this.pages = new ConcurrentHashMap<>(expected);
        this.files = ConcurrentHashMap.newKeySet(expected);
    }

    /** How many files the last site that passed had (16 when there is none): the likely size of this one. */
    int expectedFiles() {
        return memo == null || memo.passed() == null ? 16 : Math.max(16, memo.passed().files().size());
    }

    /** Takes note of one file of the site as it is written; thread-safe. HTML pages are scanned once, here. */
    void add(String path, byte[] bytes) {
        add(path, bytes, null);
    }

    /** Whether the writer should stamp the files it writes (only a memo keeps stamps). */
    boolean stamps() {
        return memo != null;
    }

    /**
     * As {@link #add(String, byte[])}, for a file written with these attributes: with a memo, the file is stamped
     * (see {@link LinkMemo}) so the next build can keep it without reading it.
     */
    void add(String path, byte[] bytes, java.nio.file.attribute.BasicFileAttributes written) {
        files.add(path);
        if (memo == null) {
            if (path.endsWith(".html")) {
                pages.put(path, refs(bytes));
            }
            return;
        }
        FastHash hash = FastHash.of(bytes);
        if (written != null) {
            memo.stamp(path, LinkMemo.Stamp.of(written, hash));
        }
        if (path.endsWith(".html")) {
            PageRefs known = memo.get(path, hash);
            PageRefs refs = known != null ? known : refs(bytes);
            pages.put(path, refs);
            if (known == null) {
                memo.put(path, hash, refs);
            }
        }
    }

    /**
     * Whether the previous site's file at {@code path}, with attributes {@code now}, holds the bytes hashed
     * {@code hash} and need not be read: only when the memo stamped it with that hash and it still matches the
     * stamp (same size, time and file), and for a page only when the memo holds its links for those bytes.
     */
    boolean trusts(String path, FastHash hash, java.nio.file.attribute.BasicFileAttributes now) {
        if (memo == null) {
            return false;
        }
        return wrote(path, hash, now.size()) && memo.stamp(path).matches(now);
    }

    /**
     * Whether the memo stamped {@code path} with these bytes (their hash and length), and, for a page, holds its
     * links: the file was written or checked by an earlier build that kept this memo. Only for a folder that
     * nothing else writes (serve's own); elsewhere {@link #trusts} also compares the file's attributes now.
     */
    boolean wrote(String path, FastHash hash, long length) {
        if (memo == null) {
            return false;
        }
        LinkMemo.Stamp s = memo.stamp(path);
        return s != null && s.size() == length && s.hash().equals(hash)
                && (!path.endsWith(".html") || memo.get(path, hash) != null);
    }

    /** Takes note of a page kept unchanged whose bytes the memo has seen ({@link #knows}). */
    void addKnown(String path, FastHash hash) {
        files.add(path);
        if (path.endsWith(".html")) {
            pages.put(path, memo.get(path, hash));
        }
    }

    /**
     * The broken links among the files added so far, in page order. With a memo that holds the last site that
     * passed, and the same set of files, only pages whose links changed are checked again, as long as no page
     * changed its ids (every link was checked against the previous site, and nothing they point at moved).
     */
    List<BrokenLink> broken() {
        LinkMemo.Passed before = memo == null ? null : memo.passed();
        if (before != null && before.files().equals(files)) {
            // only the changed pages are sorted: sorting every path of a large site was most of this check
            List<String> changed = pages.entrySet().stream().filter(e -> before.pages().get(e.getKey()) != e.getValue())
                    .map(Map.Entry::getKey).sorted().toList();
            boolean idsKept = changed.stream().allMatch(p -> before.pages().get(p) != null
                    && before.pages().get(p).sameIds(pages.get(p)));
            if (idsKept) {
                return check(changed);
            }
        }
        return check(pages.keySet().stream().sorted().toList());
    }

    /** Remembers this site as passed, so the next build checks only what changed (see {@link #broken()}). */
    void passed() {
        if (memo != null) {
            memo.passed(new LinkMemo.Passed(Set.copyOf(files), Map.copyOf(pages)));
        }
    }

    private List<BrokenLink> check(List<String> order) {
        // pages are independent: check them on every core, keeping page order in the report
        return order.parallelStream().flatMap(page -> {
            List<BrokenLink> broken = new ArrayList<>();
            checkPage(page, broken);
            return broken.stream();
        }).toList();
    }

    /**
     * Checks every HTML page of a site already on disk (the tests' and tools' entry; a build checks the bytes
     * as it writes them); returns the broken links in page order.
     *
     * @param rootPath the path the site is published under ("/commissioning/"), for root-absolute links
     */
    public static List<BrokenLink> check(Path site, String rootPath) {
        // a published output is a link to its release (see Release): check the folder it names
        Path root = Publisher.published(site).orElse(site.toAbsolutePath().normalize());
        LinkChecker c = new LinkChecker(rootPath);
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                c.add(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c.broken();
    }

    /** The attributes the check reads, as indexes into a tag's value offsets; others are skipped unread. */
    private static final String[] WANTED = {"href", "src", "id", "name", "rel", "srcset"};
    private static final int HREF = 0;
    private static final int SRC = 1;
    private static final int ID = 2;
    private static final int NAME = 3;
    private static final int REL = 4;
    private static final int SRCSET = 5;

    /**
     * The page's links (each distinct one once, in page order) and ids, from a small tag scanner over its UTF-8
     * bytes (the pages are generated HTML; markup is ASCII, so only the attribute values the check reads are
     * looked at): comments are skipped, script and style bodies are raw text, attribute values may be double-,
     * single- or un-quoted, and the first of two equal attribute names counts.
     */
    private PageRefs refs(byte[] html) {
        PageScan found = new PageScan();
        int[] from = new int[WANTED.length];
        int[] to = new int[WANTED.length];
        int n = html.length;
        int i = 0;
        while ((i = indexOf(html, (byte) '<', i)) >= 0) {
            if (startsWith(html, i, "<!--")) {
                int end = indexOf(html, "-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int nameStart = i + 1;
            int j = nameStart;
            if (j >= n || !isAsciiLetter(html[j])) {
                i++;
                continue;
            }
            while (j < n && (isAsciiLetter(html[j]) || isDigit(html[j]) || html[j] == '-')) {
                j++;
            }
            int nameEnd = j;
            boolean any = false;
            java.util.Arrays.fill(from, -1);
            while (j < n && html[j] != '>') {
                byte c = html[j];
                if (isSpace(c) || c == '/') {
                    j++;
                    continue;
                }
                int an = j;
                while (j < n && !isSpace(html[j]) && html[j] != '"' && html[j] != '\'' && html[j] != '>'
                        && html[j] != '/' && html[j] != '=') {
                    j++;
                }
                int wanted = wanted(html, an, j);
                while (j < n && isSpace(html[j])) {
                    j++;
                }
                int vs = j;
                int ve = j;
                if (j < n && html[j] == '=') {
                    j++;
                    while (j < n && isSpace(html[j])) {
                        j++;
                    }
                    if (j < n && (html[j] == '"' || html[j] == '\'')) {
                        int end = indexOf(html, html[j], j + 1);
                        end = end < 0 ? n : end;
                        vs = j + 1;
                        ve = end;
                        j = Math.min(n, end + 1);
                    } else {
                        vs = j;
                        while (j < n && !isSpace(html[j]) && html[j] != '>') {
                            j++;
                        }
                        ve = j;
                    }
                }
                if (an == j) {
                    j++;
                } else if (wanted >= 0 && from[wanted] < 0) {
                    from[wanted] = vs;
                    to[wanted] = ve;
                    any = true;
                }
            }
            if (any) {
                found.tag(html, nameStart, nameEnd, from, to);
            }
            i = Math.min(n, j + 1);
            String rawEnd = rawTextEnd(html, nameStart, nameEnd);
            if (rawEnd != null) {
                int close = indexOf(html, rawEnd, i); // generated pages write tags in lower case
                i = close < 0 ? n : close;
            }
        }
        return found.refs();
    }

    /** What one page's scan has found so far. */
    private final class PageScan {
        private final List<String> links = new ArrayList<>();
        // the texts are interned, so equal ones are the same string and an identity set tells them apart
        private final Set<String> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private long[] ids = new long[16];
        private int idCount;

        /** One tag with attributes the check reads, at these offsets (-1 where absent). */
        void tag(byte[] html, int nameStart, int nameEnd, int[] from, int[] to) {
            int nameLength = nameEnd - nameStart;
            if (from[ID] >= 0) {
                id(html, from[ID], to[ID]);
            }
            if (from[NAME] >= 0 && nameLength == 1 && (html[nameStart] | 0x20) == 'a') {
                id(html, from[NAME], to[NAME]);
            }
            if (from[REL] >= 0 && nameLength == 4 && regionMatchesIgnoreCase(html, nameStart, "link")
                    && text(html, from[REL], to[REL]).equals("canonical")) {
                return;
            }
            if (from[HREF] >= 0) {
                link(interned(html, from[HREF], to[HREF]));
            }
            if (from[SRC] >= 0) {
                link(interned(html, from[SRC], to[SRC]));
            }
            if (from[SRCSET] >= 0) {
                for (String candidate : text(html, from[SRCSET], to[SRCSET]).split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        link(interned(url));
                    }
                }
            }
        }

        private void link(String link) {
            if (seen.add(link)) {
                links.add(link);
            }
        }

        private void id(byte[] html, int from, int to) {
            if (idCount == ids.length) {
                ids = java.util.Arrays.copyOf(ids, 2 * idCount);
            }
            // the value's UTF-8 bytes are the page's own unless it writes an entity
            ids[idCount++] = indexOf(html, (byte) '&', from, to) < 0
                    ? idHash(html, from, to) : idHash(text(html, from, to));
        }

        PageRefs refs() {
            long[] sorted = java.util.Arrays.copyOf(ids, idCount);
            java.util.Arrays.sort(sorted);
            return new PageRefs(List.copyOf(links), java.util.stream.LongStream.of(sorted).distinct().toArray());
        }
    }

    /** The attribute value at html[from, to), its entities decoded. */
    private static String text(byte[] html, int from, int to) {
        return unescape(new String(html, from, to - from, StandardCharsets.UTF_8));
    }

    /**
     * The link at html[from, to) as the one string kept for that text. A link in plain ASCII without entities
     * (nearly every one) is looked up by its bytes, so no string is made for a link seen before: provider pages
     * repeat the same links thousands of times.
     */
    private String interned(byte[] html, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            byte b = html[k];
            if (b < 0 || b == '&') {
                return interned(text(html, from, to));
            }
            hash = 31 * hash + b; // String.hashCode of the same ASCII text, so the map finds the string's entry
        }
        String known = linkTexts.get(new AsciiText(html, from, to, hash));
        return known != null ? known : interned(new String(html, from, to - from, StandardCharsets.US_ASCII));
    }

    /**
     * One string for each distinct link text over the site. A look-up first: most links are known, and
     * computeIfAbsent would lock the bin for each.
     */
    private String interned(String link) {
        String known = linkTexts.get(link);
        if (known != null) {
            return known;
        }
        known = linkTexts.putIfAbsent(link, link);
        return known != null ? known : link;
    }

    /**
     * A key that finds the entry of the equal {@code String} in {@link #linkTexts} without making one: it has
     * that string's hash code, and equals it (only ever asked in that direction, by the map's look-up).
     */
    private record AsciiText(byte[] html, int from, int to, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof String s) || s.length() != to - from) {
                return false;
            }
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) != html[from + k]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static int indexOf(byte[] a, byte b, int from) {
        return indexOf(a, b, from, a.length);
    }

    private static int indexOf(byte[] a, byte b, int from, int to) {
        for (int k = Math.max(from, 0); k < to; k++) {
            if (a[k] == b) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] a, String s, int from) {
        byte first = (byte) s.charAt(0);
        for (int k = indexOf(a, first, from); k >= 0; k = indexOf(a, first, k + 1)) {
            if (startsWith(a, k, s)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] a, int at, String s) {
        if (at + s.length() > a.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (a[at + k] != (byte) s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Case-insensitive match of ASCII letters (attribute and tag names). */
    private static boolean regionMatchesIgnoreCase(byte[] a, int at, String s) {
        for (int k = 0; k < s.length(); k++) {
            if ((a[at + k] | 0x20) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    /**
     * Pages in one folder share most of their links (every provider page links the same intentions), so a
     * link's verdict is computed once per folder, in a map the folder's pages share; a link to a fragment of the
     * page itself, once per page. The links are interned, so each look-up finds its key by identity.
     */
    private void checkPage(String page, List<BrokenLink> broken) {
        Map<String, List<String>> folder = verdicts.computeIfAbsent(page.substring(0, page.lastIndexOf('/') + 1),
                k -> new ConcurrentHashMap<>());
        Map<String, List<String>> own = null;
        for (String link : pages.get(page).links()) {
            boolean onPage = link.startsWith("#") || link.startsWith("?") || link.isBlank();
            if (onPage && own == null) {
                own = new HashMap<>();
            }
            Map<String, List<String>> known = onPage ? own : folder;
            List<String> reasons = known.get(link); // most verdicts are known: a look-up takes no lock
            if (reasons == null) {
                reasons = known.computeIfAbsent(link, l -> {
                    List<BrokenLink> found = new ArrayList<>();
                    checkLinkOnce(page, l, found);
                    return found.stream().map(BrokenLink::reason).toList();
                });
            }
            for (String reason : reasons) {
                broken.add(new BrokenLink(page, link, reason));
            }
        }
    }

    private void checkLinkOnce(String page, String link, List<BrokenLink> broken) {
        String href = link.strip();
        if (href.isEmpty()) {
            return; // the page itself (what a link neutralised by the Markdown sanitizer becomes)
        }
        if (EXTERNAL.matcher(href).matches() || href.startsWith("//")) {
            return;
        }
        URI target;
        try {
            String rel = href;
            if (href.startsWith("/")) {
                if (!href.startsWith(rootPath)) {
                    broken.add(new BrokenLink(page, link, "outside the site's path " + rootPath));
                    return;
                }
                rel = href.substring(rootPath.length());
                target = URI.create("file:///site/").resolve(new URI(rel.isEmpty() ? "./" : rel.replace(" ", "%20")));
            } else {
                target = URI.create("file:///site/" + encodePath(page)).resolve(new URI(href.replace(" ", "%20")));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            broken.add(new BrokenLink(page, link, "not a valid address"));
            return;
        }
        if (target.getScheme() != null && !target.getScheme().equals("file")) {
            return;
        }
        String path = target.getRawPath();
        if (path == null || !path.startsWith("/site/")) {
            broken.add(new BrokenLink(page, link, "leads outside the site folder"));
            return;
        }
        String rel = URLDecoder.decode(path.substring("/site/".length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (rel.isEmpty() || rel.endsWith("/")) {
            rel = rel + "index.html";
        }
        Optional<String> file = normalised(rel);
        if (file.isEmpty() || !files.contains(file.get())) {
            broken.add(new BrokenLink(page, link, "no file " + rel));
            return;
        }
        String fragment = target.getRawFragment();
        if (fragment != null && !fragment.isEmpty() && rel.endsWith(".html")) {
            String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            PageRefs refs = pages.get(file.get());
            if (refs == null || !refs.declares(id)) {
                broken.add(new BrokenLink(page, link, "no element with id `" + id + "` on " + rel));
            }
        }
    }

    /** Which of {@link #WANTED} the attribute name in html[from, to) is (case-insensitive), else -1. */
    private static int wanted(byte[] html, int from, int to) {
        int len = to - from;
        for (int w = 0; w < WANTED.length; w++) {
            if (WANTED[w].length() == len && regionMatchesIgnoreCase(html, from, WANTED[w])) {
                return w;
            }
        }
        return -1;
    }

    /** For a script or style tag, the text that closes its raw-text body; else null. */
    private static String rawTextEnd(byte[] html, int from, int to) {
        int len = to - from;
        if (len == 6 && regionMatchesIgnoreCase(html, from, "script")) {
            return "</script";
        }
        return len == 5 && regionMatchesIgnoreCase(html, from, "style") ? "</style" : null;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code rel} with "." and ".." segments resolved; empty when it climbs out of the site. */
    private static Optional<String> normalised(String rel) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : rel.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String encodePath(String page) {
        return page.replace("%", "%25").replace(" ", "%20");
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
