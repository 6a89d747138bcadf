package app.kintsugi.trust;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a commitment falls due: days on the calendar of the person who made it, in their time zone.
 * A day is a date, not 24 hours, so a daylight-saving change never adds or removes a check-in.
 *
 * @param days  for {@link ScheduleKind#WEEKLY}, the days of the week
 * @param start the first day it counts
 * @param end   the last day it counts, or null for open-ended; for {@link ScheduleKind#ONCE} the
 *              date it is due by
 */
public record Schedule(ScheduleKind kind, Set<DayOfWeek> days, LocalDate start, LocalDate end) {

    public Schedule {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(start);
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (kind == ScheduleKind.WEEKLY && days.isEmpty()) {
            throw new IllegalArgumentException("a weekly schedule needs at least one day");
        }
        if (kind == ScheduleKind.ONCE && end == null) {
            throw new IllegalArgumentException("a one-off commitment needs the date it is due by");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("the end comes before the start");
        }
    }

    public static Schedule daily(LocalDate start, LocalDate end) {
        return new Schedule(ScheduleKind.DAILY, Set.of(), start, end);
    }

    public static Schedule weekly(Set<DayOfWeek> days, LocalDate start, LocalDate end) {
        return new Schedule(ScheduleKind.WEEKLY, days, start, end);
    }

    public static Schedule once(LocalDate start, LocalDate dueBy) {
        return new Schedule(ScheduleKind.ONCE, Set.of(), start, dueBy);
    }

    /** Whether a check-in falls due on this day. A one-off commitment falls due on its date. */
    public boolean dueOn(LocalDate day) {
        if (day.isBefore(start) || end != null && day.isAfter(end)) {
            return false;
        }
        return switch (kind) {
            case DAILY -> true;
            case WEEKLY -> days.contains(day.getDayOfWeek());
            case ONCE -> day.equals(end);
        };
    }

    /** The days a check-in falls due, from {@code from} to {@code to} inclusive, oldest first. */
    public List<LocalDate> dueDays(LocalDate from, LocalDate to) {
        LocalDate first = from.isBefore(start) ? start : from;
        LocalDate last = end != null && end.isBefore(to) ? end : to;
        List<LocalDate> result = new ArrayList<>();
        if (kind == ScheduleKind.ONCE) {
            if (!end.isBefore(first) && !end.isAfter(last)) {
                result.add(end);
            }
            return result;
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (kind == ScheduleKind.DAILY || days.contains(d.getDayOfWeek())) {
                result.add(d);
            }
        }
        return result;
    }

    /** Whether nothing can fall due after {@code day}. */
    public boolean overAfter(LocalDate day) {
        return end != null && !end.isAfter(day);
    }
}
