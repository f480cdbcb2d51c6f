/**
 * Open data, as render steps yielding (path, bytes): each plan's Frictionless data package (CSV tables with
 * their table schemas, {@code datapackage.json}), the whole plan as one JSON document with its published JSON
 * Schema, OCDS planning releases and Atom feeds for plans and providers. Everything here reads the index and
 * the model; provider impacts come from {@code index.ProviderIndex}, changes from {@code index.changes}.
 */
package uk.nhs.intentions.render.data;
