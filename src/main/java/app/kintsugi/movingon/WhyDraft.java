package app.kintsugi.movingon;

/**
 * A reflection on what made the betrayal possible, in three areas; at least one is written.
 *
 * @param relationship what was going on between the two of them
 * @param inMe         in the writer: what made it possible, or what it touched, depending on their role
 * @param outside      stress, work, family, health, other people
 */
public record WhyDraft(String relationship, String inMe, String outside) {
}
