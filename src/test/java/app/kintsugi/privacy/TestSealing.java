package app.kintsugi.privacy;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.internal.MasterKey;

/**
 * Seals entries the way the modules do, on any database and key file, for tests of the operator's
 * commands that need data keys and sealed rows without the whole application.
 */
public final class TestSealing {

    private final ContentCipher cipher;
    private final JdbcClient jdbc;

    public TestSealing(DataSource dataSource, CryptoProperties props) {
        this.jdbc = JdbcClient.create(dataSource);
        this.cipher = new ContentCipher(jdbc, Clock.systemUTC(), props);
    }

    /** Writes a new, unrelated master key file. */
    public static void newKeyFile(java.nio.file.Path file) {
        MasterKey.load(new CryptoProperties(null, file.toString(), null), true);
    }

    /** A reflection of a new person (a new data key), sealed as the reflection module seals it. */
    public UUID reflection(String text) {
        PersonId person = new PersonId(UUID.randomUUID());
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO reflection (id, author_id, visibility, content, created_at, updated_at) VALUES (?, ?, 'PRIVATE', ?, 0, 0)")
                .params(id.toString(), person.value().toString(), cipher.seal(person, "reflection", id, text)).update();
        return id;
    }

    /** Opens a reflection the way the reflection module does. */
    public String open(UUID reflection) {
        var row = jdbc.sql("SELECT author_id, content FROM reflection WHERE id = ?").param(reflection.toString())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)}).single();
        return cipher.open(new PersonId(UUID.fromString((String) row[0])), "reflection", reflection, (byte[]) row[1]);
    }
}
