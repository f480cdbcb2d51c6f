package uk.nhs.intentions.index;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;

/**
 * An intention that affects a provider, and how: directly (named) or through a provider group it belongs to.
 * {@code via} is null when the provider is named directly.
 */
public record ProviderImpact(Plan plan, Intention intention, Provider via) {
    public boolean direct() {
        return via == null;
    }
}
