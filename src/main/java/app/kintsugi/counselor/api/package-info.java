/** Counselor access through the JSON API: a partner's side and the counselor's, the same facade calls as the pages, one per action. */
package app.kintsugi.counselor.api;
