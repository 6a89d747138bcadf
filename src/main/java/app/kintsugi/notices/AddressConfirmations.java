package app.kintsugi.notices;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.kintsugi.account.AddressConfirmed;
import app.kintsugi.account.Accounts;

/**
 * An account created through the link mailed to its address has that address confirmed for mail at
 * once. Runs inside the transaction that creates the account, so both happen or neither does.
 */
@Component
@RequiredArgsConstructor
class AddressConfirmations {

    private final Notices notices;
    private final Accounts accounts;

    @EventListener
    void on(AddressConfirmed event) {
        accounts.find(event.person()).ifPresent(person -> notices.markConfirmed(person.id(), person.email()));
    }
}
