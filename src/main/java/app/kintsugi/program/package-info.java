/**
 * The program: the preface and five steps plus the two continuous practices, in the order the
 * method suggests (never enforced), and the dashboard that shows where a person is. Step text lives
 * in the program's resource files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "privacy", "safety", "platform", "shared" })
package app.kintsugi.program;
