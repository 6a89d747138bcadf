package app.kintsugi.respect;

import java.util.List;

/**
 * The ratio page as one person sees it.
 *
 * @param hasPartner   whether the person shares a space with a partner; without one there is nothing to count
 * @param mine         the moments both can see plus the viewer's own private kind acts: only for the viewer
 * @param privateActs  how many of the viewer's private kind acts {@code mine} counts
 * @param iShare       whether the viewer chose "Share our ratio" (the partner's choice is not shown)
 * @param together     the shared moments with who gave which positives, only while both chose to share; else null
 */
public record RatioPage(boolean hasPartner, String partnerName, RatioWeeks mine, int privateActs, boolean iShare,
        Together together) {

    /**
     * What both partners see once both chose it.
     *
     * @param weeks     the moments both can see, without anyone's private kind acts
     * @param breakdown per kind of positive moment, how many each gave
     */
    public record Together(RatioWeeks weeks, List<Given> breakdown) {
    }

    /** How many positive moments of one kind the viewer and the partner each gave. */
    public record Given(InteractionKind kind, int mine, int partners) {
    }

    public boolean bothShare() {
        return together != null;
    }
}
