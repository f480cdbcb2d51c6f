package uk.nhs.intentions.publish;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import uk.nhs.intentions.support.FastHash;

/**
 * What the link check found in each page (its links and ids), kept between the builds of one {@code serve}
 * session and keyed by the page's path and the hash of its bytes: a page whose bytes did not change is not
 * scanned again. One entry per page path, so memory follows the number of pages, as the check itself does.
 */
public final class LinkMemo {
    record Entry(FastHash bytes, Object refs) {
    }

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();

    /** The files and page links of the last site that passed the check, or null before the first. */
    private volatile Passed passed;

    record Passed(java.util.Set<String> files, Map<String, Object> pages) {
    }

    Passed passed() {
        return passed;
    }

    void passed(Passed p) {
        passed = p;
    }

    Object get(String path, FastHash bytes) {
        Entry e = pages.get(path);
        return e != null && e.bytes().equals(bytes) ? e.refs() : null;
    }

    void put(String path, FastHash bytes, Object refs) {
        pages.put(path, new Entry(bytes, refs));
    }
}
