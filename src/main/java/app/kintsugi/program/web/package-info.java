/** The dashboard: the person's space, their safety check, and the map of the program. */
package app.kintsugi.program.web;
