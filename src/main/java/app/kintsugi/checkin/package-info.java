/**
 * Check-ins and the trust trajectory: a questionnaire engine reading definitions from resource
 * files (and an operator's directory), the project's own weekly check-in, private answers with
 * scores shared only by choice, charts of each person's scores over time with reliable-change
 * labels, and the private signals that professional help is advised.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "privacy", "program", "resources", "safety",
        "platform", "shared" })
package app.kintsugi.checkin;
