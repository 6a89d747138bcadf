package app.kintsugi.checkin;

/** A sign that professional help is advised, shown privately to the person it concerns. */
public enum Signal {
    /** Overall distress at or above the threshold on several check-ins in a row. */
    DISTRESS,
    /** Trust reliably lower than at the first check-in. */
    TRUST_WORSE,
    /** The person's latest safety check raised a concern. */
    SAFETY,
    /** The person said they felt overwhelmed. */
    OVERWHELMED
}
