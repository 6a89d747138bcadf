package app.kintsugi.boundaries;

/** A boundary as written in the form: what, why it matters, its category and when to look at it again ('yyyy-MM-dd'). */
public record BoundaryDraft(String what, String why, String category, String reviewOn) {
}
