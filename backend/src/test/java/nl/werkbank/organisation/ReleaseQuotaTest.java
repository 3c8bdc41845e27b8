package nl.werkbank.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.testing.Actors;
import nl.werkbank.testing.Actors.Client;
import nl.werkbank.testing.Actors.Professional;
import nl.werkbank.testing.Mailbox;
import org.junit.jupiter.api.Test;

/** O-2: a per-organisation daily quota on contact and CV releases; reaching it alerts the admins. */
@QuarkusTest
class ReleaseQuotaTest {

    @Inject
    WerkbankConfig config;

    @Inject
    MockMailbox mailbox;

    @Test
    void theReleasePastTheQuotaIsRefusedAndAdminsAreAlertedOnce() {
        int quota = config.organisations().dailyReleaseQuota();
        Client harvester = Actors.clientOf("Harry Harvest", "Oogst BV", true);
        List<Professional> professionals = IntStream.range(0, quota + 1)
                .mapToObj(i -> Actors.professionalWithProfile("Profiel " + i, "MEMBERS", true))
                .toList();
        List<String> profiles =
                professionals.stream().map(Professional::profileId).toList();
        for (int i = 0; i < quota; i++) {
            String path = i % 2 == 0 ? "/contact" : "/cv";
            int status = i % 2 == 0
                    ? harvester
                            .spec()
                            .post("/api/v1/profiles/" + profiles.get(i) + path)
                            .statusCode()
                    : harvester
                            .spec()
                            .get("/api/v1/profiles/" + profiles.get(i) + path)
                            .statusCode();
            assertThat(status).as("release " + (i + 1)).isEqualTo(200);
        }
        var refused = harvester.spec().post("/api/v1/profiles/" + profiles.get(quota) + "/contact");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 86_400L);
        assertThat(harvester
                        .spec()
                        .get("/api/v1/profiles/" + profiles.get(quota) + "/cv")
                        .statusCode())
                .isEqualTo(429);

        professionals.get(quota).spec().get("/api/v1/me/disclosures").then().body("items", hasSize(0));

        Mailbox.sendAll();
        List<Mail> alerts = Mailbox.to(mailbox, config.adminAlertAddress()).stream()
                .filter(mail -> mail.getText().contains(harvester.organisationId()))
                .toList();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).getSubject()).contains(harvester.organisationId());

        Client other = Actors.clientOf("Olga Ander", "Ander BV", true);
        assertThat(other.spec()
                        .post("/api/v1/profiles/" + profiles.get(quota) + "/contact")
                        .statusCode())
                .isEqualTo(200);
    }
}
