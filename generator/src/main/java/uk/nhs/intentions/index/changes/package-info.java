/**
 * What changed between consultation rounds: snapshots of a plan, the change set from one round to the next,
 * word-level text diffs and budget figures that moved.
 */
package uk.nhs.intentions.index.changes;
