/** Moving on through the JSON API: the same facade calls as the pages, one per action. */
package app.kintsugi.movingon.api;
