/**
 * Stage three: the cross-references of a site computed once (provider impact, priorities, plans), so page
 * builders and templates never compute them.
 */
package uk.nhs.intentions.index;
