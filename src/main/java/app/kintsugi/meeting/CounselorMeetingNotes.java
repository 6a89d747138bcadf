package app.kintsugi.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.meeting.internal.MeetingRepository;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.ShareableEntries;
import app.kintsugi.privacy.ShareableEntry.Part;
import app.kintsugi.privacy.ShareableEntry;
import app.kintsugi.shared.Texts;

/**
 * A person's State of Us notes for one week (what went well, what they would like to talk about,
 * what they need), as they can choose to show them to a counselor: their own notes only, whether the
 * meeting was held or not; the partner's notes are the partner's to show (decision 0045).
 */
@Component
@RequiredArgsConstructor
class CounselorMeetingNotes implements ShareableEntries {

    static final String KIND = "meeting-notes";

    private final MeetingRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final Couples couples;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return couples.current(author).map(space -> repository.prepsBy(author, space.id()).stream()
                .map(p -> new ShareableEntry(KIND, p.prep().id(), author, null, Instant.ofEpochMilli(p.prep().updatedAt()), List.of()))
                .toList()).orElse(List.of());
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        return repository.prepById(id).filter(p -> policy.accessOf(viewer, ref(p))
                .filter(a -> a == Access.AUTHOR || a == Access.COUNSELOR).isPresent()).map(p -> {
                    MeetingRepository.PrepRow r = p.prep();
                    List<Part> parts = new ArrayList<>();
                    parts.add(Part.named("counselorShare.meeting.held", p.meeting().heldAt() != null
                            ? "counselorShare.meeting.held.yes" : "counselorShare.meeting.held.no"));
                    add(parts, "counselorShare.meeting.wentWell", open(r, WeeklyMeetings.WENT_WELL_KIND, r.wentWell()));
                    add(parts, "counselorShare.meeting.talkAbout", open(r, WeeklyMeetings.TALK_KIND, r.talkAbout()));
                    add(parts, "counselorShare.meeting.need", open(r, WeeklyMeetings.NEED_KIND, r.need()));
                    String first = parts.size() > 1 ? Texts.firstWords(parts.get(1).text(), 80) : null;
                    return new ShareableEntry(KIND, r.id(), r.person(), first, Instant.ofEpochMilli(r.updatedAt()), parts);
                });
    }

    private String open(MeetingRepository.PrepRow r, String kind, byte[] sealed) {
        return cipher.openOrNull(r.person(), kind, r.id(), sealed);
    }

    private static void add(List<Part> parts, String label, String text) {
        if (text != null) {
            parts.add(Part.written(label, text));
        }
    }

    private static EntryRef ref(MeetingRepository.PrepInMeeting p) {
        return new EntryRef(KIND, p.prep().id(), p.prep().person(), app.kintsugi.privacy.Visibility.PRIVATE, p.meeting().couple());
    }
}
