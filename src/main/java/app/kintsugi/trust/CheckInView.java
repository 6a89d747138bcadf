package app.kintsugi.trust;

import java.time.LocalDate;
import java.util.Optional;

/** A reported check-in with the partner's answer, as one of the two sees it. */
public record CheckInView(LocalDate day, Outcome outcome, Optional<String> note, Optional<Confirmation> confirmation,
        Optional<String> confirmNote, long version) {

    public boolean disputed() {
        return confirmation.filter(c -> c == Confirmation.DISPUTED).isPresent();
    }
}
