package nl.werkbank.subject;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Language;
import nl.werkbank.common.Role;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;

/** The subject registry: finds or creates the subject behind a login and keeps it current. */
@ApplicationScoped
public class SubjectService {

    private final AccountRepository accounts;
    private final SubjectRepository subjects;
    private final Clock clock;
    private final WerkbankConfig config;
    private final List<PersonalDataHandler> handlers;

    SubjectService(
            AccountRepository accounts,
            SubjectRepository subjects,
            Clock clock,
            WerkbankConfig config,
            @All List<PersonalDataHandler> handlers) {
        this.accounts = accounts;
        this.subjects = subjects;
        this.clock = clock;
        this.config = config;
        this.handlers = handlers;
    }

    /**
     * The caller's account, created on their first call. Name and e-mail follow the identity
     * provider; a new login at the provider counts as meaningful contact (T-2).
     */
    @Transactional
    public Me me(Caller caller) {
        Account account = accountOf(caller.identity());
        caller.identity().authenticatedAt().ifPresent(account.subject::recordMeaningfulContact);
        return toMe(account, caller);
    }

    @Transactional
    public Me updatePreferences(Caller caller, MePreferences preferences) {
        Account account = accountOf(caller.identity());
        account.subject.language = preferences.language();
        account.subject.recordMeaningfulContact(clock.instant());
        return toMe(account, caller);
    }

    /** The subject behind the caller's login, created on first use like {@link #me}. */
    @Transactional
    public UUID subjectOf(Caller.Identity identity) {
        return accountOf(identity).subjectId;
    }

    /** The language an account holder chose, without creating the account; for the caller's language. */
    @Transactional
    public Optional<Language> preferredLanguage(String oidcSubject) {
        return accounts.findByOidcSubject(oidcSubject).map(account -> account.subject.language);
    }

    /** T-2: the subject did something that shows they still use the platform. */
    @Transactional
    public void recordMeaningfulContact(UUID subjectId) {
        Subject subject = subjects.findById(subjectId);
        if (subject != null) {
            subject.recordMeaningfulContact(clock.instant());
        }
    }

    /** Whether we still hold the subject (an erased one is gone). */
    @Transactional
    public boolean exists(UUID subjectId) {
        return subjects.findByIdOptional(subjectId).isPresent();
    }

    /** A person without an account, known by an e-mail address that a feature keeps. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID createEmailIdentity(Language language) {
        Instant now = clock.instant();
        Subject subject = new Subject();
        subject.id = UUID.randomUUID();
        subject.kind = Subject.Kind.EMAIL_IDENTITY;
        subject.language = language;
        subject.createdAt = now;
        subject.lastMeaningfulContactAt = now;
        subjects.persist(subject);
        return subject.id;
    }

    /** The language to write to the subject in; the default for none (an erased respondent). */
    @Transactional
    public Language languageOf(UUID subjectId) {
        Subject subject = subjectId == null ? null : subjects.findById(subjectId);
        return subject == null ? config.defaultLanguage() : subject.language;
    }

    /** Where mail to an account holder goes, in their language; empty for people without an account. */
    @Transactional
    public Optional<MailAddress> mailAddressOf(UUID subjectId) {
        return accounts.findByIdOptional(subjectId)
                .filter(account -> account.email != null)
                .map(account -> new MailAddress(account.email, account.subject.language));
    }

    /**
     * Removes every trace of a subject: each feature's handler erases its rows, then the
     * subject row goes. For data that never became more than a submission (T-1: unverified
     * submissions); account erasure with legal holds and the ledger is D-4's work.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID subjectId) {
        handlers.forEach(handler -> handler.erase(subjectId));
        subjects.deleteById(subjectId);
    }

    /** Makes sure an account exists without a login, for demo data; an existing one is left as it is. */
    @Transactional
    public UUID registerAccount(NewAccount account) {
        accounts.lockOidcSubject(account.oidcSubject());
        return accounts.findByOidcSubject(account.oidcSubject())
                .orElseGet(() -> create(
                        account.oidcSubject(),
                        account.name(),
                        Optional.ofNullable(account.email()),
                        account.language()))
                .subjectId;
    }

    private Account accountOf(Caller.Identity identity) {
        if (identity.kind() != Caller.Kind.PERSON || identity.oidcSubject().isEmpty()) {
            throw ProblemException.forbidden("Only a person's account can do this.");
        }
        String oidcSubject = identity.oidcSubject().get();
        String name = identity.name().orElse(oidcSubject);
        Optional<Account> existing = accounts.findByOidcSubject(oidcSubject);
        if (existing.isEmpty()) {
            accounts.lockOidcSubject(oidcSubject);
            existing = accounts.findByOidcSubject(oidcSubject);
        }
        Account account = existing.orElseGet(() ->
                create(oidcSubject, name, identity.email(), identity.locale().orElse(config.defaultLanguage())));
        if (!account.displayName.equals(name)
                || !Objects.equals(account.email, identity.email().orElse(null))) {
            account.displayName = name;
            account.email = identity.email().orElse(null);
            account.updatedAt = clock.instant();
        }
        return account;
    }

    private Account create(String oidcSubject, String name, Optional<String> email, Language language) {
        Instant now = clock.instant();
        Subject subject = new Subject();
        subject.id = UUID.randomUUID();
        subject.kind = Subject.Kind.ACCOUNT;
        subject.language = language;
        subject.createdAt = now;
        subject.lastMeaningfulContactAt = now;
        subjects.persist(subject);

        Account account = new Account();
        account.subject = subject;
        account.oidcSubject = oidcSubject;
        account.displayName = name;
        account.email = email.orElse(null);
        account.createdAt = now;
        account.updatedAt = now;
        accounts.persist(account);
        return account;
    }

    private static Me toMe(Account account, Caller caller) {
        return new Me(
                account.subjectId,
                account.displayName,
                account.email,
                caller.roles().stream()
                        .sorted(Comparator.naturalOrder())
                        .map(Role::claim)
                        .toList(),
                account.subject.language);
    }
}
