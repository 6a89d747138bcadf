/** The couple's space through the JSON API: start one, invite, join, choose a role, leave. */
package app.kintsugi.couple.api;
