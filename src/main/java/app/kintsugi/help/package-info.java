/**
 * Seeking professional help (step 5), for the person themselves: the private page that the check-in
 * signals and a person's own "this feels overwhelming" lead to, with one next step per signal, and
 * the session-prep report a person downloads to bring to therapy. Counselor accounts and access are
 * the {@code counselor} module's; the regional resources the {@code resources} module's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "checkin", "privacy", "reflection", "resources", "responsibility",
        "transparency", "trust", "platform", "shared" })
package app.kintsugi.help;
