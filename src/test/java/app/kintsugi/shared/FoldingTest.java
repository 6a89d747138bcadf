package app.kintsugi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void accentsAndCurlyApostrophesFoldOneCharacterForOne() {
        assertThat(Folding.fold("¿Cuántas veces? Perdóname, niño. Über"))
                .isEqualTo("¿Cuantas veces? Perdoname, nino. Uber");
        assertThat(Folding.fold("don’t ‘x’ donʼt don′t don´t don＇t")).isEqualTo("don't 'x' don't don't don't don't");
        String text = "Él dijo «sí» 😀 — ok";
        assertThat(Folding.fold(text)).hasSameSizeAs(text).isEqualTo("El dijo «si» 😀 — ok");
    }

    @Test
    void whatHasNothingToFoldIsReturnedAsItIs() {
        String plain = "nothing to fold here";
        assertThat(Folding.fold(plain)).isSameAs(plain);
        assertThat(Folding.fold("")).isEmpty();
        // Letters that do not decompose into a base letter and marks stay: ß, ø, ł, Cyrillic.
        assertThat(Folding.fold("ß ø ł я")).isEqualTo("ß ø ł я");
    }

    @Test
    void compiledPatternsAreFoldedCaseInsensitiveAndUnicodeAware() {
        Pattern p = Folding.compile("\\bperdóname\\b");

        assertThat(p.matcher(Folding.fold("PERDONAME")).find()).isTrue();
        assertThat(p.matcher(Folding.fold("Perdóname")).find()).isTrue();
        assertThat(Folding.compile("\\w+").matcher("ñandú").matches()).isTrue();
        assertThat(p.flags() & Folding.FLAGS).isEqualTo(Folding.FLAGS);
        assertThatThrownBy(() -> Folding.compile("(unclosed")).isInstanceOf(PatternSyntaxException.class);
    }

    @Test
    void mayStartWithTellsWhereAMatchCanBegin() {
        Pattern p = Folding.compile("\\b(?:describe|tell me)\\b");

        assertThat(Folding.mayStartWith(p, "d")).isTrue();
        assertThat(Folding.mayStartWith(p, "T")).isTrue();
        assertThat(Folding.mayStartWith(p, "x")).isFalse();
        assertThat(Folding.mayStartWith(p, " ")).isFalse();
        // The long s matches "s" when case is ignored.
        assertThat(Folding.mayStartWith(Folding.compile("\\bsex\\b"), "\u017F")).isTrue();
        // A pattern that starts a sentence may start at the full stop, or at the very start of a text.
        Pattern sentence = Folding.compile("(?:^|[.?!]\\s*)was it good");
        assertThat(Folding.mayStartWith(sentence, ".")).isTrue();
        assertThat(Folding.mayStartWith(sentence, "w")).isTrue();
        assertThat(Folding.mayStartWith(sentence, "g")).isFalse();
    }
}
