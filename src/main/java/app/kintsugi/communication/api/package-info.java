/** Planned conversations, ground rules and written dialogue through the JSON API: the same facade calls as the pages. */
package app.kintsugi.communication.api;
