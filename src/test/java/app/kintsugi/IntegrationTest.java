package app.kintsugi;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base for tests that run the whole application on a real database, reached through HTTP. All of
 * them share one application context, so the suite starts Spring once per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kintsugi.quick-exit-url=/test-neutral", "spring.thymeleaf.cache=true",
                // Every test registers from 127.0.0.1; the per-address limit itself is tested in SignInThrottleTest.
                "kintsugi.registration.burst=10000"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MutableClock clock;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A client address of its own, so one test's failed sign-ins never slow down another's. */
    protected static RequestPostProcessor freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
