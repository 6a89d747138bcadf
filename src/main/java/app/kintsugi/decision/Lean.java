package app.kintsugi.decision;

/** Where a person leans now: one of three, never more precise than that. */
public enum Lean {
    TOGETHER, APART, NOT_SURE
}
