/**
 * Value types every module may use: validation outcomes, "not found", length limits and the clock.
 * Nothing here knows about a feature; it only gives the modules a common vocabulary.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.kintsugi.shared;
