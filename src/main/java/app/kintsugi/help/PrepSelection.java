package app.kintsugi.help;

import java.util.List;

/**
 * What a person chose for their session-prep report, exactly as sent: the names of the parts they
 * ticked ({@link PrepSection}), the ids of their own step 0 reflections and own-role reflections,
 * and, optionally, what they want to talk about. Nothing of it is stored.
 */
public record PrepSelection(List<String> include, List<String> reflections, List<String> ownRoles, String talkAbout) {

    public PrepSelection {
        include = include == null ? List.of() : include.stream().filter(java.util.Objects::nonNull).toList();
        reflections = reflections == null ? List.of() : reflections.stream().filter(java.util.Objects::nonNull).toList();
        ownRoles = ownRoles == null ? List.of() : ownRoles.stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public String toString() {
        return "PrepSelection[include=" + include + ", reflections=" + reflections.size() + ", ownRoles=" + ownRoles.size()
                + ", talkAbout=" + (talkAbout == null || talkAbout.isBlank() ? "none" : "<hidden>") + "]";
    }
}
