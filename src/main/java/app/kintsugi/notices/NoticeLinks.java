package app.kintsugi.notices;

import org.springframework.stereotype.Component;

import app.kintsugi.notices.internal.NoticeProperties;

/** Addresses of this instance as people open it, for links shown outside a page (mails, calendar apps). */
@Component
public class NoticeLinks {

    private final NoticeProperties properties;

    NoticeLinks(NoticeProperties properties) {
        this.properties = properties;
    }

    public String link(String path) {
        return properties.link(path);
    }
}
