package app.kintsugi.account;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * The throttle's buckets in a map, for tests of its rules without a database: the same Bucket4j
 * compare-and-swap path as {@link SignInBuckets}, with the map's atomic replace in place of the
 * conditional UPDATE.
 */
final class InMemoryBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final ConcurrentMap<String, byte[]> states = new ConcurrentHashMap<>();

    InMemoryBuckets(ClientSideConfig config) {
        super(config);
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {

            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return Optional.ofNullable(states.get(key));
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                // The array read is the one stored, so identity is the comparison a CAS needs.
                return originalData == null ? states.putIfAbsent(key, newData) == null : states.replace(key, originalData, newData);
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeProxy(String key) {
        states.remove(key);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    /** Accepts the throttle's expiry settings and keeps every bucket: a test's map lives only as long as the test. */
    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }
}
