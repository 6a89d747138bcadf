package app.kintsugi.boundaries;

/** What a boundary is about, so a couple can see their agreements grouped. */
public enum BoundaryCategory {
    CONTACT,
    HONESTY,
    TIME,
    MONEY,
    INTIMACY,
    PEOPLE,
    OTHER
}
