package app.kintsugi.movingon;

/** Forgiving oneself while staying accountable: what I did, what I learned, what I keep doing, what I still owe. */
public record AccountableDraft(String did, String learned, String keepDoing, String stillOwe) {
}
