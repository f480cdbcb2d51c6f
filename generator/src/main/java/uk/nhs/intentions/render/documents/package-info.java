/**
 * Documents: the provider packs ("What a plan means for a provider") and the board pack (the whole plan) as
 * tagged PDF (PDF/UA-1), rendered from the theme's print templates with openhtmltopdf. Each is an
 * {@code OutputStep} file; a pack whose input (its rendered HTML) is unchanged is taken from the previous site.
 */
package uk.nhs.intentions.render.documents;
