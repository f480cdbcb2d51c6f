package uk.nhs.intentions.model;

import java.util.Locale;

/**
 * One entry of content/glossary.yml: an abbreviation as the plan writes it ("PBC"), what it stands for
 * ("practice-based commissioning"), an optional definition, and where the expansion comes from ({@code source},
 * "" when it is the editor's: the glossary page then marks it as an editor's note).
 */
public record GlossaryTerm(String term, String expansion, Markdown definition, String source, Positions at) {

    /** The term's fragment on the glossary page: "term-pbc", "term-a-e" for A&amp;E. */
    public String anchor() {
        String slug = term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "term-" + (slug.isEmpty() ? "x" : slug);
    }
}
