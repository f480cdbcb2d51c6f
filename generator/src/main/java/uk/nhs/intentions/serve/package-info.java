/**
 * The preview server: builds into a private folder, serves it on 127.0.0.1, rebuilds on every save and
 * reloads open pages; shows content errors in the browser.
 */
package uk.nhs.intentions.serve;
