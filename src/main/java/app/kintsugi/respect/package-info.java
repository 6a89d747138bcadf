/**
 * The continuous practice of mutual respect: appreciations sent to the partner, small acts of
 * kindness a person logs (private unless they share them), a gentle prompt for the week, and the
 * ratio of positive to negative interactions, counted from events other modules report through
 * {@link app.kintsugi.respect.InteractionSource} without reading anything anyone wrote.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "privacy", "program", "platform", "shared" })
package app.kintsugi.respect;
