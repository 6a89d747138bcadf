package app.kintsugi.reflection;

/** Feelings a person can name in a reflection, each with an intensity from 0 to 10. */
public enum Emotion {
    HURT,
    ANGER,
    SADNESS,
    FEAR,
    SHAME,
    VULNERABILITY,
    CONFUSION,
    NUMBNESS,
    LONELINESS,
    GUILT,
    JEALOUSY,
    ANXIETY
}
