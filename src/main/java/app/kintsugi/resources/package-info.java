/**
 * Counseling and crisis resources by region, from the operator's file (checked at start-up), and each
 * person's choice of region. Used by the help pages and by the safety pages directly: it depends on
 * nothing but accounts and the shared types, so any module may show where to find help.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "shared" })
package app.kintsugi.resources;
