package app.kintsugi.couple;

/** Two persons are now linked in a space. Ids only. */
public record CoupleSpaceStarted(CoupleId couple) {
}
