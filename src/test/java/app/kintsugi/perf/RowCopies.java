package app.kintsugi.perf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL only: copies every row of the current schema (but the migrations' history, the
 * scheduler's own tasks and the sign-in throttle's buckets, which are not anybody's data) {@code copies} times under fresh ids, for
 * volume. Every id column (36 characters) gets its first four characters replaced by {@code x} and
 * the copy number, so a copy's rows point at each other exactly as the originals do; emails become
 * {@code copy<g>.<email>}, and codes, token hashes and session ids a hash of their own. Tables go parents first, for the foreign
 * keys. What people wrote stays sealed under the original ids, so a copy can be counted and indexed
 * but not opened: it stands for volume, never for someone to sign in as.
 */
final class RowCopies {

    private RowCopies() {
    }

    static void copy(JdbcClient jdbc, int copies, Set<String> skipped) {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_type = 'BASE TABLE' AND table_name NOT IN ('flyway_schema_history', 'scheduled_tasks', 'sign_in_bucket') "
                + "ORDER BY table_name")
                .query(String.class).list().stream().filter(t -> !skipped.contains(t)).toList();
        Map<String, Set<String>> parents = new HashMap<>();
        jdbc.sql("""
                SELECT child.relname, parent.relname FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace""")
                .query((rs, n) -> parents.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>()).add(rs.getString(2)))
                .list();
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            for (String t : tables) {
                if (!ordered.contains(t) && ordered.containsAll(parents.getOrDefault(t, Set.of()).stream()
                        .filter(p -> !p.equals(t) && tables.contains(p)).toList())) {
                    ordered.add(t);
                }
            }
        }
        for (String table : ordered) {
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            jdbc.sql("SELECT column_name, data_type, character_maximum_length FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")
                    .param(table)
                    .query((rs, n) -> {
                        String column = rs.getString(1);
                        String quoted = "\"" + column + "\"";
                        boolean text = rs.getString(2).startsWith("char");
                        int length = rs.getInt(3);
                        columns.add(quoted);
                        if (text && length == 36) {
                            // 'x' is no hex digit, so a copy's id never equals an original's; g keeps copies apart.
                            values.add("'x' || lpad(to_hex(g), 3, '0') || substr(" + quoted + ", 5)");
                        } else if (text && column.equals("email")) {
                            values.add("'copy' || g || '.' || " + quoted);
                        } else if (text && (column.endsWith("_hash") || Set.of("code", "session_id").contains(column))) {
                            // Hashes of tokens and session ids are unique: each copy gets one of its own.
                            values.add("left(md5(" + quoted + " || ':' || g), " + length + ")");
                        } else {
                            values.add(quoted);
                        }
                        return column;
                    })
                    .list();
            jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                    + " FROM " + table + ", generate_series(1, " + copies + ") AS g").update();
        }
        jdbc.sql("ANALYZE").update();
    }
}
