/**
 * Step 4, transparency and honesty: the question box (every question gets an answer, a date, "with
 * our counselor" or an honest "I won't answer"; none is silently ignored), the sharing log of things
 * told before they were asked for, the amends plan, and the accountability timeline that gathers
 * them with kept commitments. Transparency here is always given, never taken: nothing monitors
 * anyone.
 */
package app.kintsugi.transparency;
