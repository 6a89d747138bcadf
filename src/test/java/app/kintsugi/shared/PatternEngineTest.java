package app.kintsugi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.kintsugi.shared.PatternEngine.Overlaps;
import app.kintsugi.shared.PatternEngine.Span;

class PatternEngineTest {

    enum Kind { WORD, PHRASE }

    private static final IntPredicate SPACES_AND_COMMAS = c -> Character.isWhitespace(c) || c == ',';

    private static PatternEngine<Kind> engine(Map<Kind, List<Pattern>> patterns, Map<Kind, List<Pattern>> except,
            Overlaps overlaps) {
        return new PatternEngine<>(Kind.class, patterns, except, SPACES_AND_COMMAS, overlaps);
    }

    private static List<Pattern> compiled(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Folding::compile).toList();
    }

    private static List<Span<Kind>> find(PatternEngine<Kind> engine, String text) {
        List<Span<Kind>> screened = engine.find(text, Folding.fold(text));
        assertThat(engine.unscreened().find(text, Folding.fold(text))).as("the same everywhere").isEqualTo(screened);
        return screened;
    }

    @Test
    void overlappingMatchesOfOneKindAreMergedOrTheFirstIsKept() {
        Map<Kind, List<Pattern>> patterns = Map.of(Kind.PHRASE, compiled("oh great", "great, another"));
        String text = "Oh great, another meeting.";

        assertThat(find(engine(patterns, Map.of(), Overlaps.MERGE), text))
                .containsExactly(new Span<>(Kind.PHRASE, 0, 17));
        assertThat(find(engine(patterns, Map.of(), Overlaps.KEEP_FIRST), text))
                .containsExactly(new Span<>(Kind.PHRASE, 0, 8));
    }

    @Test
    void textAndPatternsAreFoldedAndOffsetsAreThoseOfTheText() {
        PatternEngine<Kind> engine = engine(Map.of(Kind.WORD, compiled("\\bjamás\\b")), Map.of(), Overlaps.MERGE);
        String text = "¿Tú? JAMAS, jamás.";

        assertThat(find(engine, text)).containsExactly(new Span<>(Kind.WORD, 5, 10), new Span<>(Kind.WORD, 12, 17));
    }

    @Test
    void anExceptMatchDropsOnlyTheMatchesOfItsKindThatItOverlaps() {
        Map<Kind, List<Pattern>> patterns = Map.of(Kind.WORD, compiled("\\bnever\\b"), Kind.PHRASE, compiled("never again"));
        Map<Kind, List<Pattern>> except = Map.of(Kind.WORD, compiled("\\bnever (?:lie|again)\\b"));
        PatternEngine<Kind> engine = engine(patterns, except, Overlaps.MERGE);

        assertThat(find(engine, "I will never lie again. You never call.")).containsExactly(new Span<>(Kind.WORD, 28, 33));
        assertThat(find(engine, "Never again.")).containsExactly(new Span<>(Kind.PHRASE, 0, 11));
    }

    @Test
    void aHitGroupMarksOnlyItsWordsAndTrimmedCharactersAreLeftOut() {
        Map<Kind, List<Pattern>> patterns = Map.of(Kind.WORD, compiled("you (?<hit>always)\\b"), Kind.PHRASE,
                compiled(", but ,"));
        PatternEngine<Kind> engine = engine(patterns, Map.of(), Overlaps.MERGE);

        assertThat(find(engine, "you always do , but , fine")).containsExactly(new Span<>(Kind.WORD, 4, 10),
                new Span<>(Kind.PHRASE, 16, 19));
        // A match of nothing but trimmed characters is no finding.
        assertThat(find(engine(Map.of(Kind.PHRASE, compiled(" ,+ ")), Map.of(), Overlaps.MERGE), "a ,, b")).isEmpty();
    }

    @Test
    void spansAreListedByStartThenKind() {
        Map<Kind, List<Pattern>> patterns = Map.of(Kind.WORD, compiled("\\bb\\b", "\\ba\\b"), Kind.PHRASE, compiled("a b"));

        assertThat(find(engine(patterns, Map.of(), Overlaps.MERGE), "a b")).containsExactly(new Span<>(Kind.WORD, 0, 1),
                new Span<>(Kind.PHRASE, 0, 3), new Span<>(Kind.WORD, 2, 3));
        assertThat(find(engine(patterns, Map.of(), Overlaps.MERGE), "")).isEmpty();
    }

    @Test
    void screeningChangesNothingForCharactersBeyondAscii() {
        Map<Kind, List<Pattern>> patterns = Map.of(Kind.WORD, compiled("\\p{L}+ß", "[ж-я]+", "\\bkelvin\\b", "(?<=\\s)x"),
                Kind.PHRASE, compiled("😀+", "\\u00A0y"));
        PatternEngine<Kind> engine = engine(patterns, Map.of(), Overlaps.MERGE);

        assertThat(find(engine, "straße жизнь \u212Aelvin 😀😀 a\u00A0y x")).extracting(Span::kind)
                .containsExactly(Kind.WORD, Kind.WORD, Kind.WORD, Kind.PHRASE, Kind.PHRASE, Kind.WORD);
    }
}
