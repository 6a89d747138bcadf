package app.kintsugi.trust;

import java.util.List;

/**
 * A commitment as typed: every field a string so each bad one gets its own message. Days are
 * {@code yyyy-MM-dd}; {@code weekDays} are names such as {@code MONDAY}; {@code kind} is one of
 * {@link ScheduleKind}; {@code visibility} is {@code PRIVATE} or {@code PARTNER}.
 */
public record CommitmentDraft(String text, String kind, List<String> weekDays, String start, String end, String visibility) {
}
