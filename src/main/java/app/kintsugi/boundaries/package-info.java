/**
 * Boundaries: agreements either partner proposes and both own. A boundary is active only when both
 * agreed to the same version; every version is kept; either can ask to talk or to revisit it, and
 * either can say it was crossed (including by themselves), which leads to a conversation, never to
 * a punishment.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "privacy", "program", "respect", "platform", "shared" })
package app.kintsugi.boundaries;
