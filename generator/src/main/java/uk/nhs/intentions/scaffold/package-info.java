/**
 * The minimal, valid, commented starter site that {@code intentions init} writes.
 */
package uk.nhs.intentions.scaffold;
