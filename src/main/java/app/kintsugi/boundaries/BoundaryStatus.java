package app.kintsugi.boundaries;

/** Where a boundary stands, derived from its agreement. */
public enum BoundaryStatus {
    /** Proposed, waiting for the other partner. */
    PROPOSED,
    /** The other partner asked to talk about the proposal first. */
    TALK,
    /** Both agreed to the same version. A change may be waiting; the agreed version holds meanwhile. */
    ACTIVE,
    /** Withdrawn by the person who proposed it before it was ever agreed. */
    WITHDRAWN
}
