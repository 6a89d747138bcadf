package app.kintsugi.moments;

import java.util.List;

/**
 * A logged hard moment as a person typed it.
 *
 * @param happenedAt when, as a local date and time ("2026-12-05T21:30") in the person's zone; blank: now
 * @param strength   how strong, "0" to "10"
 * @param what       what set it off, a free line
 * @param tags       new tags, separated by commas
 * @param chosenTags tags the person used before and ticked
 * @param did        what they did
 * @param helped     what helped
 */
public record MomentDraft(String happenedAt, String strength, String what, String tags, List<String> chosenTags, String did,
        String helped) {

    public MomentDraft {
        chosenTags = chosenTags == null ? List.of() : List.copyOf(chosenTags.stream().filter(t -> t != null).toList());
    }
}
