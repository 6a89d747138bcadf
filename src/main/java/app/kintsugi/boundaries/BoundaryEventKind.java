package app.kintsugi.boundaries;

/** What can happen to a boundary; each is one line of its history. */
public enum BoundaryEventKind {
    PROPOSED,
    CHANGE_PROPOSED,
    AGREED,
    TALK_REQUESTED,
    REVISIT_REQUESTED,
    REVISIT_WITHDRAWN,
    PROPOSAL_WITHDRAWN,
    CROSSED
}
