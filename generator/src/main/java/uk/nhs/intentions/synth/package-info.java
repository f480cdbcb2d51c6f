/**
 * Synthetic sites of any size, for benchmarks and scale tests.
 */
package uk.nhs.intentions.synth;
