/**
 * Notices by e-mail: a person who chose to be told when something waits for them from their
 * partner gets one neutral mail ("You have something new"), never what anyone wrote, a name, a kind
 * of entry or a topic; only to an address they confirmed, outside their quiet hours, at once or at
 * most once a day, with a one-click way out in every mail. Mail is sent only by a scheduled job kept
 * in the database (db-scheduler), never during a page request.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "communication", "program", "platform", "shared" })
package app.kintsugi.notices;
