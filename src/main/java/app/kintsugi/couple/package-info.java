/**
 * Couple spaces: two persons linked by a single-use, expiring invitation, each with the role they
 * choose in the program. Either can leave at any time; leaving ends the shared space for both and
 * takes nothing from anyone's own data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "platform", "shared" })
package app.kintsugi.couple;
