/**
 * The page builders: one per kind of page (plan, section, intention, provider, budget, changes, …),
 * each making purpose-built page models from the index.
 */
package uk.nhs.intentions.render.pages;
