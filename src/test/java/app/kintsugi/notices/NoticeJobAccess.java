package app.kintsugi.notices;

import org.springframework.boot.test.context.TestComponent;

/** Lets tests of other modules run the notice job's steps with the test clock. */
@TestComponent
public class NoticeJobAccess {

    private final NoticeJob job;

    NoticeJobAccess(NoticeJob job) {
        this.job = job;
    }

    public void sendLinks() {
        job.sendLinks();
    }

    public void run() {
        job.run();
    }
}
