package app.kintsugi.checkin;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's scores over time, per subscale, with their partner's where the partner shares them.
 *
 * @param partnerName   the partner's name, or null without a partner
 * @param partnerShares whether the partner's scores are shown
 * @param iShare        whether the viewer shows their scores to their partner
 * @param markers       milestones and setbacks both may see, to place on the charts
 */
public record Trajectory(Questionnaire questionnaire, List<Series> series, String partnerName, boolean partnerShares, boolean iShare,
        List<Marker> markers) {

    /** One subscale: the viewer's points and the partner's (empty unless shared). */
    public record Series(Subscale subscale, List<Point> mine, List<Point> partner) {

        public Point latest() {
            return mine.isEmpty() ? null : mine.get(mine.size() - 1);
        }
    }

    /**
     * One score.
     *
     * @param average       the mean of this score and up to two before it
     * @param sincePrevious reliable change against the previous score, or null for the first
     * @param sinceFirst    reliable change against the first score, or null for the first
     */
    public record Point(LocalDate week, double score, double average, Change sincePrevious, Change sinceFirst) {
    }

    /** A milestone or setback from the shared timeline, on the week it happened. */
    public record Marker(LocalDate on, boolean setback, String title) {
    }

    /** How many check-ins the viewer has: the longest of their series. */
    public int checkIns() {
        return series.stream().mapToInt(s -> s.mine().size()).max().orElse(0);
    }

    /** The most scores any one line has, the viewer's or the partner's shared ones: a chart needs two. */
    public int mostPoints() {
        return series.stream().mapToInt(s -> Math.max(s.mine().size(), s.partner().size())).max().orElse(0);
    }

    /** The week of the viewer's first check-in, or null before the first. */
    public LocalDate firstWeek() {
        return series.stream().filter(s -> !s.mine().isEmpty()).map(s -> s.mine().get(0).week())
                .min(LocalDate::compareTo).orElse(null);
    }

    /** The week of the viewer's latest check-in, or null before the first. */
    public LocalDate latestWeek() {
        return series.stream().filter(s -> !s.mine().isEmpty()).map(s -> s.latest().week())
                .max(LocalDate::compareTo).orElse(null);
    }

    public boolean empty() {
        return series.stream().allMatch(s -> s.mine().isEmpty());
    }
}
