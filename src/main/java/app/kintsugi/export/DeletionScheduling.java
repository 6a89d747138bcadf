package app.kintsugi.export;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Closing accounts whose grace period is over, and deleting entries older than their author chose to
 * keep them: tasks in db-scheduler's table, each run by one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class DeletionScheduling {

    static final String TASK = "account-deletions";

    static final String RETENTION_TASK = "retention";

    /** Entries older than their author chose to keep them. */
    @Bean
    RecurringTask<Void> retentionTask(app.kintsugi.privacy.Retention retention,
            @Value("${kintsugi.retention.interval:6h}") Duration interval) {
        return Tasks.recurring(RETENTION_TASK, FixedDelay.of(interval)).execute((instance, context) -> retention.deleteOld());
    }

    @Bean
    RecurringTask<Void> accountDeletionTask(AccountDeletions deletions,
            @Value("${kintsugi.accounts.deletion-interval:15m}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> deletions.closeDue());
    }
}
