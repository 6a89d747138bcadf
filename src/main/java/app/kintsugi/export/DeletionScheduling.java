package app.kintsugi.export;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Closing accounts whose grace period is over: a task in db-scheduler's table, run by one node at a time. */
@Configuration(proxyBeanMethods = false)
class DeletionScheduling {

    static final String TASK = "account-deletions";

    @Bean
    RecurringTask<Void> accountDeletionTask(AccountDeletions deletions,
            @Value("${kintsugi.accounts.deletion-interval:15m}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> deletions.closeDue());
    }
}
