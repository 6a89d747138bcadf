/** Commitments and their check-ins through the JSON API, one facade call per action. */
package app.kintsugi.trust.api;
