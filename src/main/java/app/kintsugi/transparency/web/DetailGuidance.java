package app.kintsugi.transparency.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.kintsugi.shared.Validation;
import app.kintsugi.transparency.DetailAnalysis;
import app.kintsugi.transparency.DetailCategory;

/**
 * What is shown beside a question the person asked to look at first: the words that ask for
 * graphic or comparing detail, and for each kind a gentle note. Shown once, never stored, never
 * in the way of asking.
 */
public record DetailGuidance(List<Flag> flags, Set<DetailCategory> categories) {

    /** Words of the question and the kind of detail they ask for. */
    public record Flag(DetailCategory category, String words) {
    }

    public boolean calm() {
        return flags.isEmpty();
    }

    static boolean tooLong(String text) {
        return text != null && text.codePointCount(0, text.length()) > Validation.MAX_TEXT;
    }

    static DetailGuidance of(String text, DetailAnalysis analysis) {
        List<Flag> flags = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DetailAnalysis.Found f : analysis.found()) {
            String words = text.substring(Math.min(f.start(), text.length()), Math.min(f.end(), text.length())).strip();
            if (!words.isEmpty() && seen.add(f.category() + "|" + words)) {
                flags.add(new Flag(f.category(), words));
            }
        }
        Set<DetailCategory> categories = new LinkedHashSet<>();
        flags.forEach(f -> categories.add(f.category()));
        return new DetailGuidance(List.copyOf(flags), categories);
    }
}
