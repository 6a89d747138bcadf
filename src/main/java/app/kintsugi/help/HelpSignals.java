package app.kintsugi.help;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.checkin.CheckInSignals;

/**
 * A person's own signals that outside help is advised, with a next step for each. There is
 * deliberately no way to ask for anyone else's: the partner is never shown them and never told.
 */
@Service
@RequiredArgsConstructor
public class HelpSignals {

    private final CheckInSignals signals;

    public HelpAdvice advice(PersonId person) {
        return HelpAdvice.of(signals.of(person));
    }
}
