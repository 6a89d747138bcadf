/**
 * Value types every module may use: validation outcomes, "not found", length limits and the clock;
 * and the one strict reader of the project's YAML content files ({@link app.kintsugi.shared.StrictYaml},
 * with {@link app.kintsugi.shared.PatternFiles} for the detectors' regular expressions and
 * {@link app.kintsugi.shared.TextLists} for the files that are one list of id and text per language), so
 * every content file is checked alike and every problem names its file and line; and the one matching
 * engine the tone, apology and question detail detectors share ({@link app.kintsugi.shared.PatternEngine},
 * one detector per language kept by {@link app.kintsugi.shared.PatternDetectors}).
 * Nothing here knows about a feature; it only gives the modules a common vocabulary.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package app.kintsugi.shared;
