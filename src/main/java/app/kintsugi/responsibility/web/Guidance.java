package app.kintsugi.responsibility.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.kintsugi.responsibility.ApologyAnalysis;
import app.kintsugi.responsibility.ApologyPart;
import app.kintsugi.responsibility.NonApologyPattern;

/**
 * What the builder shows beside a draft: each part with whether it is there and how much it
 * matters, each flag with the words that triggered it, and the text cut into pieces so the flagged
 * words can be marked where they stand.
 */
record Guidance(List<PartLine> parts, List<Flag> flags, List<Piece> pieces, int score) {

    record PartLine(ApologyPart part, boolean present, String weightKey) {
    }

    record Flag(NonApologyPattern pattern, String words) {
    }

    record Piece(String text, NonApologyPattern flagged) {
    }

    static Guidance of(String text, ApologyAnalysis analysis) {
        List<PartLine> parts = new ArrayList<>();
        for (ApologyPart part : ApologyPart.values()) {
            String weight = part.weight() >= 3 ? "apology.weight.most" : part.weight() == 1 ? "apology.weight.least" : "apology.weight.some";
            parts.add(new PartLine(part, analysis.present().contains(part), weight));
        }
        List<Flag> flags = new ArrayList<>();
        List<ApologyAnalysis.Found<NonApologyPattern>> sorted = analysis.patterns().stream()
                .sorted(Comparator.comparingInt(ApologyAnalysis.Found<NonApologyPattern>::start))
                .toList();
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (var found : sorted) {
            int start = Math.max(found.start(), at);
            int end = Math.min(found.end(), text.length());
            flags.add(new Flag(found.kind(), text.substring(Math.min(found.start(), text.length()), end)));
            if (start >= end) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), null));
            }
            pieces.add(new Piece(text.substring(start, end), found.kind()));
            at = end;
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return new Guidance(parts, flags, pieces, analysis.score());
    }
}
