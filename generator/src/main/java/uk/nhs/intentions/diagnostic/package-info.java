/**
 * Problems found in the content: one {@code Diagnostic(path, line, column, severity, message, hint)}
 * type, collected for a whole run by {@code Diagnostics}, shared by load and check.
 */
package uk.nhs.intentions.diagnostic;
