package app.kintsugi.boundaries;

import java.util.List;

/**
 * The boundaries of a space as one partner sees them.
 *
 * @param waitingForMe proposals and changes waiting for the viewer
 * @param active       boundaries both agreed to
 * @param proposed     proposals not agreed yet that wait for the partner
 * @param ended        from spaces that have ended: boundaries the viewer proposed or wrote a version
 *                     of, with only their own words
 */
public record BoundaryOverview(List<BoundaryView> waitingForMe, List<BoundaryView> active, List<BoundaryView> proposed,
        List<BoundaryView> ended) {
}
