package uk.nhs.intentions.load;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.support.FastHash;

/**
 * Parse results of section files (the bulk of a plan), narrative pages, meetings and the registers (providers,
 * priorities, groups, commissioners) kept between the builds of one {@code serve} session,
 * keyed by the file's path and the hash of its bytes: after an edit only the changed file is parsed again.
 * Only a file that parsed without a single diagnostic is kept, so a cached result never hides a message;
 * files with problems are simply parsed (and reported) every time. One entry per path: memory grows with the
 * number of section files, not with the number of edits.
 */
public final class ParseCache {
    /** One file's parse (a section, a narrative page, a meeting, a register's entries), under the hash of its bytes. */
    private record Parsed(FastHash bytes, Object value) {
    }

    private final Map<String, Parsed> files = new ConcurrentHashMap<>();

    /** The parse of the file shown as {@code shown} when it was of these very bytes and of this type. */
    <T> Optional<T> get(Class<T> type, String shown, FastHash bytes) {
        Parsed p = files.get(shown);
        return p != null && p.bytes().equals(bytes) && type.isInstance(p.value()) ? Optional.of(type.cast(p.value()))
                : Optional.empty();
    }

    void put(String shown, FastHash bytes, Object parsed) {
        files.put(shown, new Parsed(bytes, parsed));
    }

    Optional<java.util.List<?>> register(String shown, FastHash bytes) {
        return get(Register.class, shown, bytes).map(Register::entries);
    }

    void putRegister(String shown, FastHash bytes, java.util.List<?> entries) {
        put(shown, bytes, new Register(java.util.List.copyOf(entries)));
    }

    /** A register file's entries (providers, priorities, groups, commissioners). */
    private record Register(java.util.List<?> entries) {
    }

    Optional<Section> section(String shown, FastHash bytes) {
        return get(Section.class, shown, bytes);
    }

    Optional<NarrativePage> narrative(String shown, FastHash bytes) {
        return get(NarrativePage.class, shown, bytes);
    }

    Optional<Meeting> meeting(String shown, FastHash bytes) {
        return get(Meeting.class, shown, bytes);
    }

    private long count(Class<?> type) {
        return files.values().stream().filter(p -> type.isInstance(p.value())).count();
    }

    /** Narrative pages held (for tests). */
    public int narrativePages() {
        return (int) count(NarrativePage.class);
    }

    /** Meeting files held (for tests). */
    public int meetings() {
        return (int) count(Meeting.class);
    }

    /** Register files held (for tests). */
    public int registers() {
        return (int) count(Register.class);
    }

    /** Section files held (for tests and the serve log). */
    public int size() {
        return (int) count(Section.class);
    }
}
