/**
 * Step 4, transparency and honesty: the question box (every question gets an answer, a date, "with
 * our counselor" or an honest "I won't answer"; none is silently ignored), the sharing log of things
 * told before they were asked for, the prepared disclosure (one complete account, invisible to the
 * partner while drafted, given once at an agreed time, added to but never rewritten; decision 0037),
 * the amends plan, and the accountability timeline that gathers them with kept commitments. Transparency here is always given, never taken: nothing monitors
 * anyone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "moments", "privacy", "program", "trust",
        "platform", "shared" })
package app.kintsugi.transparency;
