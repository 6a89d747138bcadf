package app.kintsugi.communication.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import app.kintsugi.communication.ToneAnalysis;
import app.kintsugi.communication.ToneCategory;
import app.kintsugi.communication.ToneCoach;
import app.kintsugi.shared.Validation;

/**
 * What the tone coach shows beside a draft: the draft cut into pieces with the flagged words
 * marked where they stand, one line per flag with its explanation, and the "I feel… when… I need…"
 * template built from the draft. Shown once, never stored.
 */
public record ToneGuidance(List<Piece> pieces, List<Flag> flags, Set<ToneCategory> categories, String rewrite) {

    public record Piece(String text, ToneCategory flagged) {
    }

    /** A flagged span; {@code explained} is false when an earlier flag already explained its category. */
    public record Flag(ToneCategory category, String words, boolean explained) {
    }

    /** Longer than any text field accepts: the coach is not run, the person is told instead. */
    static boolean tooLong(String text) {
        return text != null && text.codePointCount(0, text.length()) > Validation.MAX_TEXT;
    }

    /**
     * Puts the coach's reading of a draft on the page as {@code tone}, or says next to the field why
     * there is none: nothing written, or more than any text field accepts.
     */
    static void check(ToneCoach coach, String text, BindingResult result, Locale locale, Model model) {
        if (tooLong(text)) {
            result.rejectValue("text", "validation.text.tooLong", new Object[] {Validation.MAX_TEXT}, null);
        } else if (text == null || text.isBlank()) {
            result.rejectValue("text", "tone.empty");
        } else {
            model.addAttribute("tone", of(text, coach.analyze(text, locale)));
        }
    }

    public boolean calm() {
        return flags.isEmpty();
    }

    static ToneGuidance of(String text, ToneAnalysis analysis) {
        String source = text == null ? "" : text;
        List<ToneAnalysis.Found> sorted = analysis.flags().stream()
                .sorted(Comparator.comparingInt(ToneAnalysis.Found::start).thenComparingInt(f -> -f.end()))
                .toList();
        Set<Flag> flags = new LinkedHashSet<>();
        Set<ToneCategory> explained = java.util.EnumSet.noneOf(ToneCategory.class);
        Set<String> listed = new java.util.HashSet<>();
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (ToneAnalysis.Found found : sorted) {
            int end = Math.min(found.end(), source.length());
            int begin = Math.min(found.start(), source.length());
            String words = source.substring(begin, end);
            if (listed.add(found.category() + "|" + words)) {
                flags.add(new Flag(found.category(), words, explained.add(found.category())));
            }
            int start = Math.max(begin, at);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(source.substring(at, start), null));
            }
            pieces.add(new Piece(source.substring(start, end), found.category()));
            at = end;
        }
        if (at < source.length()) {
            pieces.add(new Piece(source.substring(at), null));
        }
        return new ToneGuidance(pieces, List.copyOf(flags), analysis.categories(), analysis.rewrite());
    }
}
