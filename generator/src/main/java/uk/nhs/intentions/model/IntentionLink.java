package uk.nhs.intentions.model;

import java.util.List;
import java.util.Optional;

/**
 * An intention's tie to an intention of another plan ({@code continues}, {@code follows} or {@code replaces}),
 * written with that plan's id: {@code west-herts-2007-08/palliative-care}. Both pages show it.
 */
public record IntentionLink(Relation relation, Ref target) {

    /** How this intention stands to the other: each reads one way on this page and the other way on that one. */
    public enum Relation {
        CONTINUES("continues", "Carried forward from", "Continued in"),
        FOLLOWS("follows", "Follows on from", "Followed up in"),
        REPLACES("replaces", "Replaces", "Replaced by");

        private final String field;
        private final String forward;
        private final String backward;

        Relation(String field, String forward, String backward) {
            this.field = field;
            this.forward = forward;
            this.backward = backward;
        }

        /** The YAML field that states it. */
        public String field() {
            return field;
        }

        /** As shown on the page of the intention that states it ("Carried forward from"). */
        public String forward() {
            return forward;
        }

        /** As shown on the other intention's page ("Continued in"). */
        public String backward() {
            return backward;
        }

        public static List<String> fields() {
            return java.util.Arrays.stream(values()).map(Relation::field).toList();
        }

        public static Optional<Relation> ofField(String field) {
            return java.util.Arrays.stream(values()).filter(r -> r.field.equals(field)).findFirst();
        }
    }

    /** The other plan's id, or empty when the target was written without one. */
    public Optional<String> planId() {
        int slash = target.id().indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(target.id().substring(0, slash));
    }

    /** The other intention's id within its plan. */
    public String intentionId() {
        return target.id().substring(target.id().indexOf('/') + 1);
    }
}
