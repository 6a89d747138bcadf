package app.kintsugi.responsibility;

/** A reflection on one's own part: actions and choices, patterns, and the hurt caused or felt. */
public record OwnRoleDraft(String actions, String patterns, String hurt) {

    @Override
    public String toString() {
        return "OwnRoleDraft[<content hidden>]";
    }
}
