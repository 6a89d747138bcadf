package app.kintsugi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A page inserts markup unescaped only where it is a message of ours or markup drawn in Java that
 * escapes whatever it holds (the charts, through {@link Svg}, and the QR code of a second factor):
 * never a value that could carry what someone wrote.
 */
class UnescapedMarkupTest {

    /** Each unescaped insertion of drawn markup, as the templates write it. */
    private static final Set<String> DRAWN = Set.of(
            "checkin/series.html: ${c.svg()}",
            "respect/ratio.html: ${c}",
            "moments/log.html: ${chart}",
            "trust/record.html: ${daysSvg}",
            "trust/record.html: ${trendSvg}",
            "account/security.html: ${qr}");

    @Test
    void onlyMessagesAndDrawnMarkupAreInsertedUnescaped() throws Exception {
        Path root = Path.of("src/main/resources/templates");
        Pattern utext = Pattern.compile("th:utext=\"([^\"]*)\"");
        Set<String> drawn = new TreeSet<>();
        Set<String> other = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = utext.matcher(Files.readString(file));
                while (m.find()) {
                    String use = root.relativize(file).toString().replace('\\', '/') + ": " + m.group(1);
                    if (DRAWN.contains(use)) {
                        drawn.add(use);
                    } else if (!m.group(1).startsWith("#{")) {
                        other.add(use);
                    }
                }
            }
        }
        assertThat(other).as("unescaped insertions of anything but a message or drawn markup").isEmpty();
        assertThat(drawn).as("every drawn insertion listed is still there").isEqualTo(new TreeSet<>(DRAWN));
    }
}
