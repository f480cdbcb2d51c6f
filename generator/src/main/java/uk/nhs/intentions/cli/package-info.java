/**
 * The {@code intentions} command line: thin picocli commands that parse options, run a stage of the
 * pipeline (or serve, round, init, synth) and print its diagnostics. Exit codes are in
 * {@link uk.nhs.intentions.pipeline.ExitCode}.
 */
package uk.nhs.intentions.cli;
