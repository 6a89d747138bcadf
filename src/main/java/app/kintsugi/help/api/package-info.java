/** Seeking professional help through the JSON API: a person's own signals and the session-prep report. */
package app.kintsugi.help.api;
