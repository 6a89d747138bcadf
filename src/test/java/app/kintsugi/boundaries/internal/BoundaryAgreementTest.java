package app.kintsugi.boundaries.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.account.PersonId;
import app.kintsugi.boundaries.BoundaryStatus;
import app.kintsugi.shared.InvalidInputException;

class BoundaryAgreementTest {

    private final PersonId ana = PersonId.of(UUID.randomUUID().toString());
    private final PersonId ben = PersonId.of(UUID.randomUUID().toString());

    @Test
    void aProposalIsActiveOnlyOnceTheOtherPartnerAgreesToTheSameVersion() {
        BoundaryAgreement a = BoundaryAgreement.proposedBy(ana);
        assertThat(a.status()).isEqualTo(BoundaryStatus.PROPOSED);
        assertThat(a.waitsFor(ben)).isTrue();
        assertThat(a.waitsFor(ana)).isFalse();
        refused(() -> a.agree(ana, 1), "boundary.agree.own");
        refused(() -> a.agree(ben, 2), "boundary.agree.changed");
        BoundaryAgreement agreed = a.agree(ben, 1);
        assertThat(agreed.status()).isEqualTo(BoundaryStatus.ACTIVE);
        assertThat(agreed.agreed()).isEqualTo(1);
        assertThat(agreed.pending()).isZero();
        refused(() -> agreed.agree(ben, 1), "boundary.agree.nothingPending");
    }

    @Test
    void aCounterProposalWaitsForTheOtherPersonAndTheFirstWordsAreNoLongerAgreeable() {
        BoundaryAgreement counter = BoundaryAgreement.proposedBy(ana).proposeChange(ben, 2);
        assertThat(counter.status()).isEqualTo(BoundaryStatus.PROPOSED);
        assertThat(counter.waitsFor(ana)).isTrue();
        refused(() -> counter.agree(ben, 2), "boundary.agree.own");
        refused(() -> counter.agree(ana, 1), "boundary.agree.changed");
        assertThat(counter.agree(ana, 2).agreed()).isEqualTo(2);
    }

    @Test
    void aChangeToAnAgreedBoundaryLeavesTheAgreedVersionInForceUntilItIsAgreed() {
        BoundaryAgreement active = BoundaryAgreement.proposedBy(ana).agree(ben, 1);
        BoundaryAgreement changing = active.proposeChange(ben, 2);
        assertThat(changing.status()).isEqualTo(BoundaryStatus.ACTIVE);
        assertThat(changing.agreed()).isEqualTo(1);
        assertThat(changing.pending()).isEqualTo(2);
        assertThat(changing.waitsFor(ana)).isTrue();
        assertThat(changing.agree(ana, 2).agreed()).isEqualTo(2);
        BoundaryAgreement withdrawn = changing.withdrawPending(ben);
        assertThat(withdrawn.status()).as("taking back a change keeps the agreement").isEqualTo(BoundaryStatus.ACTIVE);
        assertThat(withdrawn.agreed()).isEqualTo(1);
    }

    @Test
    void askingToTalkIsForThePersonAProposalWaitsForAndIsClearedByANewProposal() {
        BoundaryAgreement a = BoundaryAgreement.proposedBy(ana);
        refused(() -> a.askToTalk(ana), "boundary.talk.own");
        BoundaryAgreement talk = a.askToTalk(ben);
        assertThat(talk.status()).isEqualTo(BoundaryStatus.TALK);
        refused(() -> talk.askToTalk(ben), "boundary.talk.already");
        assertThat(talk.proposeChange(ana, 2).talkBy()).isNull();
        assertThat(talk.agree(ben, 1).status()).as("agreeing after talking").isEqualTo(BoundaryStatus.ACTIVE);
        refused(() -> talk.agree(ben, 1).askToTalk(ben), "boundary.talk.nothingPending");
    }

    @Test
    void eitherPartnerCanAskToRevisitAnAgreedBoundaryAndOnlyTheAskerCanLetItStay() {
        refused(() -> BoundaryAgreement.proposedBy(ana).askToRevisit(ben), "boundary.revisit.notActive");
        BoundaryAgreement active = BoundaryAgreement.proposedBy(ana).agree(ben, 1);
        BoundaryAgreement revisit = active.askToRevisit(ana);
        assertThat(revisit.revisitBy()).isEqualTo(ana);
        refused(() -> revisit.askToRevisit(ben), "boundary.revisit.already");
        refused(() -> revisit.withdrawRevisit(ben), "boundary.revisit.notYours");
        assertThat(revisit.withdrawRevisit(ana).revisitBy()).isNull();
        BoundaryAgreement changed = revisit.proposeChange(ben, 2);
        assertThat(changed.revisitBy()).as("still being revisited while the change waits").isEqualTo(ana);
        assertThat(changed.agree(ana, 2).revisitBy()).as("an agreed change ends the revisit").isNull();
    }

    @Test
    void aProposalNeverAgreedAndTakenBackIsWithdrawnAndTakesNothingMore() {
        BoundaryAgreement a = BoundaryAgreement.proposedBy(ana);
        refused(() -> a.withdrawPending(ben), "boundary.withdraw.notYours");
        BoundaryAgreement gone = a.withdrawPending(ana);
        assertThat(gone.status()).isEqualTo(BoundaryStatus.WITHDRAWN);
        refused(() -> gone.agree(ben, 1), "boundary.withdrawn");
        refused(() -> gone.proposeChange(ben, 2), "boundary.withdrawn");
        refused(gone::requireActiveForCrossing, "boundary.crossed.notActive");
    }

    @Test
    void onlyAnAgreedBoundaryCanBeCrossed() {
        refused(BoundaryAgreement.proposedBy(ana)::requireActiveForCrossing, "boundary.crossed.notActive");
        BoundaryAgreement.proposedBy(ana).agree(ben, 1).requireActiveForCrossing();
    }

    private static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get("entry").code()).isEqualTo(code));
    }
}
