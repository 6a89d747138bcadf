package app.kintsugi.platform;

import java.time.Clock;

import io.github.bucket4j.TimeMeter;

/** Bucket4j's time read from the application's clock (which tests move), to the millisecond. */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
