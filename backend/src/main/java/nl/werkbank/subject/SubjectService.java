package nl.werkbank.subject;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeyedHash;
import nl.werkbank.common.Language;
import nl.werkbank.common.Role;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.retention.RetentionPeriods;

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

    /**
     * T-2: the one place that records meaningful contact: the subject did something that shows they
     * still use the platform. Callers: a login ({@link #me}), a change of their preferences, profile
     * or CV (ProfileService), a response (ResponseService), a reply (a poster's progress report or
     * closing, a professional's answer to an introduction, a respondent's answer to the closing
     * question), a click through a link in our mail (MailLinkResource) and "keep my account"
     * (KeepAccountService). Receiving or opening a mail never calls it.
     */
    @Transactional
    public void recordMeaningfulContact(UUID subjectId) {
        Subject subject = subjects.findById(subjectId);
        if (subject != null) {
            subject.recordMeaningfulContact(clock.instant());
        }
    }

    /** T-3: the warning that the profile expires for inactivity was queued now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordInactivityWarning(UUID subjectId) {
        subjects.findById(subjectId).inactivityWarnedAt = clock.instant();
    }

    /** T-3: whether the subject was warned since their last meaningful contact (a later contact voids a warning). */
    @Transactional
    public boolean warnedSinceLastContact(UUID subjectId) {
        Subject subject = subjects.findById(subjectId);
        return subject != null && subject.warnedSinceLastContact();
    }

    /** Whether the subject is a person without an account, known only by an address. */
    @Transactional
    public boolean isEmailIdentity(UUID subjectId) {
        Subject subject = subjectId == null ? null : subjects.findById(subjectId);
        return subject != null && subject.kind == Subject.Kind.EMAIL_IDENTITY;
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
     * Where to write to any subject: an account holder at their account's address, a person
     * without an account at the address a feature knows them by (their posting, their response).
     */
    @Transactional
    public Optional<MailAddress> reachableAt(UUID subjectId) {
        Subject subject = subjectId == null ? null : subjects.findById(subjectId);
        if (subject == null) {
            return Optional.empty();
        }
        if (subject.kind == Subject.Kind.ACCOUNT) {
            return mailAddressOf(subjectId);
        }
        return handlers.stream()
                .flatMap(handler -> handler.mailAddresses(subjectId).stream())
                .findFirst()
                .map(email -> new MailAddress(email, subject.language));
    }

    /** D-5: whether processing of the subject's data is restricted now. */
    @Transactional
    public boolean isRestricted(UUID subjectId) {
        Subject subject = subjectId == null ? null : subjects.findById(subjectId);
        return subject != null && subject.restrictedAt != null;
    }

    /** D-5: the data stays, its processing stops: every handler hides what it shows to others. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restrict(UUID subjectId) {
        Subject subject = subjects.findById(subjectId);
        if (subject.restrictedAt == null) {
            subject.restrictedAt = clock.instant();
        }
        handlers.forEach(handler -> handler.restrict(subjectId));
    }

    /** D-5: ends a restriction; the caller has told the subject first (Art. 18(3)). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lift(UUID subjectId) {
        subjects.findById(subjectId).restrictedAt = null;
        handlers.forEach(handler -> handler.lift(subjectId));
    }

    /**
     * Removes every trace of a subject: each feature's handler erases its rows (keeping, stripped,
     * what the law keeps), then the subject row goes. Called directly for data that never became
     * more than a submission (T-1: unverified submissions); every other erasure goes through
     * ErasureService, which also suppresses the addresses and deletes the login (D-4).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID subjectId) {
        handlers.forEach(handler -> handler.erase(subjectId));
        subjects.deleteById(subjectId);
    }

    /** The subject, if it exists: whether it is an account and its login at the identity provider. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Erasable> erasable(UUID subjectId) {
        Subject subject = subjects.findById(subjectId);
        if (subject == null) {
            return Optional.empty();
        }
        Set<String> addresses = new TreeSet<>();
        handlers.forEach(handler -> handler.mailAddresses(subjectId).stream()
                .map(address -> address.strip().toLowerCase(Locale.ROOT))
                .forEach(addresses::add));
        return Optional.of(new Erasable(
                subject.id,
                subject.kind,
                accounts.findByIdOptional(subjectId).map(a -> a.oidcSubject),
                Set.copyOf(addresses)));
    }

    /**
     * The e-mail identities (people without an account: anonymous posters and respondents) tied to
     * this address; never an account, whose data only its holder's login reaches (D-1).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> emailIdentitiesWith(String address) {
        Set<UUID> found = new TreeSet<>();
        handlers.forEach(handler -> found.addAll(handler.subjectsWithAddress(address.strip())));
        found.removeIf(id -> {
            Subject subject = subjects.findById(id);
            return subject == null || subject.kind != Subject.Kind.EMAIL_IDENTITY;
        });
        return found;
    }

    /** What erasure needs to know of a subject before its rows go. */
    public record Erasable(
            UUID subjectId, Subject.Kind kind, Optional<String> oidcSubject, Set<String> mailAddresses) {}

    /** D-4: a token issued before the erasure must not bring the account back while it is still valid. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rememberErasedLogin(String oidcSubject) {
        accounts.rememberErasedLogin(erasedLoginHash(oidcSubject), clock.instant());
    }

    /**
     * D-4: an account closed without erasure is hidden by the caller's features at once and due for
     * erasure after the grace period; the retention sweep erases it then. Returns the due time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Closure close(UUID subjectId, Period grace) {
        Subject subject = subjects.findById(subjectId);
        boolean newlyClosed = subject.closedAt == null;
        if (newlyClosed) {
            subject.closedAt = clock.instant();
            subject.erasureDueAt = RetentionPeriods.dueAt(subject.closedAt, grace);
        }
        return new Closure(subject.closedAt, subject.erasureDueAt, newlyClosed);
    }

    /**
     * T-1: the closed-account policy's period changed; every closed account's erasure date moves
     * with it, so what its holder was told stays what the sweep does. Returns how many moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rescheduleClosedAccounts(Period grace) {
        return subjects.getEntityManager()
                .createNativeQuery(
                        "UPDATE subject SET erasure_due_at = (closed_at AT TIME ZONE 'UTC' + CAST(:grace AS interval))"
                                + " AT TIME ZONE 'UTC' WHERE closed_at IS NOT NULL")
                .setParameter("grace", grace.toString())
                .executeUpdate();
    }

    /**
     * T-1: accounts closed before the cutoff, by id after {@code after} (null: from the first);
     * the closed-account retention sweep selects with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> closedBefore(Instant cutoff, UUID after, int limit) {
        return subjects.closedBefore(cutoff, after, limit);
    }

    /** Whether the account is (still) closed: reopening within the period takes it off the sweep. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isClosed(UUID subjectId) {
        return subjects.findByIdOptional(subjectId).map(s -> s.closedAt != null).orElse(false);
    }

    /** When the account was closed and is due for erasure; {@code newlyClosed} unless it was closed before. */
    public record Closure(Instant closedAt, Instant erasureDueAt, boolean newlyClosed) {}

    /** D-4: the holder changed their mind within the grace period; the account is no longer due for erasure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reopen(UUID subjectId) {
        Subject subject = subjects.findById(subjectId);
        boolean wasClosed = subject.closedAt != null;
        subject.closedAt = null;
        subject.erasureDueAt = null;
        return wasClosed;
    }

    private String erasedLoginHash(String oidcSubject) {
        return KeyedHash.of(config.hashKey(), "erased-login:" + oidcSubject);
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
        if (existing.isEmpty() && accounts.isErasedLogin(erasedLoginHash(oidcSubject))) {
            throw ProblemException.forbidden("This account was erased.");
        }
        // S-4: the address a person is known by (mail to them, what their erasure suppresses) is
        // only one the identity provider verified; anyone can type any address into a profile there.
        Optional<String> email = identity.emailVerified() ? identity.email() : Optional.empty();
        Account account = existing.orElseGet(
                () -> create(oidcSubject, name, email, identity.locale().orElse(config.defaultLanguage())));
        if (!account.displayName.equals(name) || !Objects.equals(account.email, email.orElse(null))) {
            account.displayName = name;
            account.email = email.orElse(null);
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
        // A first call may go on with a bulk update or native statement that refers to the new
        // subject (a coach's first accept); those do not flush pending inserts themselves.
        accounts.flush();
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
