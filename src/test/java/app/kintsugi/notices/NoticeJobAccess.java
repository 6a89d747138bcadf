package app.kintsugi.notices;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.test.context.TestComponent;

/** Lets tests of other modules run the notice job's steps with the test clock. */
@TestComponent
@RequiredArgsConstructor
public class NoticeJobAccess {

    private final NoticeJob job;

    public void sendLinks() {
        job.sendLinks();
    }

    public void run() {
        job.run();
    }
}
