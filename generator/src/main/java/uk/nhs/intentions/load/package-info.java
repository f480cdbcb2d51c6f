/**
 * Stage one: reads site-config.yml and the content files (YAML, Markdown) into the model, reporting every
 * problem with its file, line and column.
 */
package uk.nhs.intentions.load;
