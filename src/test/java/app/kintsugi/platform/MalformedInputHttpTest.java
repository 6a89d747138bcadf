package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;

/** Input no form sends: answered with a clear page and a 4xx, never a server error, and nothing saved. */
class MalformedInputHttpTest extends IntegrationTest {

    @Test
    void aListIndexFarOutOfRangeIsAnUnreadableFormNotAServerError() throws Exception {
        TestPerson ana = people.create("Ana");
        MockHttpServletResponse r = postAs(ana, "/commitments", Map.of("text", "Dinner together", "frequency", "WEEKLY",
                "weekDays[300]", "MONDAY", "visibility", "PRIVATE"));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(text(r)).contains("That form could not be read").contains("nothing was saved");
    }

    @Test
    void nobodySignedInGetsAListOfTheServersEndpoints() throws Exception {
        TestPerson ana = people.create("Ana");
        assertThat(page(ana, "/actuator").getStatus()).isEqualTo(404);
        assertThat(page(ana, "/actuator/health").getStatus()).isEqualTo(200);
    }
}
