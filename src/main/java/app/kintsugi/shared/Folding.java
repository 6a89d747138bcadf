package app.kintsugi.shared;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Text and patterns folded alike, for the detectors that read drafts with regular expressions (tone,
 * apology, question detail), and a probe for where a pattern can start. Folding maps one character
 * to one character, so an offset found in the folded text is the same offset in the text the person
 * wrote: letters with accents or other marks become their base letter (é→e, ñ→n, ü→u) and curly or
 * prime apostrophes become '. "jamás" and "jamas", "you’re" and "you're" then read alike.
 */
public final class Folding {

    /** Case-insensitive, with Unicode case and Unicode character classes (\w, \b, \s cover every script). */
    public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private Folding() {
    }

    /**
     * Folds a text one character for one character, so offsets are kept: letters with accents or
     * other marks become their base letter (é→e, ñ→n, ü→u) and curly or prime apostrophes become '.
     */
    public static String fold(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = foldChar(c);
            if (f != c) {
                if (folded == null) {
                    folded = new StringBuilder(text);
                }
                folded.setCharAt(i, f);
            }
        }
        return folded == null ? text : folded.toString();
    }

    /**
     * Compiles a regular expression written for folded text: the expression is folded too (so
     * "perdóname" in a pattern file also matches "perdoname") and compiled with {@link #FLAGS}.
     *
     * @throws PatternSyntaxException if it is not a valid regular expression
     */
    public static Pattern compile(String regex) {
        return Pattern.compile(fold(regex), FLAGS);
    }

    /**
     * Whether a match of {@code pattern} may start with {@code first} (one character, given as a
     * string), in a text where it follows the start, a space, a letter, a full stop or a line break.
     * False means no text can match from that character; true means it may (the match may need more
     * text). Used to try a pattern only where a match can begin, which gives the same matches as
     * {@link java.util.regex.Matcher#find()} several times faster. Not exact for a pattern that looks
     * back for something other than those at its start (a positive lookbehind): try such a pattern
     * everywhere.
     */
    public static boolean mayStartWith(Pattern pattern, String first) {
        for (String before : new String[] {"", " ", "a", ".", "\n"}) {
            String probe = before + first;
            Matcher m = pattern.matcher(probe).region(before.length(), probe.length());
            m.useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt() || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return c;
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '\u00B4', '\uFF07' -> {
                return '\'';
            }
            default -> {
            }
        }
        if (!Character.isLetter(c) || Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (decomposed.length() < 2) {
            return c;
        }
        char base = decomposed.charAt(0);
        for (int i = 1; i < decomposed.length(); i++) {
            if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
                return c;
            }
        }
        return Character.isLetter(base) ? base : c;
    }
}
