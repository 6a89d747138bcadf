package app.kintsugi.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of counselor codes, the operator's decisions and where an invitation stands. */
class CounselorRulesTest {

    @RepeatedTest(20)
    void codesUseOnlyTheAlphabetWithoutLookAlikesAndReadInTwoGroups() {
        String code = CounselorCodes.generate();
        assertThat(code).hasSize(8).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}");
        assertThat(CounselorCodes.display(code)).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(CounselorCodes.normalize(CounselorCodes.display(code).toLowerCase())).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abcd-2345|ABCD2345", " ABCD 2345 |ABCD2345", "abcd2345|ABCD2345"})
    void aCodeIsReadHoweverItWasTyped(String typed, String expected) {
        assertThat(CounselorCodes.normalize(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ABCD-234", "ABCD-23456", "ABCD-2O45", "ABCD-2I45", "someone@example.org", "'<script>'"})
    void whatCannotBeACodeIsNone(String typed) {
        assertThat(CounselorCodes.normalize(typed)).isNull();
    }

    @Test
    void nothingTypedIsNoCode() {
        assertThat(CounselorCodes.normalize(null)).isNull();
        assertThat(CounselorCodes.normalize("")).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "PENDING,APPROVED,true", "PENDING,DECLINED,true", "PENDING,WITHDRAWN,false",
            "APPROVED,APPROVED,false", "APPROVED,DECLINED,false", "APPROVED,WITHDRAWN,true",
            "DECLINED,APPROVED,true", "DECLINED,DECLINED,false", "DECLINED,WITHDRAWN,false",
            "WITHDRAWN,APPROVED,true", "WITHDRAWN,WITHDRAWN,false", "WITHDRAWN,DECLINED,false",
            "APPROVED,PENDING,false", "PENDING,PENDING,false"})
    void theOperatorsDecisions(CounselorStatus from, CounselorStatus to, boolean allowed) {
        assertThat(Counselors.allowed(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({
            "true,false,false,WAITING_FOR_ME", "true,false,true,WAITING_FOR_ME", "true,true,false,WAITING_FOR_PARTNER",
            "true,true,true,ACTIVE", "false,true,true,UNAVAILABLE", "false,false,true,UNAVAILABLE"})
    void whereAnInvitationStands(boolean approved, boolean iAgreed, boolean partnerAgreed, LinkState expected) {
        assertThat(LinkState.of(approved, iAgreed, partnerAgreed)).isEqualTo(expected);
    }

    @RepeatedTest(10)
    void aFirstPasswordIsLongAndEasyToReadOut() {
        assertThat(Counselors.firstPassword()).matches("[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}");
    }
}
