/**
 * Step 1, taking responsibility: each person's private reflection on their own role and patterns,
 * and the apology builder for the partner who broke trust (or both), which shows which parts of an
 * apology a draft holds and flags non-apology patterns, guiding without ever blocking. A sent
 * apology can be answered by the partner; every sent version is kept.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "privacy", "program", "platform", "shared" })
package app.kintsugi.responsibility;
