package app.kintsugi.moments;

/** Feelings a person may name about a talk that went badly; the words are in the message bundles. */
public enum RepairFeeling {
    DEFENSIVE,
    UNHEARD,
    HURT,
    OVERWHELMED,
    ANGRY,
    SAD,
    UNLOVED,
    MISUNDERSTOOD,
    CRITICISED,
    WORRIED,
    LONELY,
    ASHAMED,
    DISRESPECTED,
    POWERLESS,
    WANTED_TO_LEAVE
}
