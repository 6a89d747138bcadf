package app.kintsugi.couple.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InvitationCodesTest {

    @Test
    void codesAreTwelveUnambiguousCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = InvitationCodes.generate();
            assertThat(code).hasSize(12).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]+");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void typedCodesAreNormalised() {
        String code = "ABCDEFGHJKMN";
        assertThat(InvitationCodes.normalize("abcd-efgh-jkmn")).isEqualTo(code);
        assertThat(InvitationCodes.normalize(" ABCD EFGH JKMN ")).isEqualTo(code);
        assertThat(InvitationCodes.display(code)).isEqualTo("ABCD-EFGH-JKMN");
        assertThat(InvitationCodes.normalize("ABCD-EFGH-JKM0")).isNull();
        assertThat(InvitationCodes.normalize("short")).isNull();
        assertThat(InvitationCodes.normalize(null)).isNull();
        assertThat(InvitationCodes.normalize("<script>alert(1)</script>")).isNull();
    }

    @Test
    void onlyTheHashIsStoredAndItIsStable() {
        assertThat(InvitationCodes.hash("ABCDEFGHJKMN")).hasSize(64).isEqualTo(InvitationCodes.hash("ABCDEFGHJKMN"))
                .doesNotContain("ABCDEFGHJKMN");
    }
}
