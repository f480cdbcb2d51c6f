package uk.nhs.intentions.model;

import java.util.List;
import java.util.Optional;

/**
 * An organisation that provides services, or a named group of them ("all acute providers"). {@code aliases} are
 * other names it goes by (HPFT, WHHT), which search finds. A group belongs to one commissioner
 * ({@code commissioner}: only that commissioner's plans may name it) or is {@code siteWide} on purpose; a group
 * with neither is unscoped, which only a site with at most one commissioner allows.
 */
public record Provider(String id, String name, ProviderKind kind, List<Ref> memberOf, Markdown summary,
        Positions at, List<String> aliases, Optional<Ref> commissioner, boolean siteWide) {
    public Provider {
        memberOf = List.copyOf(memberOf);
        aliases = List.copyOf(aliases);
    }

    public Provider(String id, String name, ProviderKind kind, List<Ref> memberOf, Markdown summary, Positions at,
            List<String> aliases) {
        this(id, name, kind, memberOf, summary, at, aliases, Optional.empty(), false);
    }

    public Provider(String id, String name, ProviderKind kind, List<Ref> memberOf, Markdown summary, Positions at) {
        this(id, name, kind, memberOf, summary, at, List.of());
    }

    public boolean isGroup() {
        return kind == ProviderKind.GROUP;
    }

    /** Whether a plan commissioned by these commissioner ids may name this provider or reach it through groups. */
    public boolean inScopeOf(List<String> commissionerIds) {
        return commissioner.map(c -> commissionerIds.contains(c.id())).orElse(true);
    }
}
