package uk.nhs.intentions.model;

import java.util.List;

/** A practice-based commissioning (PBC) group. */
public record CommissioningGroup(String id, String name, String fullName, String kind, String locality,
        List<String> aliases, List<String> catsSpecialties, Markdown priorities, Positions at) {
    public CommissioningGroup {
        aliases = List.copyOf(aliases);
        catsSpecialties = List.copyOf(catsSpecialties);
    }
}
