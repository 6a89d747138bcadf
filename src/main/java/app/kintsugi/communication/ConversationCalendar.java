package app.kintsugi.communication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;

/**
 * A planned conversation as an iCalendar event, for the person's own calendar. Calendars are synced
 * and glanced at by others, so the event never holds the topic: only a neutral title (an even
 * plainer one in discreet mode, which names no application anywhere in the file), the time, the
 * length, the place and a reminder half an hour before. The same conversation always has the same
 * UID, and its version is the SEQUENCE, so a later download updates the event.
 */
@Service
@RequiredArgsConstructor
public class ConversationCalendar {

    /** How long before the conversation the calendar reminds the person. */
    static final Duration REMINDER_BEFORE = Duration.ofMinutes(30);

    private final Conversations conversations;
    private final MessageSource messages;
    private final java.time.Clock clock;

    public byte[] ics(PersonId viewer, UUID id, Locale locale, boolean discreet) {
        ConversationView c = conversations.read(viewer, id);
        String title = messages.getMessage(discreet ? "calendar.title.discreet" : "calendar.title", new Object[] {c.partnerName()}, locale);
        VEvent event = new VEvent(c.startsAt(), Duration.ofMinutes(c.minutes()), title);
        // The UID names no application, so the event stays the same one whichever mode it was downloaded in.
        event.add(new Uid(c.id() + "@conversation"));
        event.add(new Sequence(Long.toString(c.version())));
        // The event comes with a stamp of its own; exactly one is allowed.
        event.replace(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new Description(messages.getMessage(discreet ? "calendar.description.discreet" : "calendar.description", null, locale)));
        c.place().ifPresent(place -> event.add(new Location(place)));
        // A quiet reminder on the device, with words that say nothing to anyone looking at the screen.
        VAlarm reminder = new VAlarm(REMINDER_BEFORE.negated());
        reminder.add(ImmutableAction.DISPLAY);
        reminder.add(new Description(messages.getMessage("calendar.alarm", null, locale)));
        event.add(reminder);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(discreet ? "-//Notes//Calendar//EN" : "-//Kintsugi//Conversations//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The planned conversations of the person's space, for their own calendar feed, which a calendar
     * service fetches and keeps: so no topic, no place and no name, only a neutral title, the time, the
     * length and the reminder before. Conversations that ended more than a month ago are left out.
     */
    public List<VEvent> feedEvents(PersonId viewer, Locale locale, boolean discreet) {
        java.time.Instant since = clock.instant().minus(Duration.ofDays(30));
        String title = messages.getMessage(discreet ? "calendar.title.discreet" : "calendar.feed.conversation", null, locale);
        String description = messages.getMessage(discreet ? "calendar.description.discreet" : "calendar.description", null, locale);
        return conversations.standingsInMySpace(viewer).stream()
                .filter(c -> c.status() == ConversationStatus.ACCEPTED && c.startsAt().isAfter(since))
                .map(c -> {
                    VEvent event = new VEvent(c.startsAt(), Duration.ofMinutes(c.minutes()), title);
                    event.add(new Uid(c.id() + "@conversation"));
                    event.replace(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
                    event.add(new Description(description));
                    VAlarm reminder = new VAlarm(REMINDER_BEFORE.negated());
                    reminder.add(ImmutableAction.DISPLAY);
                    reminder.add(new Description(messages.getMessage("calendar.alarm", null, locale)));
                    event.add(reminder);
                    return event;
                }).toList();
    }
}
