/**
 * Pages for seeking professional help: the step 5 page, the page for when it all feels like too
 * much, the region for resources, and the report a person prepares to bring to a counseling session.
 */
package app.kintsugi.help.web;
