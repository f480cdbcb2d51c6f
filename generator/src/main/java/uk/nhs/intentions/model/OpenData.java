package uk.nhs.intentions.model;

/**
 * How the plan's open data is published (site-config.yml {@code open_data:}): the OCDS ocid prefix the
 * publisher registered, "" when none (then no OCDS file is written: a prefix cannot be made up). The data
 * files are under the site's licence ({@link SiteFooter#licence()}). {@code documents} says which PDF documents
 * are made ({@code documents:}).
 */
public record OpenData(String ocidPrefix, Documents documents) {
    public static final OpenData NONE = new OpenData("");

    public OpenData(String ocidPrefix) {
        this(ocidPrefix, Documents.ALL);
    }

    public OpenData withDocuments(Documents made) {
        return new OpenData(ocidPrefix, made);
    }

    public boolean hasOcidPrefix() {
        return !ocidPrefix.isEmpty();
    }
}
