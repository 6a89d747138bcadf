package app.kintsugi.notices;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import app.kintsugi.notices.internal.NoticeProperties;

/**
 * The notice task, kept in db-scheduler's table: whichever node picks a run does it, and no other
 * node does the same run.
 */
@Configuration(proxyBeanMethods = false)
class NoticeScheduling {

    static final String TASK = "notices";
    static final String LINKS_TASK = "notice-links";

    @Bean
    RecurringTask<Void> noticeTask(NoticeJob job, NoticeProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.interval()))
                .execute((instance, context) -> job.sendNotices());
    }

    /** Links someone is waiting for right now go out within seconds, not at the next notice run. */
    @Bean
    RecurringTask<Void> noticeLinksTask(NoticeJob job, NoticeProperties properties) {
        return Tasks.recurring(LINKS_TASK, FixedDelay.of(properties.linksInterval()))
                .execute((instance, context) -> job.sendLinks());
    }
}
