package uk.nhs.intentions.model;

import java.util.List;

/**
 * One row of the intentions table. Most intentions have one; some continue over further rows
 * under the same number, each with its own action, outcomes and providers.
 */
public record IntentionPart(Markdown actions, Markdown outcomes, List<Ref> providers, String providersAsPrinted,
        Positions at) {
    public IntentionPart {
        providers = List.copyOf(providers);
    }
}
