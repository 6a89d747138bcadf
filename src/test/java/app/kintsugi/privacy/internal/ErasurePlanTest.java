package app.kintsugi.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;

/**
 * Erasing a person cannot forget a table: every column of the schema that can name someone (a name
 * ending in {@code _id} or {@code _by}) is in exactly one list of {@link ErasurePlan}, and every
 * sealed column owned through another table has its rule.
 */
class ErasurePlanTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyColumnThatCanNameAPersonIsInExactlyOneListOfThePlan() throws Exception {
        var schema = new TreeSet<String>();
        // Table by table: SQLite's driver answers a question about every column at once with one compound
        // SELECT, which has a limit on its terms that a schema of this size passes.
        try (var c = dataSource.getConnection()) {
            var tables = new ArrayList<String>();
            try (var rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String name : tables) {
                try (var rs = c.getMetaData().getColumns(null, c.getSchema(), name, "%")) {
                    while (rs.next()) {
                        String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        if (table.startsWith("flyway") || table.startsWith("sqlite")) {
                            continue;
                        }
                        if (column.endsWith("_id") || column.endsWith("_by") || (table.equals("person") && column.equals("id"))) {
                            schema.add(table + "." + column);
                        }
                    }
                }
            }
        }
        List<String> planned = new ArrayList<>();
        ErasurePlan.DELETE_ROWS.forEach((table, column) -> planned.add(table + "." + column));
        planned.addAll(ErasurePlan.KEPT_AS_FRAMES);
        planned.addAll(ErasurePlan.ENDED);
        planned.addAll(ErasurePlan.KEPT_IDS);
        planned.addAll(ErasurePlan.NOT_PEOPLE);

        assertThat(planned).as("a column in two lists").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(planned)).as("columns that can name a person; a new one belongs in privacy.internal.ErasurePlan")
                .containsExactlyElementsOf(schema);
    }

    @Test
    void everySealedColumnOwnedThroughAnotherTableHasARule() {
        for (SealedColumns.Column c : SealedColumns.ALL) {
            if (!c.from().equals(c.table())) {
                assertThat(ErasurePlan.OWNED_THROUGH).as(c.name()).containsKey(c.name());
            }
        }
    }
}
