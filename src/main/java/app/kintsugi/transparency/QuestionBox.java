package app.kintsugi.transparency;

import java.util.List;

/**
 * The question box as one partner sees it.
 *
 * @param forMe    questions waiting for the viewer's answer, oldest first
 * @param mine     the viewer's questions still waiting, oldest first
 * @param answered questions answered or declined, newest first
 * @param ended    from spaces that have ended: the questions the viewer asked and those they
 *                 responded to, newest first, showing only their own words
 */
public record QuestionBox(List<QuestionView> forMe, List<QuestionView> mine, List<QuestionView> answered,
        List<QuestionView> ended) {
}
