package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Flyway refuses to start a database that has a newer migration applied than one it has never run,
 * so a new migration numbered in a gap below the newest would stop every existing installation. The
 * migrations that exist are listed here; any other must come after all of them. Add a new one's
 * number to the list when it is merged.
 */
class MigrationNumbersTest {

    private static final Set<Integer> EXISTING = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 20, 30, 31, 32, 45, 50,
            51, 52, 53, 54, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 70, 71, 72, 74, 75, 76, 77, 80, 81);

    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.+\\.sql$");

    @Test
    void aNewMigrationComesAfterEveryExistingOne() throws IOException {
        List<Integer> found;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            found = files.map(p -> VERSION.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        }
        assertThat(found).as("every listed migration is still there").containsAll(EXISTING);
        int newest = EXISTING.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(found.stream().filter(v -> !EXISTING.contains(v)).toList())
                .as("new migrations numbered below V%d would stop existing databases from starting", newest)
                .allMatch(v -> v > newest);
        assertThat(found).doesNotHaveDuplicates();
    }
}
