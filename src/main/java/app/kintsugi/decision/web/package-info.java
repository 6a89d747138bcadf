/** The decision aid's pages: the aid itself, the parting page, and the page after parting. */
package app.kintsugi.decision.web;
