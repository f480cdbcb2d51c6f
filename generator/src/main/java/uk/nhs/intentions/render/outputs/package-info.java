/**
 * Every output of a site besides its pages: theme assets, sitemap, search index, charts (and, later, feeds,
 * data files and PDFs). Each is an {@link uk.nhs.intentions.render.outputs.OutputStep} that returns
 * {@link uk.nhs.intentions.render.outputs.Output}s, a site path and its bytes; nothing here writes a file.
 * The publishing package writes what the steps return.
 */
package uk.nhs.intentions.render.outputs;
