/**
 * Stage two: checks the loaded model (references, numbering, budget arithmetic, drafting gaps) and reports
 * diagnostics; changes nothing.
 */
package uk.nhs.intentions.check;
