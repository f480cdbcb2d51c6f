/**
 * Budget charts: the data a chart shows, resolved from its spec, its text description, and its deterministic
 * SVG. Knows nothing of pages or files.
 */
package uk.nhs.intentions.chart;
