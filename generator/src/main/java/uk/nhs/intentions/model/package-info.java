/**
 * The plan as plain immutable data (records, unmodifiable lists), every value with its source position;
 * no I/O, no template types. Depends on nothing else in the generator.
 */
package uk.nhs.intentions.model;
