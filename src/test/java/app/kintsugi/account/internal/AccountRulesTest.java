package app.kintsugi.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.Validation;

class AccountRulesTest {

    private static final CommonPasswords COMMON = CommonPasswords.load();
    private final AccountRules rules = new AccountRules(COMMON);

    @Test
    void shipsTenThousandCommonPasswordsEachLongEnoughToBeAllowedOtherwise() throws Exception {
        // ASVS 6.2.4: at least the top 3,000 that fit the policy; a shorter one is refused by its length anyway.
        assertThat(COMMON.size()).isGreaterThan(10_000);
        try (var in = CommonPasswords.class.getResourceAsStream("/common-passwords.txt")) {
            var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines).allMatch(l -> l.codePointCount(0, l.length()) >= AccountRules.PASSWORD_MIN);
        }
        assertThat(COMMON.contains("11234567")).as("from the second source").isTrue();
        assertThat(COMMON.contains("password")).isTrue();
        assertThat(COMMON.contains("PassWord")).isTrue();
        assertThat(COMMON.contains("a quiet harbour at dawn")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "iloveyou", "Qwertyuiop", "baseball"})
    void refusesCommonPasswords(String password) {
        assertThat(errorFor(password)).isEqualTo("account.password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "1234567"})
    void refusesPasswordsUnderEightCharacters(String password) {
        assertThat(errorFor(password)).isEqualTo("account.password.tooShort");
    }

    @Test
    void acceptsLongPasswordsWithoutCompositionRules() {
        assertThat(errorFor("all lowercase words only")).isNull();
        assertThat(errorFor("x".repeat(64) + "tail")).isNull();
        assertThat(errorFor("ñandú 🌿 Straße")).isNull();
        assertThat(errorFor("p".repeat(257))).isEqualTo("account.password.tooLong");
    }

    @Test
    void countsCharactersNotBytesAndNormalisesUnicode() {
        // Eight emoji are eight characters (sixteen UTF-16 units): long enough.
        assertThat(errorFor("🌿🌿🌿🌿🌿🌿🌿🌿")).isNull();
        // "ﬁ" (one ligature) and "fi" are the same password after NFKC.
        assertThat(AccountRules.normalizePassword("ﬁsh and chips")).isEqualTo("fish and chips");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "no@dot", "two@@example.org", "with space@example.org", "@example.org"})
    void refusesMalformedEmails(String email) {
        Validation v = new Validation();
        rules.checkEmail(v, email);
        assertThat(v.hasErrors()).isTrue();
    }

    @Test
    void normalisesEmails() {
        assertThat(AccountRules.normalizeEmail("  Ana@Example.ORG ")).isEqualTo("ana@example.org");
    }

    @Test
    void displayNamesAreRequiredShortAndPrintable() {
        assertThat(nameError("")).isEqualTo("account.displayName.required");
        assertThat(nameError("   ")).isEqualTo("account.displayName.required");
        assertThat(nameError("a".repeat(61))).isEqualTo("account.displayName.tooLong");
        assertThat(nameError("Ana\u0000")).isEqualTo("account.displayName.invalid");
        assertThat(nameError("José María 🌿")).isNull();
    }

    @Test
    void aNewPasswordIsJudgedByTheSameRulesUnderItsOwnNameAndMustBeTypedTheSameTwice() {
        Validation v = new Validation();
        rules.checkPassword(v, "newPassword", "short", "someone@example.org");
        assertThat(code(v, "newPassword")).isEqualTo("account.password.tooShort");
        Validation same = new Validation();
        rules.checkPassword(same, "newPassword", "Someone@Example.org", "someone@example.org");
        assertThat(code(same, "newPassword")).isEqualTo("account.password.sameAsEmail");
        Validation fine = new Validation();
        rules.checkPassword(fine, "newPassword", "a lantern by the old bridge", "someone@example.org");
        rules.checkRepeated(fine, "repeatPassword", "a lantern by the old bridge", "a lantern by the old bridge");
        assertThat(code(fine, "newPassword")).isNull();
        Validation typo = new Validation();
        rules.checkRepeated(typo, "repeatPassword", "a lantern by the old bridge", "a lantern by the old brigde");
        assertThat(code(typo, "repeatPassword")).isEqualTo("password.repeat.different");
        Validation widths = new Validation();
        // The same password typed on two keyboards (full-width and plain letters) is the same password.
        rules.checkRepeated(widths, "repeatPassword", "ｌａｎｔｅｒｎ by the bridge", "lantern by the bridge");
        assertThat(code(widths, "repeatPassword")).isNull();
    }

    @Test
    void refusesTheFirstGuessesOfSomeoneWhoKnowsThePerson() {
        assertThat(errorFor("my kintsugi password")).isEqualTo("account.password.appName");
        assertThat(errorFor("KINTSUGI forever and ever")).isEqualTo("account.password.appName");
        // someone@example.org: the name and the domain are guessed first.
        assertThat(errorFor("hello someone how are you")).isEqualTo("account.password.containsEmail");
        assertThat(errorFor("my Example account is here")).isEqualTo("account.password.containsEmail");
        assertThat(AccountRules.containsPartOf("ana and the sea", "ana@me.org")).as("pieces too short to refuse").isFalse();
        assertThat(errorFor("a quiet harbour at dawn")).isNull();
    }

    private String errorFor(String password) {
        Validation v = new Validation();
        rules.checkPassword(v, password, "someone@example.org");
        return code(v, "password");
    }

    private String nameError(String name) {
        Validation v = new Validation();
        rules.checkDisplayName(v, name);
        return code(v, "displayName");
    }

    private static String code(Validation v, String field) {
        try {
            v.throwIfInvalid();
            return null;
        } catch (InvalidInputException e) {
            return e.errors().get(field).code();
        }
    }
}
