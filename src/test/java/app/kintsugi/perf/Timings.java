package app.kintsugi.perf;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;

import org.springframework.test.web.servlet.MockMvc;

import app.kintsugi.account.TestAccounts.TestPerson;

/** Timing for the benchmarks: a warmed-up loop of runs, and one line of percentiles per thing timed. */
final class Timings {

    /** One thing to time. */
    interface Step {
        void run() throws Exception;
    }

    private Timings() {
    }

    /** Runs the step {@code warmUp} times untimed, then {@code runs} times timed; the times in nanoseconds, sorted. */
    static long[] time(int warmUp, int runs, Step step) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            step.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            step.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** Asks for a page as the viewer, the whole HTTP request; anything but 200 stops the benchmark. */
    static void fetch(MockMvc mvc, TestPerson viewer, String path) throws Exception {
        int status = mvc.perform(get(path).with(user(viewer.principal()))).andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new IllegalStateException(path + ": status " + status);
        }
    }

    /** Prints {@code PERF what: p50 .., p95 .., p99 .., max .. (n runs)} for times sorted by {@link #time}. */
    static void report(String what, long[] sorted) {
        System.out.printf("PERF %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d runs)%n", what,
                ms(sorted[sorted.length / 2]), ms(sorted[(int) (sorted.length * 0.95)]),
                ms(sorted[(int) (sorted.length * 0.99)]), ms(sorted[sorted.length - 1]), sorted.length);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
