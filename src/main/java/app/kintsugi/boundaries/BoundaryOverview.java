package app.kintsugi.boundaries;

import java.util.List;

/**
 * The boundaries of a space as one partner sees them.
 *
 * @param waitingForMe proposals and changes waiting for the viewer
 * @param active       boundaries both agreed to
 * @param proposed     proposals not agreed yet that wait for the partner
 */
public record BoundaryOverview(List<BoundaryView> waitingForMe, List<BoundaryView> active, List<BoundaryView> proposed) {
}
