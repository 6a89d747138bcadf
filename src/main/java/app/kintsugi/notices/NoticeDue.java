package app.kintsugi.notices;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.notices.internal.NoticeRepository;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;

/** Tells a person on Today that mail to their address could not be delivered, until they look at it. */
@Component
@RequiredArgsConstructor
class NoticeDue implements DueItemSource {

    private final NoticeRepository repository;

    @Override
    public List<DueItem> dueFor(PersonId person) {
        return repository.find(person).filter(row -> row.bouncedAt() != null)
                .map(row -> List.of(new DueItem("due.notices.bounced", "/settings/notices"))).orElse(List.of());
    }
}
