/**
 * Wires the stages in order (load, check, index, pages, render, outputs, publish) behind one build API:
 * {@code SiteBuild.build(config, BuildOptions)} returns a {@code BuildResult}.
 */
package uk.nhs.intentions.pipeline;
