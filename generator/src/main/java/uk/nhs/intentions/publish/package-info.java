/**
 * The only code that writes the site: writes bytes into a staging folder, checks the links of each page
 * as it passes, and swaps the result into place or discards it.
 */
package uk.nhs.intentions.publish;
