package app.kintsugi.transparency;

import java.util.List;

/** A question and the follow-ups asked under it, in the order they were asked. */
public record QuestionThread(QuestionView first, List<QuestionView> followUps) {
}
