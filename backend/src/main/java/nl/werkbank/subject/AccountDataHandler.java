package nl.werkbank.subject;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The login data of a subject: identity-provider subject, name and e-mail. */
@ApplicationScoped
public class AccountDataHandler implements PersonalDataHandler {

    private final AccountRepository accounts;

    AccountDataHandler(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The export shape of an account. */
    public record AccountExport(String identityProviderSubject, String name, String email, Instant createdAt) {}

    @Override
    public String category() {
        return "account";
    }

    @Override
    public Set<String> tables() {
        return Set.of("account");
    }

    @Override
    public Object export(UUID subjectId) {
        return accounts.findByIdOptional(subjectId)
                .map(a -> new AccountExport(a.oidcSubject, a.displayName, a.email, a.createdAt))
                .orElse(null);
    }

    @Override
    public Set<String> mailAddresses(UUID subjectId) {
        return accounts.findByIdOptional(subjectId)
                .map(a -> a.email)
                .map(Set::of)
                .orElse(Set.of());
    }

    @Override
    public void erase(UUID subjectId) {
        accounts.deleteById(subjectId);
    }
}
