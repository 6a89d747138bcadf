/** Appreciations and kind acts through the JSON API: the same facade calls as the pages, one per action. */
package app.kintsugi.respect.api;
