/**
 * Small helpers any stage may use and that belong to no stage: SHA-256 hashing. Depends on nothing else in
 * the generator.
 */
package uk.nhs.intentions.support;
