package app.kintsugi.transparency;

import java.util.List;

/**
 * The amends plan of a space as one partner sees it: their own actions and their partner's; and,
 * from spaces that have ended, their own actions and the notes they wrote acknowledging the other's.
 */
public record AmendsPlan(List<AmendView> mine, List<AmendView> partners, List<AmendView> ended) {
}
