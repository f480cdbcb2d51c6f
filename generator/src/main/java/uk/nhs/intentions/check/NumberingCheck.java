package uk.nhs.intentions.check;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;

/**
 * Intention numbers as printed are kept, never renumbered; anomalies are warnings so the editor can decide.
 */
final class NumberingCheck implements Check {
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)*");

    @Override
    public void run(Site site, Diagnostics diags) {
        for (Plan plan : site.plans()) {
            Map<String, Intention> seen = new HashMap<>();
            Map<Integer, SourcePos> sectionNumbers = new HashMap<>();
            for (Section s : plan.sections()) {
                SourcePos first = sectionNumbers.putIfAbsent(s.number(), s.at().of("number"));
                if (first != null) {
                    diags.warning(s.at().of("number"), "section number " + s.number() + " is also used at " + first);
                }
                for (Intention i : s.intentions()) {
                    if (i.number().isEmpty()) {
                        continue;
                    }
                    // the position is looked up only for a warning: it is a map probe per intention otherwise
                    if (!NUMBER.matcher(i.number()).matches()) {
                        diags.warning(i.at().of("number"), "intention number `" + i.number()
                                + "` is not of the form `4.7`");
                    } else if (!i.number().startsWith(s.number() + ".")) {
                        diags.warning(i.at().of("number"), "intention " + i.number() + " sits in section " + s.number()
                                + " but its number does not start with `" + s.number() + ".`");
                    }
                    Intention earlier = seen.putIfAbsent(i.number(), i);
                    if (earlier != null) {
                        diags.add(Diagnostic.warning(i.at().of("number"), "intention number " + i.number() + " is used twice: `"
                                + earlier.id() + "` (" + earlier.area() + ", line " + earlier.at().of("number").line()
                                + ") and `" + i.id() + "` (" + i.area() + ")")
                                .withHint("kept as printed; renumber in the source document if this is a slip"));
                    }
                }
            }
        }
    }
}
