/**
 * The operator's command line for keeping an instance safe: {@code backup}, {@code restore},
 * {@code verify}, {@code rotate-master-key} and {@code migrate}. Each runs in the same jar without
 * the web server or the rest of the application, against the database and master key the server
 * is configured with; exit codes 0 done, 1 refused (the message says why), 2 wrong usage.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "privacy")
package app.kintsugi.operations;
