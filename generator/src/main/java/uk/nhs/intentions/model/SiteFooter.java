package uk.nhs.intentions.model;

/**
 * What the footer of every page says, from {@code footer:} in site-config.yml: the organisation that publishes
 * the site, how to contact it (an email or a web address; "" when not given), the accessibility statement
 * (Markdown; empty for the built-in statement), the licence of the content (Open Government Licence v3.0
 * unless configured) and a privacy notice link ("" for none). Nothing is shown that is not configured, except
 * the licence default and the built-in accessibility statement.
 */
public record SiteFooter(String owner, String contactEmail, String contactUrl, Markdown accessibilityStatement,
        String licence, String licenceUrl, String privacyUrl) {
    public static final String OGL = "Open Government Licence v3.0";
    public static final String OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    public static final SiteFooter DEFAULT = new SiteFooter("", "", "", Markdown.EMPTY, OGL, OGL_URL, "");
}
