package nl.werkbank.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** S-5: what is kept of a failed attempt names no address. */
class OutboxSenderTest {

    @Test
    void smtpRepliesLoseTheirAddresses() {
        RuntimeException failure = new RuntimeException(
                "send failed",
                new IllegalStateException(
                        "550 5.1.1 <jan.jansen@example.nl>: Recipient address rejected for kees@x.nl"));

        String described = OutboxSender.describe(failure);

        assertThat(described)
                .startsWith("IllegalStateException: 550 5.1.1")
                .doesNotContain("jan.jansen")
                .doesNotContain("kees@x.nl")
                .contains("<address>");
    }
}
