package app.kintsugi.checkin;

import java.time.LocalDate;
import java.util.Map;

/**
 * The weekly check-in as the person is about to answer it.
 *
 * @param week     the Monday of the person's current week
 * @param answers  what they answered so far this week (an unfinished check-in, or the finished one)
 * @param complete whether this week's check-in is finished already
 */
public record CheckInForm(Questionnaire questionnaire, LocalDate week, Map<String, Integer> answers, boolean complete) {
}
