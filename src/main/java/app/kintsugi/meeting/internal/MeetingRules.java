package app.kintsugi.meeting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

import app.kintsugi.account.PersonId;

/** The rules of the weekly meeting, without storage: which week a day belongs to, when a time is agreed, who sees what. */
public final class MeetingRules {

    private MeetingRules() {
    }

    /** The Monday of the week a day belongs to: a meeting belongs to the week that holds its day. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The day of the meeting in the week that starts on {@code weekStart}. */
    public static LocalDate dayIn(LocalDate weekStart, DayOfWeek weekday) {
        return weekStart.plusDays(weekday.getValue() - 1L);
    }

    /**
     * Whether a person may accept the time as it stands: only the partner of the one who proposed
     * it, and only while it is not agreed yet.
     */
    public static boolean mayAccept(PersonId person, PersonId proposedBy, boolean agreed) {
        return !agreed && !person.equals(proposedBy);
    }

    /** Whether a proposal is a change: a new day, time or zone starts over and waits for the partner again. */
    public static boolean changes(DayOfWeek weekday, LocalTime time, String zone, DayOfWeek oldDay, LocalTime oldTime, String oldZone) {
        return weekday != oldDay || !time.equals(oldTime) || !zone.equals(oldZone);
    }

    /**
     * Whether a person sees what the other prepared: only once the meeting has started, when both
     * sit down together. Before that, one's preparation shows nowhere the other can look.
     */
    public static boolean seesPartnersPreparation(Long startedAt) {
        return startedAt != null;
    }
}
