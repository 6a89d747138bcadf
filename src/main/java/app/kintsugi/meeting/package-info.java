/**
 * State of Us: the couple's weekly meeting. The two agree a weekday and a time; each prepares
 * privately (what went well, one thing to talk about, what they need this week); the week's agenda
 * is read from the other practices (appreciations, commitments kept, open questions, boundaries due
 * for review, shared check-in scores, hard moments shared) through their facades; once both sit
 * down and start it, each sees what the other prepared, one "what I need" can become a commitment,
 * and the meeting is marked held. Past weeks show as held or skipped.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "boundaries", "checkin", "communication", "couple", "moments", "privacy", "program",
        "respect", "transparency", "trust", "platform", "shared" })
package app.kintsugi.meeting;
