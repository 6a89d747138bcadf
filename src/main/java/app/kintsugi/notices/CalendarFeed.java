package app.kintsugi.notices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.communication.ConversationCalendar;
import app.kintsugi.notices.internal.NoticeMail;
import app.kintsugi.notices.internal.NoticeRepository;
import app.kintsugi.shared.LinkTokens;

/**
 * A person's own calendar feed, at a secret address they can replace at any time: their planned
 * conversations, and their reminder times as repeating events. A calendar service fetches and keeps
 * it, so it holds no topic, no place, no name and nothing anyone wrote, and in discreet mode nothing
 * that names the application. Reminder times are "floating" local times, so they stay at 19:00 on
 * the person's devices when the clocks change.
 */
@Component
@RequiredArgsConstructor
public class CalendarFeed {

    private final NoticeRepository repository;
    private final Accounts accounts;
    private final ConversationCalendar conversations;
    private final MessageSource messages;
    private final Clock clock;

    /** The feed behind a secret address; empty when the address does not work. */
    public Optional<byte[]> feed(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return repository.byFeedToken(LinkTokens.hash(token)).flatMap(accounts::find).map(this::feedOf);
    }

    private byte[] feedOf(Person person) {
        Locale locale = NoticeMail.localeOf(person.language());
        boolean discreet = person.discreetMode();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(discreet ? "-//Notes//Calendar//EN" : "-//Kintsugi//Calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        conversations.feedEvents(person.id(), locale, discreet).forEach(calendar::add);
        NoticeChoices.Reminders reminders = repository.find(person.id()).map(r -> r.choices().reminders())
                .orElse(NoticeChoices.Reminders.NONE);
        LocalDate today = LocalDate.now(clock.withZone(person.timeZone()));
        if (reminders.dueThings()) {
            calendar.add(repeating(person, "daily", LocalDateTime.of(today, reminders.at()),
                    new Recur.Builder<LocalDateTime>().frequency(Frequency.DAILY).build(),
                    text("calendar.feed.daily", locale, discreet)));
        }
        if (reminders.weeklyDay() != null) {
            LocalDate day = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(reminders.weeklyDay()));
            calendar.add(repeating(person, "weekly", LocalDateTime.of(day, reminders.at()),
                    new Recur.Builder<LocalDateTime>().frequency(Frequency.WEEKLY)
                            .dayList(weekDay(reminders.weeklyDay())).build(),
                    text("calendar.feed.weekly", locale, discreet)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private VEvent repeating(Person person, String name, LocalDateTime start, Recur<LocalDateTime> rule, String title) {
        VEvent event = new VEvent(start, Duration.ofMinutes(15), title);
        event.add(new Uid(name + "-" + person.id() + "@reminders"));
        event.replace(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new RRule<>(rule));
        event.add(new Description(text("calendar.feed.description", NoticeMail.localeOf(person.language()),
                person.discreetMode())));
        return event;
    }

    private static net.fortuna.ical4j.model.WeekDay weekDay(DayOfWeek day) {
        return net.fortuna.ical4j.model.WeekDay.getWeekDay(day);
    }

    private String text(String key, Locale locale, boolean discreet) {
        return messages.getMessage(discreet ? key + ".discreet" : key, null, locale);
    }
}
