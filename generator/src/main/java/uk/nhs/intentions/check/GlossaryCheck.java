package uk.nhs.intentions.check;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.GlossaryTerm;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.SourcePos;

/**
 * With a glossary.yml, every capitalised abbreviation the plan uses (two or more capitals, such as PBC or A&amp;E)
 * should be in it, in its {@code ignore} list or among a provider's {@code aliases}: a warning names each missing one once, at its first use, with
 * how often it is used. Without a glossary.yml the check says nothing.
 */
final class GlossaryCheck implements Check {
    /** Two or more capitals (digits and &amp; allowed inside), not part of a longer word. */
    static final Pattern ABBREVIATION = Pattern.compile("(?<![A-Za-z0-9&])[A-Z][A-Z0-9&]*[A-Z0-9](?![A-Za-z0-9&])");

    private record Use(SourcePos first, int count) {
    }

    @Override
    public void run(Site site, Diagnostics diags) {
        if (!site.glossary().present()) {
            return;
        }
        Set<String> known = new HashSet<>(site.glossary().ignore());
        for (GlossaryTerm t : site.glossary().terms()) {
            known.add(t.term());
        }
        // a provider's alias is a name the register defines (HPFT), not jargon the reader needs expanded
        for (Provider p : site.providers()) {
            known.addAll(p.aliases());
        }
        Map<String, Use> unknown = new LinkedHashMap<>();
        for (Plan plan : site.plans()) {
            scan(plan.title(), plan.at().of("title"), known, unknown);
            scan(plan.introduction(), known, unknown);
            for (Section s : plan.sections()) {
                scan(s.title(), s.at().of("title"), known, unknown);
                scan(s.summary(), known, unknown);
                for (Intention i : s.intentions()) {
                    scan(i.area(), i.at().of("area"), known, unknown);
                    for (IntentionPart p : i.parts()) {
                        scan(p.actions(), known, unknown);
                        scan(p.outcomes(), known, unknown);
                        scan(p.providersAsPrinted(), p.at().of("providers_as_printed"), known, unknown);
                    }
                }
            }
            for (NarrativePage n : plan.narrative()) {
                scan(n.title(), n.at().of("title"), known, unknown);
                scan(n.body(), known, unknown);
            }
            for (Meeting m : plan.meetings()) {
                scan(m.title(), m.at().of("title"), known, unknown);
                for (Meeting.Topic t : m.topics()) {
                    scan(t.title(), t.at().of("title"), known, unknown);
                    scan(t.notes(), known, unknown);
                }
                for (Meeting.Decision d : m.decisions()) {
                    scan(d.text(), d.at().of("text"), known, unknown);
                }
                for (Meeting.Action a : m.actions()) {
                    scan(a.text(), a.at().of("text"), known, unknown);
                }
            }
        }
        for (Provider p : site.providers()) {
            scan(p.summary(), known, unknown);
        }
        // sorted by file, line and column, so the report reads top to bottom
        Map<String, Map.Entry<String, Use>> ordered = new TreeMap<>();
        unknown.forEach((term, use) -> ordered.put(String.format("%s:%09d:%09d:%s", use.first().path(),
                use.first().line(), use.first().column(), term), Map.entry(term, use)));
        for (Map.Entry<String, Use> e : ordered.values()) {
            Use use = e.getValue();
            diags.warning(use.first(), "`" + e.getKey() + "` looks like an abbreviation but is not in glossary.yml"
                    + " (used " + use.count() + (use.count() == 1 ? " time" : " times") + "): add it with its"
                    + " expansion, or to `ignore` if it is not an abbreviation");
        }
    }

    private static void scan(Markdown md, Set<String> known, Map<String, Use> unknown) {
        if (md != null) {
            scan(md.source(), md.pos(), known, unknown);
        }
    }

    private static void scan(String text, SourcePos at, Set<String> known, Map<String, Use> unknown) {
        if (text == null || text.isEmpty() || at == null) {
            return;
        }
        Matcher m = ABBREVIATION.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!known.contains(word)) {
                unknown.merge(word, new Use(at, 1), (a, b) -> new Use(a.first(), a.count() + 1));
            }
        }
    }
}
