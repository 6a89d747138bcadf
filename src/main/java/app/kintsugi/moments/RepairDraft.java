package app.kintsugi.moments;

import java.util.List;

/**
 * One person's part of a repair, as typed: the five steps of going over a talk that went badly.
 *
 * @param feelings    the feelings they name (names of {@link RepairFeeling})
 * @param perception  how they saw it, their reality, without arguing about the other's
 * @param triggers    what from before this touched
 * @param owned       what they own of how it went
 * @param differently one thing they would like to do differently next time
 */
public record RepairDraft(List<String> feelings, String perception, String triggers, String owned, String differently) {

    public RepairDraft {
        feelings = feelings == null ? List.of() : List.copyOf(feelings.stream().filter(f -> f != null).toList());
    }
}
