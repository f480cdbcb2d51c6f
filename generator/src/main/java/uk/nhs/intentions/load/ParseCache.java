package uk.nhs.intentions.load;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.support.FastHash;

/**
 * Parse results of section files (the bulk of a plan), narrative pages and the registers (providers, priorities,
 * groups, commissioners) kept between the builds of one {@code serve} session,
 * keyed by the file's path and the hash of its bytes: after an edit only the changed file is parsed again.
 * Only a file that parsed without a single diagnostic is kept, so a cached result never hides a message;
 * files with problems are simply parsed (and reported) every time. One entry per path: memory grows with the
 * number of section files, not with the number of edits.
 */
public final class ParseCache {
    private record Entry(FastHash bytes, Section section) {
    }

    private final Map<String, Entry> sections = new ConcurrentHashMap<>();

    /** A register file's entries (providers, priorities, groups, commissioners), under the hash of its bytes. */
    private record Register(FastHash bytes, java.util.List<?> entries) {
    }

    private final Map<String, Register> registers = new ConcurrentHashMap<>();

    Optional<java.util.List<?>> register(String shown, FastHash bytes) {
        Register r = registers.get(shown);
        return r != null && r.bytes().equals(bytes) ? Optional.of(r.entries()) : Optional.empty();
    }

    void putRegister(String shown, FastHash bytes, java.util.List<?> entries) {
        registers.put(shown, new Register(bytes, java.util.List.copyOf(entries)));
    }

    Optional<Section> section(String shown, FastHash bytes) {
        Entry e = sections.get(shown);
        return e != null && e.bytes().equals(bytes) ? Optional.of(e.section()) : Optional.empty();
    }

    void put(String shown, FastHash bytes, Section section) {
        sections.put(shown, new Entry(bytes, section));
    }

    /** A narrative page's parse (front matter and Markdown), under the hash of its bytes. */
    private record Narrative(FastHash bytes, NarrativePage page) {
    }

    private final Map<String, Narrative> narrative = new ConcurrentHashMap<>();

    Optional<NarrativePage> narrative(String shown, FastHash bytes) {
        Narrative n = narrative.get(shown);
        return n != null && n.bytes().equals(bytes) ? Optional.of(n.page()) : Optional.empty();
    }

    void putNarrative(String shown, FastHash bytes, NarrativePage page) {
        narrative.put(shown, new Narrative(bytes, page));
    }

    /** Narrative pages held (for tests). */
    public int narrativePages() {
        return narrative.size();
    }

    /** Register files held (for tests). */
    public int registers() {
        return registers.size();
    }

    /** Section files held (for tests and the serve log). */
    public int size() {
        return sections.size();
    }
}
