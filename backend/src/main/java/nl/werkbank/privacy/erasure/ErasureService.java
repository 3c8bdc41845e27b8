package nl.werkbank.privacy.erasure;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditActor;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.profile.ProfileService;
import nl.werkbank.retention.LegalHoldService;
import nl.werkbank.retention.RetentionPolicyService;
import nl.werkbank.subject.Subject;
import nl.werkbank.subject.SubjectService;

/**
 * D-4: the one way a subject is erased, an account holder or an e-mail identity (anonymous poster
 * or respondent) alike. In one transaction: the {@link ErasureListener}s run while the identity
 * still exists; the subject's e-mail addresses go onto the suppression list as keyed hashes with
 * their objections; every {@code PersonalDataHandler} erases or irreversibly anonymises its rows
 * (keeping, stripped, what the law keeps: placements and invoices) and the subject row goes; an
 * account's login is queued for deletion at the identity provider, tried as soon as this commits
 * and retried until it succeeds; the erasure ledger gets its entry (T-6, {@link ErasureLedger});
 * the audit log records it under the subject's now meaningless id.
 */
@ApplicationScoped
public class ErasureService {

    private final SubjectService subjects;
    private final ProfileService profiles;
    private final SuppressionList suppressionList;
    private final IdentityProviderDeletions identityProvider;
    private final Event<IdentityProviderDeletions.LoginErased> loginErased;
    private final Audit audit;
    private final List<ErasureListener> listeners;
    private final List<ObjectionSource> objections;
    private final LegalHoldService legalHolds;
    private final RetentionPolicyService policies;
    private final ErasureLedger ledger;

    ErasureService(
            SubjectService subjects,
            ProfileService profiles,
            SuppressionList suppressionList,
            IdentityProviderDeletions identityProvider,
            Event<IdentityProviderDeletions.LoginErased> loginErased,
            Audit audit,
            @All List<ErasureListener> listeners,
            @All List<ObjectionSource> objections,
            LegalHoldService legalHolds,
            RetentionPolicyService policies,
            ErasureLedger ledger) {
        this.subjects = subjects;
        this.profiles = profiles;
        this.suppressionList = suppressionList;
        this.identityProvider = identityProvider;
        this.loginErased = loginErased;
        this.audit = audit;
        this.listeners = listeners;
        this.objections = objections;
        this.legalHolds = legalHolds;
        this.policies = policies;
        this.ledger = ledger;
    }

    /** What an erasure did, without personal data. */
    public record Erased(UUID subjectRef, boolean account, int addressesSuppressed) {}

    /**
     * T-5, Art. 17(3)(e): whether a legal hold keeps the subject from erasure. A request to erase
     * them is then handed to the privacy officer instead of carried out (PrivacyRequestService).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isHeld(UUID subjectId) {
        return legalHolds.holdOn(subjectId).isPresent();
    }

    /**
     * Erases the subject inside the caller's transaction; empty when there is no such subject
     * (erased before, or never there) or when a legal hold keeps it (T-5: the skip is audited). The actor is who asked: the subject themselves, the privacy
     * officer, or the system (a retention sweep, a verified e-mail request).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Erased> erase(UUID subjectId, AuditActor actor) {
        return erase(subjectId, actor, AuditDetails.none());
    }

    /** {@link #erase(UUID, AuditActor)}, its audit entry naming what caused it (a request's id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Erased> erase(UUID subjectId, AuditActor actor, AuditDetails cause) {
        return erase(subjectId, actor, cause, true, () -> ledger.record(subjectId));
    }

    /**
     * T-6: erases again, after a restore, a subject whose erasure the ledger recorded after the
     * backup was taken; the entry is marked applied instead of a new one being appended. A hold
     * in the restored data does not stop it: the erasure happened, and a hold that was in force
     * then would have prevented it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Erased> replay(UUID subjectId, long ledgerEntry) {
        return erase(
                subjectId,
                AuditActor.system(),
                AuditDetails.none().withCodes("cause", List.of("ledger-replay")).withCount("ledgerEntry", ledgerEntry),
                false,
                () -> ledger.markApplied(ledgerEntry));
    }

    private Optional<Erased> erase(
            UUID subjectId, AuditActor actor, AuditDetails cause, boolean honourHolds, Runnable ledgerStep) {
        Optional<SubjectService.Erasable> found = subjects.erasable(subjectId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<UUID> hold = honourHolds ? legalHolds.holdOn(subjectId) : Optional.empty();
        if (hold.isPresent()) {
            audit.append(actor, AuditAction.ERASURE_SKIPPED_UNDER_HOLD, subjectId, cause.withId("hold", hold.get()));
            return Optional.empty();
        }
        SubjectService.Erasable subject = found.get();
        listeners.forEach(listener -> listener.beforeErasure(subjectId));
        Set<SuppressedPurpose> objected = EnumSet.noneOf(SuppressedPurpose.class);
        objections.forEach(source -> objected.addAll(source.objectionsOf(subjectId)));
        suppressionList.suppress(subject.mailAddresses(), objected);

        subjects.forget(subjectId);
        ledgerStep.run();

        subject.oidcSubject().ifPresent(login -> {
            subjects.rememberErasedLogin(login);
            identityProvider.schedule(login, subjectId);
        });
        audit.append(
                actor,
                AuditAction.SUBJECT_ERASED,
                subjectId,
                cause.withCode("kind", subject.kind())
                        .withCount(
                                "addressesSuppressed", subject.mailAddresses().size()));
        subject.oidcSubject().ifPresent(login -> loginErased.fire(new IdentityProviderDeletions.LoginErased(login)));
        return Optional.of(new Erased(
                subjectId,
                subject.kind() == Subject.Kind.ACCOUNT,
                subject.mailAddresses().size()));
    }

    /**
     * D-4: a person without an account, by an address they proved is theirs (the e-mail request
     * flow verifies it first): every e-mail identity tied to it is erased, their responses and the
     * poster identity of what they posted. Never an account holder's data. Returns what was erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Erased> eraseEmailIdentitiesOf(String verifiedAddress, AuditActor actor) {
        return subjects.emailIdentitiesWith(verifiedAddress).stream()
                .map(subjectId -> erase(subjectId, actor))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * D-4: closing an account without asking for erasure hides the profile at once and makes the
     * account due for erasure after the closed-account retention period (T-1, 30 days by default);
     * the retention sweep ({@link ClosedAccountSweep}) erases it then.
     */
    @Transactional
    public SubjectService.Closure close(Caller caller) {
        UUID subjectId = caller.subjectId();
        SubjectService.Closure closure =
                subjects.close(subjectId, policies.periodOf(RetentionPolicyService.CLOSED_ACCOUNT));
        profiles.hideForClosure(subjectId);
        if (closure.newlyClosed()) {
            audit.append(caller, AuditAction.ACCOUNT_CLOSED, subjectId, AuditDetails.none());
        }
        return closure;
    }

    /**
     * D-4: within the grace period the holder may keep their account after all. The profile stays
     * hidden until they choose its visibility again: closing did not remember the old choice.
     */
    @Transactional
    public void reopen(Caller caller) {
        UUID subjectId = caller.subjectId();
        if (subjects.reopen(subjectId)) {
            audit.append(caller, AuditAction.ACCOUNT_REOPENED, subjectId, AuditDetails.none());
        }
    }
}
