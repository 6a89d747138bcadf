package app.kintsugi.communication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;

/**
 * A planned conversation as an iCalendar event, for the person's own calendar. Calendars are synced
 * and glanced at by others, so the event never holds the topic: only a neutral title (an even
 * plainer one in discreet mode), the time, the length and the place. The same conversation always
 * has the same UID, and its version is the SEQUENCE, so a later download updates the event.
 */
@Service
public class ConversationCalendar {

    private final Conversations conversations;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ConversationCalendar(Conversations conversations, MessageSource messages, java.time.Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] ics(PersonId viewer, UUID id, Locale locale, boolean discreet) {
        ConversationView c = conversations.read(viewer, id);
        String title = messages.getMessage(discreet ? "calendar.title.discreet" : "calendar.title", new Object[] {c.partnerName()}, locale);
        VEvent event = new VEvent(c.startsAt(), Duration.ofMinutes(c.minutes()), title);
        event.add(new Uid(c.id() + "@kintsugi"));
        event.add(new Sequence(Long.toString(c.version())));
        event.add(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        if (!discreet) {
            event.add(new Description(messages.getMessage("calendar.description", null, locale)));
        }
        c.place().ifPresent(place -> event.add(new Location(place)));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kintsugi//Conversations//EN"));
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
}
