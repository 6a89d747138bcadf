package app.kintsugi.notices;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.notices.internal.NoticeProperties;

/** Addresses of this instance as people open it, for links shown outside a page (mails, calendar apps). */
@Component
@RequiredArgsConstructor
public class NoticeLinks {

    private final NoticeProperties properties;

    public String link(String path) {
        return properties.link(path);
    }
}
