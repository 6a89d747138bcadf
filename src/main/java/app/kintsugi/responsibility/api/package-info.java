/** Step 1 through the JSON API: own-part reflections and the apology, one facade call per action. */
package app.kintsugi.responsibility.api;
