package nl.werkbank.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentMails;
import nl.werkbank.common.Language;
import nl.werkbank.testing.Mailbox;
import org.junit.jupiter.api.Test;

/** D-5, C-4: the outbox asks its send rules at send time; a refused mail is cancelled with the reason. */
@QuarkusTest
class SendRuleTest {

    @Inject
    Outbox outbox;

    @Inject
    RefusingSendRule rule;

    @Inject
    MockMailbox mailbox;

    @Test
    void aRefusedMailIsCancelledAndTheOthersGo() {
        String refusedAddress = "refused-" + UUID.randomUUID() + "@example.nl";
        String allowedAddress = "allowed-" + UUID.randomUUID() + "@example.nl";
        UUID refusedId = enqueueTo(refusedAddress);
        UUID allowedId = enqueueTo(allowedAddress);
        rule.refuse(refusedId);

        Mailbox.sendAll();

        assertThat(Mailbox.to(mailbox, refusedAddress)).isEmpty();
        assertThat(Mailbox.to(mailbox, allowedAddress)).hasSize(1);
        OutboxMessage refused = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(refusedId));
        assertThat(refused.status).isEqualTo(OutboxMessage.Status.CANCELLED);
        assertThat(refused.lastError).isEqualTo(RefusingSendRule.REASON);
        assertThat(refused.sentAt).isNull();
        OutboxMessage allowed = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(allowedId));
        assertThat(allowed.status).isEqualTo(OutboxMessage.Status.SENT);
    }

    private UUID enqueueTo(String address) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(new Mail(
                        null, address, Language.nl, new AssignmentMails.Approved("Opdracht", UUID.randomUUID()))));
    }
}
