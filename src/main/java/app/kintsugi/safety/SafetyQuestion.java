package app.kintsugi.safety;

/** The questions of the safety check; their wording lives in the program's resource files. */
public enum SafetyQuestion {
    AFRAID(true),
    HURT(true),
    THREATENED(true),
    INSULTED(false),
    CONTROLLED(false);

    private final boolean anyOccurrenceConcerns;

    SafetyQuestion(boolean anyOccurrenceConcerns) {
        this.anyOccurrenceConcerns = anyOccurrenceConcerns;
    }

    /** Fear, violence and threats concern at any frequency; insults and control when they are frequent. */
    public boolean concerning(SafetyAnswer answer) {
        return switch (answer) {
            case OFTEN -> true;
            case SOMETIMES -> anyOccurrenceConcerns;
            case NEVER, RATHER_NOT_SAY -> false;
        };
    }
}
