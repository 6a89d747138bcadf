/** The person's data export through the JSON API: the same document as the JSON download. */
package app.kintsugi.export.api;
