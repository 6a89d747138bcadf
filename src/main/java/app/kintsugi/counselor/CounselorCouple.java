package app.kintsugi.counselor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A couple on a counselor's list. Until both partners agree, only the names of those who already
 * agreed are shown, and nothing else.
 *
 * @param names the names of the partners who agreed
 */
public record CounselorCouple(UUID linkId, boolean active, List<String> names, Instant since) {
}
