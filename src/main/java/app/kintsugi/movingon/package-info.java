/**
 * Moving on, the last step of the program: understanding why it happened (a private reflection in
 * three areas, with a summary its author may share), forgiveness on nobody's schedule (what it is and
 * is not, and a private, dated "where I am now"), letters that may never be sent, and forgiving
 * oneself while staying accountable. Everything starts private; sharing is always its author's
 * explicit act, recorded in the audit log, and can be undone. Nothing here asks anyone to forgive.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "privacy", "program", "platform", "shared" })
package app.kintsugi.movingon;
