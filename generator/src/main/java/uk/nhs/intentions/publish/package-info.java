/**
 * The only code that writes the site: writes bytes into a staging folder, checks the links of each page
 * as it passes, and swaps the result into place or discards it ({@code serve}: moves the changed files into the
 * site it serves).
 */
package uk.nhs.intentions.publish;
