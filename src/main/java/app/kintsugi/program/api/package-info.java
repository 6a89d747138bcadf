/** Today through the JSON API: what is due, what waits for the person, what they wait for. */
package app.kintsugi.program.api;
