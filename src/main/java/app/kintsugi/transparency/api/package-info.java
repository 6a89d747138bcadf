/** Transparency through the JSON API: the question box, one facade call per action. */
package app.kintsugi.transparency.api;
