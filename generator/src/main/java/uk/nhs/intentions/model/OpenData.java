package uk.nhs.intentions.model;

/**
 * How the plan's open data is published (site-config.yml {@code open_data:}): the licence every data file is
 * under (the Open Government Licence v3.0 unless configured) and the OCDS ocid prefix, "" when none is
 * registered (then no OCDS file is written: a prefix cannot be made up).
 */
public record OpenData(String licenceName, String licenceTitle, String licenceUrl, String ocidPrefix) {
    public static final OpenData DEFAULT = new OpenData("OGL-UK-3.0", "Open Government Licence v3.0",
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "");

    public boolean hasOcidPrefix() {
        return !ocidPrefix.isEmpty();
    }
}
