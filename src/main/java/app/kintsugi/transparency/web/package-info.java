/** Pages for the question box, the sharing log, the amends plan and the accountability timeline. */
package app.kintsugi.transparency.web;
