package app.kintsugi.counselor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.kintsugi.checkin.Change;
import app.kintsugi.checkin.Cutoff;
import app.kintsugi.checkin.ReliableChange;
import app.kintsugi.checkin.Subscale;
import app.kintsugi.checkin.Trajectory;

/**
 * What a counselor should notice in the scores a partner shows: a latest score that changed reliably
 * since the one before or since the first, and a latest score that crossed one of the subscale's
 * cut-offs since the one before (upwards or downwards). Scores alone: answers are never read.
 */
public final class ScoreFlags {

    private ScoreFlags() {
    }

    public enum Kind {
        /** Changed reliably since the score before. */
        CHANGED_SINCE_PREVIOUS,
        /** Changed reliably since the first score. */
        CHANGED_SINCE_FIRST,
        /** Reached a cut-off the score before had not. */
        CROSSED_UP,
        /** Fell below a cut-off the score before had reached. */
        CROSSED_DOWN
    }

    /**
     * One flag.
     *
     * @param change   for a change, whether it is better or worse; null for a crossing
     * @param cutoff   for a crossing, the cut-off reached now (up) or left behind (down); null for a change
     */
    public record Flag(String subscale, Kind kind, Change change, Cutoff cutoff, double before, double after, LocalDate week) {

        public boolean worse() {
            return change == Change.WORSENED;
        }
    }

    /** The flags of one partner's shown scores, subscale by subscale. */
    public static List<Flag> of(Trajectory scores) {
        List<Flag> flags = new ArrayList<>();
        if (scores == null) {
            return flags;
        }
        for (Trajectory.Series s : scores.series()) {
            flags.addAll(of(s.subscale(), s.mine()));
        }
        return flags;
    }

    /** The flags of one subscale's points, oldest first. */
    static List<Flag> of(Subscale subscale, List<Trajectory.Point> points) {
        List<Flag> flags = new ArrayList<>();
        if (points.size() < 2) {
            return flags;
        }
        Trajectory.Point first = points.getFirst();
        Trajectory.Point previous = points.get(points.size() - 2);
        Trajectory.Point latest = points.getLast();
        Change sincePrevious = ReliableChange.between(subscale, previous.score(), latest.score());
        if (sincePrevious != Change.NO_RELIABLE_CHANGE) {
            flags.add(new Flag(subscale.name(), Kind.CHANGED_SINCE_PREVIOUS, sincePrevious, null, previous.score(), latest.score(),
                    latest.week()));
        }
        if (points.size() > 2) {
            Change sinceFirst = ReliableChange.between(subscale, first.score(), latest.score());
            if (sinceFirst != Change.NO_RELIABLE_CHANGE) {
                flags.add(new Flag(subscale.name(), Kind.CHANGED_SINCE_FIRST, sinceFirst, null, first.score(), latest.score(),
                        latest.week()));
            }
        }
        Optional<Cutoff> before = subscale.cutoff(previous.score());
        Optional<Cutoff> now = subscale.cutoff(latest.score());
        double beforeAt = before.map(Cutoff::at).orElse(Double.NEGATIVE_INFINITY);
        double nowAt = now.map(Cutoff::at).orElse(Double.NEGATIVE_INFINITY);
        if (nowAt > beforeAt) {
            flags.add(new Flag(subscale.name(), Kind.CROSSED_UP, null, now.get(), previous.score(), latest.score(), latest.week()));
        } else if (nowAt < beforeAt) {
            flags.add(new Flag(subscale.name(), Kind.CROSSED_DOWN, null, before.get(), previous.score(), latest.score(), latest.week()));
        }
        return flags;
    }
}
