/**
 * The private safety check each person answers before joint exercises, and the safety resources a
 * concerning answer leads to. Answers are encrypted, never shown to the partner, never change what
 * the partner sees, and never notify anyone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "privacy", "resources", "platform", "shared" })
package app.kintsugi.safety;
