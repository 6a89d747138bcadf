package app.kintsugi.moments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's own log over the last weeks, in numbers only: how many hard moments each week, how
 * strong on average, whether the last two weeks held fewer than the two before, and what they wrote
 * most often as having helped. Weeks start on Monday in the person's time zone.
 *
 * @param weeks      oldest first, the current week last
 * @param total      moments in those weeks
 * @param trend      the last two weeks against the two before
 * @param recent     moments in the last two weeks
 * @param earlier    moments in the two weeks before them
 * @param helpedMost what helped, as the person wrote it, most often first (at most three, each at least twice)
 * @param tagsMost   the person's tags, most often first (at most five)
 */
public record LogSummary(List<Week> weeks, int total, Trend trend, int recent, int earlier, List<Count> helpedMost,
        List<Count> tagsMost) {

    /** How many weeks the view shows. */
    public static final int WEEKS = 8;

    public record Week(LocalDate start, int count, Double averageStrength) {
    }

    public record Count(String text, int times) {
    }

    public enum Trend {
        /** Too little in the four weeks to compare. */
        NONE,
        FEWER,
        SAME,
        MORE
    }

    /** One logged moment, as the summary needs it. */
    public record Moment(Instant at, int strength, List<String> tags, String helped) {
    }

    public boolean empty() {
        return total == 0;
    }

    public int maxCount() {
        return weeks.stream().mapToInt(Week::count).max().orElse(0);
    }

    static LogSummary of(List<Moment> moments, LocalDate today, ZoneId zone) {
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(WEEKS - 1);
        int[] counts = new int[WEEKS];
        int[] strengths = new int[WEEKS];
        Map<String, Count> helped = new LinkedHashMap<>();
        Map<String, Count> tags = new LinkedHashMap<>();
        int total = 0;
        for (Moment m : moments) {
            LocalDate day = m.at().atZone(zone).toLocalDate();
            if (day.isBefore(first) || day.isAfter(today)) {
                continue;
            }
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(first, day);
            counts[week]++;
            strengths[week] += m.strength();
            total++;
            if (m.helped() != null && !m.helped().isBlank()) {
                tally(helped, m.helped());
            }
            for (String tag : m.tags()) {
                tally(tags, tag);
            }
        }
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(new Week(first.plusWeeks(i), counts[i], counts[i] == 0 ? null : (double) strengths[i] / counts[i]));
        }
        int recent = counts[WEEKS - 1] + counts[WEEKS - 2];
        int earlier = counts[WEEKS - 3] + counts[WEEKS - 4];
        Trend trend;
        if (recent + earlier < 2) {
            trend = Trend.NONE;
        } else if (recent < earlier) {
            trend = Trend.FEWER;
        } else if (recent > earlier) {
            trend = Trend.MORE;
        } else {
            trend = Trend.SAME;
        }
        return new LogSummary(weeks, total, trend, recent, earlier, most(helped, 3, 2), most(tags, 5, 1));
    }

    /** Counts a text, taking two spellings that differ only in case or spaces as the same; the first spelling is kept. */
    private static void tally(Map<String, Count> counts, String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        String key = clean.toLowerCase(Locale.ROOT);
        Count c = counts.get(key);
        counts.put(key, c == null ? new Count(clean, 1) : new Count(c.text(), c.times() + 1));
    }

    private static List<Count> most(Map<String, Count> counts, int limit, int atLeast) {
        return counts.values().stream().filter(c -> c.times() >= atLeast)
                .sorted(Comparator.comparingInt(Count::times).reversed()).limit(limit).toList();
    }
}
