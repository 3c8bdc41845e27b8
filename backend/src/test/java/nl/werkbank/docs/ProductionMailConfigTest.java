package nl.werkbank.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S-7: what the production profile of application.properties does with mail: STARTTLS to the
 * relay is required, DKIM signing is on with the key from the Secret, and the canonicalization
 * the signature test verifies (MailDeliverySmtpTest) is the one production uses.
 */
class ProductionMailConfigTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Properties properties = new Properties();

    @BeforeAll
    static void read() throws IOException {
        try (Reader reader =
                Files.newBufferedReader(ROOT.resolve("backend/src/main/resources/application.properties"))) {
            properties.load(reader);
        }
    }

    /** The value in production: the %prod one if there is one, else the profile-less one. */
    private static String prod(String key) {
        return properties.getProperty("%prod." + key, properties.getProperty(key));
    }

    @Test
    void productionRequiresStartTlsToTheSmtpServer() {
        assertThat(prod("quarkus.mailer.start-tls")).isEqualTo("REQUIRED");
        assertThat(properties.getProperty("quarkus.mailer.start-tls"))
                .as("only production requires it; tests and dev talk to servers without TLS")
                .isNull();
    }

    @Test
    void productionSignsWithDkimUsingTheKeyOfTheSecret() throws IOException {
        assertThat(prod("quarkus.mailer.dkim.enabled")).isEqualTo("${WERKBANK_DKIM_ENABLED:true}");
        assertThat(prod("quarkus.mailer.dkim.private-key")).startsWith("${WERKBANK_DKIM_PRIVATE_KEY");
        assertThat(prod("quarkus.mailer.dkim.sdid")).startsWith("${WERKBANK_DKIM_DOMAIN");
        assertThat(prod("quarkus.mailer.dkim.header-canon-algo")).isEqualTo("relaxed");
        assertThat(prod("quarkus.mailer.dkim.body-canon-algo")).isEqualTo("relaxed");
        assertThat(prod("quarkus.mailer.dkim.signed-headers").split(","))
                .contains("From", "To", "Subject", "Date", "Message-ID");

        assertThat(Files.readString(ROOT.resolve("deploy/secret.env.example")))
                .as("the key is a secret")
                .containsPattern("(?m)^WERKBANK_DKIM_PRIVATE_KEY=$");
        assertThat(Files.readString(ROOT.resolve("deploy/api-configmap.yaml")))
                .containsPattern("WERKBANK_DKIM_ENABLED: \"true\"")
                .containsPattern("QUARKUS_MAILER_START_TLS: REQUIRED")
                .doesNotContain("WERKBANK_DKIM_PRIVATE_KEY");
    }

    @Test
    void onlyTheLocalStackTurnsStartTlsAndDkimOff() throws IOException {
        assertThat(Files.readString(ROOT.resolve("config/stack.env")))
                .contains("WERKBANK_SMTP_START_TLS=DISABLED")
                .contains("WERKBANK_DKIM_ENABLED=false");
        assertThat(Files.readString(ROOT.resolve("deploy/api-configmap.yaml")))
                .doesNotContain("WERKBANK_SMTP_START_TLS");
    }
}
