/**
 * Pages for seeking professional help: a partner's counselor access and consent, the counselor's
 * and the operator's pages, and the report a person prepares to bring to a counseling session.
 */
package app.kintsugi.help.web;
