package app.kintsugi.program;

/**
 * One part of the program. Titles and descriptions come from the resource bundle under
 * {@code step.<key>.*}; {@code path} is where its exercises live, or null while it has none.
 */
public record Step(String number, String key, String path, boolean continuous) {
}
