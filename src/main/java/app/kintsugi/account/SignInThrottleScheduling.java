package app.kintsugi.account;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Deleting the throttle's rows whose buckets are full again: a task in db-scheduler's table, run by one node at a time. */
@Configuration(proxyBeanMethods = false)
class SignInThrottleScheduling {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleScheduling.class);

    static final String TASK = "sign-in-buckets";

    @Bean
    RecurringTask<Void> signInBucketsTask(SignInThrottle throttle,
            @Value("${kintsugi.sign-in.bucket-removal-interval:1h}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> {
            int removed = throttle.removeExpired();
            log.debug("event=sign_in_buckets_removed count={}", removed);
        });
    }
}
