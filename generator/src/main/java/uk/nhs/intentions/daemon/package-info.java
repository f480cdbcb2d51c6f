/**
 * The build daemon: a resident process, one per user and generator jar, that runs commands for short-lived
 * clients over a Unix-domain socket in a folder only its user can open, so a build after an edit starts with
 * warm code and caches instead of a new JVM's. It carries requests and output; what a request does is the
 * {@link uk.nhs.intentions.daemon.DaemonServer.Handler} the command line gives it.
 */
package uk.nhs.intentions.daemon;
