package nl.werkbank.subject;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import nl.werkbank.common.Language;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountDataHandlerTest {

    @Inject
    SubjectService subjects;

    @Inject
    AccountDataHandler handler;

    @Inject
    EntityManager entityManager;

    @Test
    void exportsWhatTheAccountHolds() {
        String oidc = "kc-" + UUID.randomUUID();
        UUID subjectId = subjects.registerAccount(new NewAccount(oidc, "Cora Bakker", "cora@example.nl", Language.en));

        Object export = QuarkusTransaction.requiringNew().call(() -> handler.export(subjectId));

        assertThat(export).isInstanceOfSatisfying(AccountDataHandler.AccountExport.class, account -> {
            assertThat(account.identityProviderSubject()).isEqualTo(oidc);
            assertThat(account.name()).isEqualTo("Cora Bakker");
            assertThat(account.email()).isEqualTo("cora@example.nl");
        });
    }

    @Test
    void erasureRemovesTheAccountRow() {
        String oidc = "kc-" + UUID.randomUUID();
        UUID subjectId = subjects.registerAccount(new NewAccount(oidc, "Bram Smit", "bram@example.nl", Language.nl));

        QuarkusTransaction.requiringNew().run(() -> handler.erase(subjectId));

        long left = ((Number) entityManager
                        .createNativeQuery(
                                "SELECT count(*) FROM account WHERE subject_id = :id OR oidc_subject = :oidc OR email = 'bram@example.nl'")
                        .setParameter("id", subjectId)
                        .setParameter("oidc", oidc)
                        .getSingleResult())
                .longValue();
        assertThat(left).isZero();
    }

    @Test
    void registeringTwiceKeepsTheFirstAccount() {
        String oidc = "kc-" + UUID.randomUUID();
        UUID first = subjects.registerAccount(new NewAccount(oidc, "Anna de Boer", null, Language.en));
        UUID second = subjects.registerAccount(new NewAccount(oidc, "Someone Else", null, Language.nl));
        assertThat(second).isEqualTo(first);
    }
}
