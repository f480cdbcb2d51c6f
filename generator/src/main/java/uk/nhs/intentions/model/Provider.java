package uk.nhs.intentions.model;

import java.util.List;

/**
 * An organisation that provides services, or a named group of them ("all acute providers"). {@code aliases} are
 * other names it goes by (HPFT, WHHT), which search finds.
 */
public record Provider(String id, String name, ProviderKind kind, List<Ref> memberOf, Markdown summary,
        Positions at, List<String> aliases) {
    public Provider {
        memberOf = List.copyOf(memberOf);
        aliases = List.copyOf(aliases);
    }

    public Provider(String id, String name, ProviderKind kind, List<Ref> memberOf, Markdown summary, Positions at) {
        this(id, name, kind, memberOf, summary, at, List.of());
    }

    public boolean isGroup() {
        return kind == ProviderKind.GROUP;
    }
}
