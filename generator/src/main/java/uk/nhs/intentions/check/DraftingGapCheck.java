package uk.nhs.intentions.check;

import java.util.List;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;

/** Drafting gaps the editor recorded (`gaps:`) are listed as warnings until they are filled. */
final class DraftingGapCheck implements Check {

    @Override
    public void run(Site site, Diagnostics diags) {
        for (Plan plan : site.plans()) {
            for (Intention i : plan.intentions()) {
                List<String> gaps = i.gaps();
                if (gaps.isEmpty()) {
                    continue; // most intentions: no need to look up a position
                }
                SourcePos at = i.at().of("gaps");
                for (String gap : gaps) {
                    diags.warning(at, "drafting gap in intention " + i.number() + " (" + i.area() + "): " + gap);
                }
            }
        }
    }
}
