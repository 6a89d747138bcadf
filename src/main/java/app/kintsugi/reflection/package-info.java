/**
 * Step 0, understanding the betrayal: guided reflections on what happened, which actions broke
 * trust, what kind of betrayal it was and how it feels. Private by default; the author can share one
 * with their partner and take it back. Everything written is encrypted under the author's key.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "privacy", "program", "platform", "shared" })
package app.kintsugi.reflection;
