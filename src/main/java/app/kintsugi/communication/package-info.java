/**
 * Step 2, open communication: planned conversations with ground rules, live speaker-listener
 * sessions held on two phones, written dialogue between the partners, and the tone coach.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "moments", "privacy", "program", "respect", "platform", "shared" })
package app.kintsugi.communication;
