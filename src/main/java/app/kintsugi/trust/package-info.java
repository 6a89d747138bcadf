/**
 * Step 3, rebuilding trust: commitments with a schedule, two-sided check-ins when they fall due
 * (the person reports, the partner confirms or disputes), and the consistency record.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "privacy", "program", "respect", "platform", "shared" })
package app.kintsugi.trust;
