package app.kintsugi.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.shared.InvalidInputException;

class CoupleHttpTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("id=\"invitation-code\">([A-Z0-9-]{14})<");

    @Autowired
    Couples couples;

    @Test
    void startInviteJoinChooseRolesAndSeeEachOther() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        String code = start(ana, "HURT_PARTNER");

        mvc.perform(get("/join/" + code).with(user(ben.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ana has invited you")));
        mvc.perform(post("/join").with(csrf()).with(user(ben.principal()))
                        .param("code", code.toLowerCase().replace("-", " ")).param("role", "BROKE_TRUST"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/welcome?joined=1"));

        mvc.perform(get("/space").with(user(ana.principal())))
                .andExpect(content().string(Matchers.containsString("You share this space with Ben")))
                .andExpect(content().string(Matchers.containsString("In this program, Ben is the partner who broke trust.")));
        mvc.perform(get("/space").with(user(ben.principal())))
                .andExpect(content().string(Matchers.containsString("You share this space with Ana")));
        assertThat(couples.areActivePartners(couples.activeCoupleOf(ana.id()).orElseThrow(), ana.id(), ben.id())).isTrue();
    }

    @Test
    void anInvitationWorksOnceOnly() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        TestPerson cleo = people.create("Cleo");
        String code = start(ana, "BOTH");
        join(ben, code, "BOTH").andExpect(status().is3xxRedirection());
        join(cleo, code, "BOTH")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This code doesn’t work any more")))
                .andExpect(content().string(Matchers.containsString("value=\"" + code + "\"")));
        assertThat(couples.current(cleo.id())).isEmpty();
    }

    @Test
    void anInvitationExpiresAfterSeventyTwoHours() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        String code = start(ana, "HURT_PARTNER");
        clock.advance(Duration.ofHours(72).plusSeconds(1));
        join(ben, code, "BROKE_TRUST")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This code doesn’t work any more")));
        mvc.perform(get("/join/" + code).with(user(ben.principal())))
                .andExpect(content().string(Matchers.containsString("This code doesn’t work any more")));
    }

    @Test
    void aRevokedOrReplacedInvitationNoLongerWorks() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        String first = start(ana, "HURT_PARTNER");
        String second = codeFrom(mvc.perform(post("/space/invitation").with(csrf()).with(user(ana.principal())))
                .andReturn().getResponse().getContentAsString());
        assertThat(second).isNotEqualTo(first);
        join(ben, first, "BROKE_TRUST").andExpect(content().string(Matchers.containsString("This code doesn’t work")));

        mvc.perform(post("/space/invitation/revoke").with(csrf()).with(user(ana.principal())))
                .andExpect(redirectedUrl("/space?revoked"));
        join(ben, second, "BROKE_TRUST").andExpect(content().string(Matchers.containsString("This code doesn’t work")));
    }

    @Test
    void badCodesAndMissingRolesGetClearMessages() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        String code = start(ana, "HURT_PARTNER");
        join(ana, code, "BOTH").andExpect(content().string(Matchers.containsString("This is your own invitation")));
        join(ben, "<script>alert(1)</script>", "BOTH")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This code doesn’t work any more")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)"))));
        join(ben, code, "")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please choose the description that fits you best")));
        mvc.perform(post("/space/start").with(csrf()).with(user(people.create("Dee").principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please choose the description that fits you best")));
        mvc.perform(get("/join/not-a-code").with(user(ben.principal()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This code doesn’t work any more")));
    }

    @Test
    void joiningClosesASpaceNobodyJoinedButNotOneWithAPartner() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        TestPerson cleo = people.create("Cleo");
        String anasCode = start(ana, "HURT_PARTNER");
        String bensCode = start(ben, "BROKE_TRUST");
        join(ben, anasCode, "BROKE_TRUST").andExpect(status().is3xxRedirection());
        assertThat(couples.current(ben.id()).orElseThrow().partner()).isPresent();
        // Ben's own, empty space is closed: his old code works no more.
        join(cleo, bensCode, "BOTH").andExpect(content().string(Matchers.containsString("This code doesn’t work")));

        String cleosCode = start(cleo, "BOTH");
        join(ben, cleosCode, "BOTH").andExpect(content().string(
                Matchers.containsString("You already share a space with someone")));
    }

    @Test
    void leavingEndsTheSpaceForBothAndKeepsEveryonesData() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        join(ben, start(ana, "HURT_PARTNER"), "BROKE_TRUST");
        mvc.perform(get("/space/leave").with(user(ben.principal())))
                .andExpect(content().string(Matchers.containsString("Leaving ends the shared space for both of you")));
        mvc.perform(post("/space/leave").with(csrf()).with(user(ben.principal())))
                .andExpect(redirectedUrl("/space?left"));
        assertThat(couples.current(ana.id())).isEmpty();
        assertThat(couples.current(ben.id())).isEmpty();
        // Both can start again.
        assertThat(start(ana, "HURT_PARTNER")).isNotBlank();
    }

    @Test
    void concurrentJoinsWithOneCodeLetExactlyOnePersonIn() throws Exception {
        TestPerson ana = people.create("Ana");
        String code = couples.start(ana.id(), Role.HURT_PARTNER).code();
        List<TestPerson> joiners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            joiners.add(people.create("J" + i));
        }
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (TestPerson p : joiners) {
            attempts.add(() -> {
                try {
                    couples.join(p.id(), code, Role.BOTH);
                    return true;
                } catch (InvalidInputException e) {
                    return false;
                }
            });
        }
        int successes = 0;
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                if (f.get()) {
                    successes++;
                }
            }
        }
        assertThat(successes).isEqualTo(1);
        assertThat(couples.current(ana.id()).orElseThrow().partner()).isPresent();
    }

    @Test
    void roleChoicesAreRequiredAndChangeable() {
        TestPerson ana = people.create("Ana");
        assertThatThrownBy(() -> couples.start(ana.id(), null)).isInstanceOf(InvalidInputException.class);
        couples.start(ana.id(), Role.HURT_PARTNER);
        couples.chooseRole(ana.id(), Role.BOTH);
        assertThat(couples.current(ana.id()).orElseThrow().me().role()).isEqualTo(Role.BOTH);
    }

    private String start(TestPerson person, String role) throws Exception {
        String page = mvc.perform(post("/space/start").with(csrf()).with(user(person.principal())).param("role", role))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return codeFrom(page);
    }

    private org.springframework.test.web.servlet.ResultActions join(TestPerson person, String code, String role)
            throws Exception {
        return mvc.perform(post("/join").with(csrf()).with(user(person.principal())).param("code", code).param("role", role));
    }

    private static String codeFrom(String page) {
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).as("invitation code on page").isTrue();
        return m.group(1);
    }
}
