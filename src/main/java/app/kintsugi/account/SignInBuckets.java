package app.kintsugi.account;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * The sign-in throttle's buckets in one table, so that every node counts the same attempts. Bucket4j
 * reads a bucket's state, changes it in memory and asks to write it back; the write happens only if
 * the row still holds the state that was read (a new row only if there is none), otherwise Bucket4j
 * reads again and retries. Plain SQL that SQLite and PostgreSQL both run, unlike Bucket4j's own
 * JDBC modules. Each row carries the time its bucket would be full again (plus a little): from then
 * on it is the same as no row, so {@link #removeExpired(int)} may delete it.
 */
final class SignInBuckets extends AbstractCompareAndSwapBasedProxyManager<String> implements ExpiredEntriesCleaner {

    private final JdbcClient jdbc;
    private final ExpirationAfterWriteStrategy expiration;

    SignInBuckets(JdbcClient jdbc, ClientSideConfig config) {
        super(config);
        this.jdbc = jdbc;
        this.expiration = config.getExpirationAfterWriteStrategy()
                .orElseThrow(() -> new IllegalArgumentException("rows must expire: set an expiration strategy"));
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {

            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return jdbc.sql("SELECT state FROM sign_in_bucket WHERE bucket_key = ?").param(key)
                        .query(byte[].class).optional();
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                long expiresAt = expiresAt(newState);
                if (originalData == null) {
                    return jdbc.sql("INSERT INTO sign_in_bucket (bucket_key, state, expires_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (bucket_key) DO NOTHING").params(key, newData, expiresAt).update() == 1;
                }
                return jdbc.sql("UPDATE sign_in_bucket SET state = ?, expires_at = ? WHERE bucket_key = ? AND state = ?")
                        .params(newData, expiresAt, key, originalData).update() == 1;
            }
        };
    }

    private long expiresAt(RemoteBucketState state) {
        long now = currentTimeNanos();
        return TimeUnit.NANOSECONDS.toMillis(now) + expiration.calculateTimeToLiveMillis(state, now);
    }

    /**
     * Deletes up to {@code batchSize} rows whose time has passed, by the throttle's clock. The outer
     * condition is checked again on a row another node has just written, so a bucket in use is
     * never taken away.
     */
    @Override
    public int removeExpired(int batchSize) {
        long now = TimeUnit.NANOSECONDS.toMillis(currentTimeNanos());
        return jdbc.sql("DELETE FROM sign_in_bucket WHERE expires_at < ? AND bucket_key IN "
                + "(SELECT bucket_key FROM sign_in_bucket WHERE expires_at < ? LIMIT ?)")
                .params(now, now, batchSize).update();
    }

    @Override
    public void removeProxy(String key) {
        jdbc.sql("DELETE FROM sign_in_bucket WHERE bucket_key = ?").param(key).update();
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("the throttle uses its buckets synchronously");
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("the throttle uses its buckets synchronously"));
    }
}
