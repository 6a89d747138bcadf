package app.kintsugi.transparency;

import java.util.List;

/** The amends plan of a space as one partner sees it: their own actions and their partner's. */
public record AmendsPlan(List<AmendView> mine, List<AmendView> partners) {
}
