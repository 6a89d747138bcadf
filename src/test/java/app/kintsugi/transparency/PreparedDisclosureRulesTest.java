package app.kintsugi.transparency;

import static app.kintsugi.transparency.PreparedDisclosureStatus.DRAFT;
import static app.kintsugi.transparency.PreparedDisclosureStatus.GIVEN;
import static app.kintsugi.transparency.PreparedDisclosureStatus.PLANNED;
import static app.kintsugi.transparency.PreparedDisclosureStatus.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.kintsugi.transparency.PreparedDisclosureRules.PartnerSees;

class PreparedDisclosureRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-12T10:00:00Z");

    @Test
    void thePartnerSeesNothingOfADraftOnlyTheMeetingOnceATimeIsProposedAndEverythingOnceGiven() {
        assertThat(PreparedDisclosureRules.partnerSees(DRAFT)).isEqualTo(PartnerSees.NOTHING);
        assertThat(PreparedDisclosureRules.partnerSees(PROPOSED)).isEqualTo(PartnerSees.MEETING);
        assertThat(PreparedDisclosureRules.partnerSees(PLANNED)).isEqualTo(PartnerSees.MEETING);
        assertThat(PreparedDisclosureRules.partnerSees(GIVEN)).isEqualTo(PartnerSees.EVERYTHING);
    }

    @Test
    void draftToProposedToPlannedToGiven() {
        // Draft: only the author writes and proposes; nothing can be accepted, given, marked or added.
        assertThat(PreparedDisclosureRules.canEdit(DRAFT)).isTrue();
        assertThat(PreparedDisclosureRules.mayPropose(DRAFT, true)).isTrue();
        assertThat(PreparedDisclosureRules.mayPropose(DRAFT, false)).as("nothing exists for the partner yet").isFalse();
        assertThat(PreparedDisclosureRules.mayAccept(DRAFT, false)).isFalse();
        assertThat(PreparedDisclosureRules.mayGive(DRAFT, true)).isFalse();
        // Proposed: the other one accepts, either may propose another time, it can still be rewritten.
        assertThat(PreparedDisclosureRules.mayAccept(PROPOSED, false)).isTrue();
        assertThat(PreparedDisclosureRules.mayAccept(PROPOSED, true)).as("not one's own proposal").isFalse();
        assertThat(PreparedDisclosureRules.mayPropose(PROPOSED, false)).isTrue();
        assertThat(PreparedDisclosureRules.mayGive(PROPOSED, true)).as("not before both agreed").isFalse();
        assertThat(PreparedDisclosureRules.canEdit(PROPOSED)).isTrue();
        // Planned: the author gives it; the partner does not.
        assertThat(PreparedDisclosureRules.mayGive(PLANNED, true)).isTrue();
        assertThat(PreparedDisclosureRules.mayGive(PLANNED, false)).isFalse();
        assertThat(PreparedDisclosureRules.mayAccept(PLANNED, false)).isFalse();
        assertThat(PreparedDisclosureRules.mayPropose(PLANNED, false)).isTrue();
        // Given: fixed; the partner marks, the author adds.
        assertThat(PreparedDisclosureRules.canEdit(GIVEN)).isFalse();
        assertThat(PreparedDisclosureRules.mayPropose(GIVEN, true)).isFalse();
        assertThat(PreparedDisclosureRules.mayGive(GIVEN, true)).isFalse();
        assertThat(PreparedDisclosureRules.mayMark(GIVEN, false)).isTrue();
        assertThat(PreparedDisclosureRules.mayMark(GIVEN, true)).isFalse();
        assertThat(PreparedDisclosureRules.mayMark(PLANNED, false)).isFalse();
        assertThat(PreparedDisclosureRules.mayAdd(GIVEN, true)).isTrue();
        assertThat(PreparedDisclosureRules.mayAdd(GIVEN, false)).isFalse();
        assertThat(PreparedDisclosureRules.mayAdd(PLANNED, true)).as("before it is given, the parts change instead").isFalse();
    }

    @Test
    void itIsGivenWholeEveryPartHasWords() {
        Map<DisclosurePart, String> parts = new EnumMap<>(DisclosurePart.class);
        parts.put(DisclosurePart.TIMELINE, "From March to June.");
        parts.put(DisclosurePart.HIDDEN, "A second phone.");
        parts.put(DisclosurePart.WHO_KNOWS, "My brother.");
        assertThat(PreparedDisclosureRules.incomplete(parts)).contains("preparedDisclosure.give.incomplete");
        parts.put(DisclosurePart.CONTACT_NOW, "   ");
        assertThat(PreparedDisclosureRules.incomplete(parts)).isPresent();
        parts.put(DisclosurePart.CONTACT_NOW, "None since June.");
        assertThat(PreparedDisclosureRules.incomplete(parts)).isEmpty();
    }

    @Test
    void aTimeIsStillToComeAndWithinNinetyDays() {
        assertThat(PreparedDisclosureRules.timeProblem(NOW.minusSeconds(60), NOW)).contains("preparedDisclosure.meet.past");
        assertThat(PreparedDisclosureRules.timeProblem(NOW.plus(Duration.ofDays(1)), NOW)).isEmpty();
        assertThat(PreparedDisclosureRules.timeProblem(NOW.plus(Duration.ofDays(90)), NOW)).isEmpty();
        assertThat(PreparedDisclosureRules.timeProblem(NOW.plus(Duration.ofDays(91)), NOW)).contains("preparedDisclosure.meet.tooFar");
    }

    @Test
    void partsAreNamedTheSameInAddressesFormsAndCiphertexts() {
        assertThat(DisclosurePart.parse("who-knows")).contains(DisclosurePart.WHO_KNOWS);
        assertThat(DisclosurePart.parse("CONTACT_NOW")).contains(DisclosurePart.CONTACT_NOW);
        assertThat(DisclosurePart.parse("nothing")).isEmpty();
        assertThat(DisclosurePart.parse(null)).isEmpty();
        assertThat(DisclosurePart.WHO_KNOWS.kind()).isEqualTo("prepared-disclosure-who-knows");
    }
}
