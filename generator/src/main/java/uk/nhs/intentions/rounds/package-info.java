/**
 * Closing a consultation round: writes the plan as it stands as the round's snapshot inside content/.
 */
package uk.nhs.intentions.rounds;
