/** A counselor's side through the JSON API: the same facade calls as the counselor's pages, one per action. */
package app.kintsugi.help.api;
