/**
 * The frame every request passes through: the data directory and database set-up, the clock,
 * security headers with a per-request CSP nonce, language selection, the shared page layout and
 * the error pages. It holds no feature of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = { "shared" })
package app.kintsugi.platform;
