package app.kintsugi.privacy;

import java.time.Clock;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import app.kintsugi.account.PersonId;

/**
 * The running application's side of {@link Erasure}: erases a person in one transaction and forgets
 * their data key in memory too, and at every start applies the list of destroyed keys, so a
 * database restored from an older backup holds nobody who was erased after it was made.
 */
@Service
public class Erasures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final Erasure erasure;
    private final ContentCipher cipher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Erasures(DataSource dataSource, CryptoProperties props, ContentCipher cipher, TransactionTemplate transactions, Clock clock) {
        this.erasure = Erasure.of(dataSource, props);
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Erases the person now: nothing they wrote can be read again, here or in any backup. */
    public void erase(PersonId person) {
        transactions.executeWithoutResult(status -> {
            erasure.erase(person, clock.millis());
            cipher.destroyKey(person);
        });
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> again = transactions.execute(status -> erasure.applyList(clock.millis()));
        if (again != null && !again.isEmpty()) {
            again.forEach(id -> cipher.destroyKey(PersonId.of(id)));
            log.warn("event=erased_again count={} (a database older than their erasure was put in place)", again.size());
        }
    }
}
