/**
 * Small helpers any stage may use and that belong to no stage: SHA-256 hashing, a fast 128-bit hash for cache keys, I/O failures in words with the operating system's reason, an exclusive lock on a file, a value made once on first use, work shared out over a list one item at a time. Depends on nothing else in
 * the generator.
 */
package uk.nhs.intentions.support;
