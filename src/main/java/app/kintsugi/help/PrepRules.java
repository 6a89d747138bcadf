package app.kintsugi.help;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/** The rules of choosing what goes into a session-prep report. Pure functions, no Spring. */
final class PrepRules {

    /** How many words of a reflection name it in the list to choose from. */
    static final int LABEL_WORDS = 8;

    private PrepRules() {
    }

    /** A selection made sense of: parts by name, ids in the order sent without repeats, the free text cleaned. */
    record Chosen(Set<PrepSection> sections, List<UUID> reflections, List<UUID> ownRoles, String talkAbout) {

        boolean has(PrepSection section) {
            return sections.contains(section);
        }
    }

    /**
     * Reads a selection. Part names that are not parts are ignored (an old form, a hand-made
     * request); an id that is not an id is something that does not exist. Nothing chosen at all,
     * not even a few words to talk about, is a message next to the choices; so is free text over
     * {@link Validation#MAX_TEXT} characters.
     */
    static Chosen chosen(PrepSelection selection) {
        Set<PrepSection> sections = EnumSet.noneOf(PrepSection.class);
        for (String name : selection.include()) {
            for (PrepSection s : PrepSection.values()) {
                if (s.name().equals(name.strip())) {
                    sections.add(s);
                }
            }
        }
        List<UUID> reflections = ids(selection.reflections());
        List<UUID> ownRoles = ids(selection.ownRoles());
        String talkAbout = Texts.clean(selection.talkAbout());
        Validation v = new Validation().optionalText("talkAbout", talkAbout, Validation.MAX_TEXT);
        if (sections.isEmpty() && reflections.isEmpty() && ownRoles.isEmpty() && talkAbout == null) {
            v.reject("include", "prep.nothingChosen");
        }
        v.throwIfInvalid();
        return new Chosen(sections, reflections, ownRoles, talkAbout);
    }

    private static List<UUID> ids(List<String> sent) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String text : sent) {
            if (text.isBlank()) {
                continue;
            }
            try {
                ids.add(UUID.fromString(text.strip()));
            } catch (IllegalArgumentException e) {
                throw new NotFoundException();
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The first {@code words} words of a text on one line, with "…" when there is more (in place of
     * any punctuation it would follow); a single very long word is cut at 60 characters.
     */
    static String firstWords(String text, int words) {
        String clean = text == null ? "" : printable(text).strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            return "";
        }
        String[] parts = clean.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(words, parts.length); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(parts[i]);
        }
        boolean more = parts.length > words;
        String out = b.toString();
        if (out.codePointCount(0, out.length()) > 60) {
            out = out.substring(0, out.offsetByCodePoints(0, 60));
            more = true;
        }
        // "years,…" reads as a stumble: the ellipsis replaces the punctuation it follows.
        return more ? out.replaceAll("[\\s,;:.\\-–—]+$", "") + "…" : out;
    }

    /**
     * The text without the characters a document cannot hold: control characters other than tab
     * and line breaks, unpaired surrogates, and the two non-characters U+FFFE and U+FFFF. Line
     * breaks become plain newlines. Null stays null.
     */
    static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            i++;
            if (c == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                b.append('\n');
            } else if (c == '\n' || c == '\t' || c >= 0x20 && c < 0x7f || c > 0x9f && !Character.isSurrogate(c) && c != 0xfffe
                    && c != 0xffff) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@link #printable} and blank as null. */
    static String text(String value) {
        return Texts.clean(printable(value));
    }
}
