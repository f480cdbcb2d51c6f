package uk.nhs.intentions.check;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Site;

/** One kind of validation over the loaded model. Checks only read the model and add diagnostics. */
public interface Check {
    void run(Site site, Diagnostics diags);
}
