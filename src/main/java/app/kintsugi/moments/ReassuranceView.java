package app.kintsugi.moments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reassurance as one partner sees it.
 *
 * @param availability whether this person can ask now, and if not, the reason they may be told
 * @param mine         the lines this person would like to receive, and where each stands
 * @param partners     the lines the partner would like to receive: those waiting for this person's answer, and those accepted
 * @param openRequest  this person's latest request of the last day, if any
 * @param canPause     whether the pause control applies (a partner is in the space)
 */
public record ReassuranceView(Availability availability, String partnerName, List<Line> mine, List<Line> partners,
        Request openRequest, boolean pausedByMe, boolean canPause) {

    public enum Availability {
        /** No partner in the space. */
        NO_PARTNER,
        /** This person's own safety check raised a concern: asking is turned off, for their safety. */
        SAFETY,
        PAUSED_BY_ME,
        PAUSED_BY_PARTNER,
        READY
    }

    public enum LineStatus {
        PROPOSED,
        ACCEPTED,
        DECLINED
    }

    public record Line(UUID id, String text, LineStatus status, long version) {
    }

    /**
     * A request for reassurance.
     *
     * @param mine     this person asked it
     * @param answer   the answer's text, or null while none came
     * @param choices  for the partner who was asked, the answers they can give in one tap
     */
    public record Request(UUID id, boolean mine, String partnerName, Instant askedAt, String answer, Instant answeredAt,
            List<Choice> choices) {

        public boolean answered() {
            return answer != null;
        }
    }

    /** One answer to give: the id of an agreed line, or {@link Reassurance#HERE} for the plain "I'm here". */
    public record Choice(String value, String text) {
    }
}
