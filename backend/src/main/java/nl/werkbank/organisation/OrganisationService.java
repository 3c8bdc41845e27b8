package nl.werkbank.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;

/** Client organisations: registration by a client, verification by an admin (O-1, O-2). */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final OrganisationMemberRepository members;
    private final OrganisationAccess access;
    private final PageLimit pageLimit;
    private final Audit audit;
    private final Clock clock;

    OrganisationService(
            OrganisationRepository organisations,
            OrganisationMemberRepository members,
            OrganisationAccess access,
            PageLimit pageLimit,
            Audit audit,
            Clock clock) {
        this.organisations = organisations;
        this.members = members;
        this.access = access;
        this.pageLimit = pageLimit;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A client registers the organisation they work for and becomes its first member. A KvK
     * number that is already registered is a conflict: colleagues join an existing organisation
     * through it, not by registering it again.
     */
    @Transactional
    public OrganisationView register(Caller caller, OrganisationInput input) {
        access.requireCanRegister(caller);
        UUID subjectId = caller.subjectId();
        if (members.findByIdOptional(subjectId).isPresent()) {
            throw ProblemException.conflict("Your account already belongs to an organisation.");
        }
        if (organisations.findByKvkNumber(input.kvkNumber()).isPresent()) {
            throw new ProblemException(
                    409,
                    "conflict",
                    "This KvK number is already registered.",
                    List.of(new ProblemException.Violation(
                            "kvkNumber",
                            FieldCode.DUPLICATE,
                            Text.of("is already registered", "is al geregistreerd"))));
        }
        Instant now = clock.instant();
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.name = input.name().strip();
        organisation.kvkNumber = input.kvkNumber();
        organisation.createdAt = now;
        organisations.persist(organisation);

        OrganisationMember member = new OrganisationMember();
        member.subjectId = subjectId;
        member.organisation = organisation;
        member.joinedAt = now;
        members.persist(member);
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView mine(Caller caller) {
        access.requireCanSeeOwn(caller);
        return members.findByIdOptional(caller.subjectId())
                .map(member -> OrganisationView.of(member.organisation))
                .orElseThrow(() -> ProblemException.notFound("Your account does not belong to an organisation yet."));
    }

    /** The organisation a subject belongs to; the caller asks this once per request ({@link Caller#membership()}). */
    @Transactional
    public Optional<Membership> membershipOfSubject(UUID subjectId) {
        return members.findByIdOptional(subjectId)
                .map(member -> new Membership(
                        member.organisation.id, member.organisation.name, member.organisation.isVerified()));
    }

    /** The name of an organisation, for features that show who posted something on its behalf. */
    @Transactional
    public Optional<String> nameOf(UUID organisationId) {
        return organisations.findByIdOptional(organisationId).map(o -> o.name);
    }

    /**
     * F-1: the names an organisation may be shown under as hiring organisation: only verified
     * organisations are named publicly. Absent ids are unknown or not verified.
     */
    @Transactional
    public Map<UUID, String> verifiedNamesOf(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return organisations.list("id IN ?1 AND verifiedAt IS NOT NULL", Set.copyOf(organisationIds)).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name));
    }

    @Transactional
    public OrganisationPage list(Caller caller, String cursor, Integer limit) {
        access.requireCanAdminister(caller);
        int size = pageLimit.resolve(limit);
        Optional<KeysetCursor> after = Optional.ofNullable(cursor).map(KeysetCursor::decode);
        Page<OrganisationView> page = Page.of(
                        organisations.pageAfter(after.map(KeysetCursor::instantKey), after.map(KeysetCursor::id), size),
                        size,
                        o -> KeysetCursor.after(o.createdAt, o.id))
                .map(OrganisationView::of);
        return new OrganisationPage(page.items(), page.nextCursor());
    }

    @Transactional
    public OrganisationView setVerified(Caller caller, UUID organisationId, boolean verified) {
        access.requireCanAdminister(caller);
        Organisation organisation = organisations
                .findByIdOptional(organisationId)
                .orElseThrow(() -> ProblemException.notFound("No such organisation."));
        if (verified && organisation.verifiedAt == null) {
            organisation.verifiedAt = clock.instant();
        } else if (!verified) {
            organisation.verifiedAt = null;
        }
        audit.append(
                caller,
                verified ? AuditAction.ORGANISATION_VERIFIED : AuditAction.ORGANISATION_UNVERIFIED,
                null,
                AuditDetails.id("organisation", organisation.id));
        return OrganisationView.of(organisation);
    }
}
