/**
 * Rendering: locked-down FreeMarker templates, Markdown, site paths and page models, turning the index
 * into pages (path, template, model) and pages into bytes.
 */
package uk.nhs.intentions.render;
