package uk.nhs.intentions.model;

/**
 * Which PDF documents a build makes (site-config.yml {@code documents:}): the board pack of each plan (the
 * whole plan as one document) and the provider packs (one per provider per plan that affects it). Both are
 * made unless switched off; what is off is said on each plan's Data page, never skipped silently.
 */
public record Documents(boolean boardPack, boolean providerPacks) {
    public static final Documents ALL = new Documents(true, true);
}
