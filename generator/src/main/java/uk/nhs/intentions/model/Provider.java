package uk.nhs.intentions.model;

import java.util.List;

/** An organisation that provides services, or a named group of them ("all acute providers"). */
public record Provider(String id, String name, ProviderKind kind, List<Ref> memberOf, Markdown summary,
        Positions at) {
    public Provider {
        memberOf = List.copyOf(memberOf);
    }

    public boolean isGroup() {
        return kind == ProviderKind.GROUP;
    }
}
