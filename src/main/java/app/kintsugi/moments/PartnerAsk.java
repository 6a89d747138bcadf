package app.kintsugi.moments;

import java.time.LocalDate;
import java.util.UUID;

/** What the partner asked for on a date they find hard, shown in the days before it: only the ask, never why. */
public record PartnerAsk(UUID id, String partnerName, LocalDate day, String ask) {
}
