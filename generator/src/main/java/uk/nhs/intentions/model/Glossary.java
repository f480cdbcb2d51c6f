package uk.nhs.intentions.model;

import java.util.List;

/**
 * The site's glossary (content/glossary.yml): its terms, and the capitalised words the plan uses that are not
 * abbreviations ({@code ignore}, such as "DRAFT"), which the abbreviation check leaves alone. {@code present}
 * is false when the site has no glossary.yml: the check then says nothing.
 */
public record Glossary(boolean present, List<GlossaryTerm> terms, List<String> ignore) {
    public static final Glossary NONE = new Glossary(false, List.of(), List.of());

    public Glossary {
        terms = List.copyOf(terms);
        ignore = List.copyOf(ignore);
    }
}
