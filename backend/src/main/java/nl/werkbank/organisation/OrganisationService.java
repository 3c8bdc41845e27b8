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
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.KeysetCursor;
import nl.werkbank.common.Page;
import nl.werkbank.common.PageLimit;
import nl.werkbank.common.Text;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.notification.Mail;
import nl.werkbank.notification.Outbox;
import nl.werkbank.organisation.ColleagueViews.Colleague;
import nl.werkbank.organisation.ColleagueViews.ColleagueList;
import nl.werkbank.organisation.ColleagueViews.Invitation;
import nl.werkbank.organisation.ColleagueViews.InvitationAcceptance;
import nl.werkbank.organisation.ColleagueViews.InvitationInput;
import nl.werkbank.organisation.ColleagueViews.InvitationList;
import nl.werkbank.organisation.ColleagueViews.JoinRequest;
import nl.werkbank.organisation.ColleagueViews.JoinRequestInput;
import nl.werkbank.organisation.ColleagueViews.JoinRequestList;
import nl.werkbank.organisation.ColleagueViews.SentJoinRequest;

/** Client organisations: registration by a client, verification by an admin (O-1, O-2). */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final OrganisationMemberRepository members;
    private final OrganisationAccess access;
    private final PageLimit pageLimit;
    private final OrganisationInvitationRepository invitations;
    private final OrganisationJoinRequestRepository joinRequests;
    private final ReleaseQuota releaseQuota;
    private final Outbox outbox;
    private final WerkbankConfig config;
    private final Audit audit;
    private final Clock clock;

    OrganisationService(
            OrganisationRepository organisations,
            OrganisationMemberRepository members,
            OrganisationAccess access,
            PageLimit pageLimit,
            OrganisationInvitationRepository invitations,
            OrganisationJoinRequestRepository joinRequests,
            ReleaseQuota releaseQuota,
            Outbox outbox,
            WerkbankConfig config,
            Audit audit,
            Clock clock) {
        this.organisations = organisations;
        this.members = members;
        this.access = access;
        this.pageLimit = pageLimit;
        this.invitations = invitations;
        this.joinRequests = joinRequests;
        this.releaseQuota = releaseQuota;
        this.outbox = outbox;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * O-2: counts one contact or CV release against the caller's organisation's daily quota, in
     * the release's transaction; past the quota the release is refused with 429.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeRelease(Membership membership) {
        releaseQuota.take(membership);
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
                    "This KvK number is already registered: ask its members to let you join instead.",
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
        joinRequests.deleteOfSubject(subjectId);
        addMember(subjectId, caller.name().orElse(null), organisation);
        return OrganisationView.of(organisation);
    }

    // --- colleagues (O-2) ------------------------------------------------------------------

    @Transactional
    public ColleagueList colleagues(Caller caller) {
        OrganisationMember self = access.requireMember(caller, members);
        return new ColleagueList(members.of(self.organisation.id).stream()
                .map(m -> colleague(m, self))
                .toList());
    }

    /** O-2: a member removes a colleague, or themself (leaving); the last member cannot leave. */
    @Transactional
    public void removeColleague(Caller caller, UUID memberId) {
        OrganisationMember self = access.requireMember(caller, members);
        OrganisationMember colleague = members.findByMemberId(memberId)
                .filter(m -> m.organisation.id.equals(self.organisation.id))
                .orElseThrow(() -> ProblemException.notFound("No such colleague."));
        if (members.countOf(self.organisation.id) == 1) {
            throw ProblemException.conflict("The last member cannot leave the organisation.");
        }
        members.delete(colleague);
        audit.append(
                caller,
                AuditAction.ORGANISATION_MEMBER_REMOVED,
                colleague.subjectId,
                AuditDetails.id("organisation", self.organisation.id));
    }

    /** O-2: a member invites a colleague; the single-use link goes only to the given address. */
    @Transactional
    public Invitation invite(Caller caller, InvitationInput input) {
        OrganisationMember self = access.requireMember(caller, members);
        Instant now = clock.instant();
        String token = CapabilityTokens.newToken();
        OrganisationInvitation invitation = new OrganisationInvitation();
        invitation.id = UUID.randomUUID();
        invitation.organisationId = self.organisation.id;
        invitation.email = input.email().strip();
        invitation.tokenHash = CapabilityTokens.hash(token);
        invitation.inviterSubjectId = self.subjectId;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(config.organisations().invitationValidity());
        invitations.persist(invitation);
        outbox.enqueue(new Mail(
                null,
                invitation.email,
                caller.language(),
                new OrganisationMails.Invitation(
                        self.organisation.name,
                        caller.name().orElse(self.organisation.name),
                        token,
                        config.organisations().invitationValidity().toDays())));
        return invitation(invitation);
    }

    @Transactional
    public InvitationList invitations(Caller caller) {
        OrganisationMember self = access.requireMember(caller, members);
        return new InvitationList(invitations.pending(self.organisation.id, clock.instant()).stream()
                .map(OrganisationService::invitation)
                .toList());
    }

    @Transactional
    public void revokeInvitation(Caller caller, UUID id) {
        OrganisationMember self = access.requireMember(caller, members);
        OrganisationInvitation invitation = invitations
                .findByIdOptional(id)
                .filter(i -> i.organisationId.equals(self.organisation.id))
                .orElseThrow(() -> ProblemException.notFound("No such invitation."));
        invitations.delete(invitation);
    }

    /** O-2: the invited client follows the link; it works once, until it expires. */
    @Transactional
    public OrganisationView acceptInvitation(Caller caller, InvitationAcceptance input) {
        access.requireCanRegister(caller);
        OrganisationInvitation invitation = invitations
                .findByTokenHash(CapabilityTokens.hash(input.token()))
                .filter(i -> i.expiresAt.isAfter(clock.instant()))
                .orElseThrow(() -> ProblemException.notFound("This invitation link is not valid (any more)."));
        requireNoOrganisation(caller);
        Organisation organisation = organisations.findById(invitation.organisationId);
        if (!invitations.consume(invitation.id)) {
            throw ProblemException.notFound("This invitation link is not valid (any more).");
        }
        join(caller, organisation);
        return OrganisationView.of(organisation);
    }

    /** O-2: a client asks to join the organisation registered under a KvK number; its members decide. */
    @Transactional
    public SentJoinRequest askToJoin(Caller caller, JoinRequestInput input) {
        access.requireCanRegister(caller);
        requireNoOrganisation(caller);
        Organisation organisation = organisations
                .findByKvkNumber(input.kvkNumber())
                .orElseThrow(() -> ProblemException.invalid(
                        "kvkNumber",
                        FieldCode.UNKNOWN_REFERENCE,
                        Text.of(
                                "no organisation is registered with this number",
                                "hier is geen organisatie onder geregistreerd")));
        joinRequests.deleteOfSubject(caller.subjectId());
        joinRequests.flush();
        OrganisationJoinRequest request = new OrganisationJoinRequest();
        request.id = UUID.randomUUID();
        request.organisationId = organisation.id;
        request.subjectId = caller.subjectId();
        request.displayName = caller.name().orElse(null);
        request.email = caller.verifiedEmail().orElse(null);
        request.createdAt = clock.instant();
        joinRequests.persist(request);
        return new SentJoinRequest(request.id, organisation.name, request.createdAt);
    }

    @Transactional
    public JoinRequestList joinRequests(Caller caller) {
        OrganisationMember self = access.requireMember(caller, members);
        return new JoinRequestList(joinRequests.toOrganisation(self.organisation.id).stream()
                .map(r -> new JoinRequest(r.id, r.displayName, r.email, r.createdAt))
                .toList());
    }

    @Transactional
    public Colleague approveJoinRequest(Caller caller, UUID id) {
        OrganisationMember self = access.requireMember(caller, members);
        OrganisationJoinRequest request = joinRequestOf(self, id);
        joinRequests.delete(request);
        if (members.findByIdOptional(request.subjectId).isPresent()) {
            throw ProblemException.conflict("This person has joined an organisation in the meantime.");
        }
        OrganisationMember member = addMember(request.subjectId, request.displayName, self.organisation);
        audit.append(
                caller,
                AuditAction.ORGANISATION_MEMBER_JOINED,
                member.subjectId,
                AuditDetails.id("organisation", self.organisation.id));
        return colleague(member, self);
    }

    @Transactional
    public void declineJoinRequest(Caller caller, UUID id) {
        OrganisationMember self = access.requireMember(caller, members);
        joinRequests.delete(joinRequestOf(self, id));
    }

    private OrganisationJoinRequest joinRequestOf(OrganisationMember self, UUID id) {
        return joinRequests
                .findByIdOptional(id)
                .filter(r -> r.organisationId.equals(self.organisation.id))
                .orElseThrow(() -> ProblemException.notFound("No such request to join."));
    }

    private void requireNoOrganisation(Caller caller) {
        if (members.findByIdOptional(caller.subjectId()).isPresent()) {
            throw ProblemException.conflict("Your account already belongs to an organisation.");
        }
    }

    /** Joining through someone else's decision (an invitation, an approval) is audited: it opens the organisation's data. */
    private void join(Caller caller, Organisation organisation) {
        joinRequests.deleteOfSubject(caller.subjectId());
        OrganisationMember member = addMember(caller.subjectId(), caller.name().orElse(null), organisation);
        audit.append(
                caller,
                AuditAction.ORGANISATION_MEMBER_JOINED,
                member.subjectId,
                AuditDetails.id("organisation", organisation.id));
    }

    private OrganisationMember addMember(UUID subjectId, String name, Organisation organisation) {
        OrganisationMember member = new OrganisationMember();
        member.subjectId = subjectId;
        member.memberId = UUID.randomUUID();
        member.displayName = name;
        member.organisation = organisation;
        member.joinedAt = clock.instant();
        members.persist(member);
        return member;
    }

    private static Colleague colleague(OrganisationMember member, OrganisationMember self) {
        return new Colleague(
                member.memberId, member.displayName, member.joinedAt, member.subjectId.equals(self.subjectId));
    }

    private static Invitation invitation(OrganisationInvitation invitation) {
        return new Invitation(invitation.id, invitation.email, invitation.createdAt, invitation.expiresAt);
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

    /** The names of several organisations in one query, for lists; absent ids are unknown. */
    @Transactional
    public Map<UUID, String> namesOf(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return organisations.list("id IN ?1", Set.copyOf(organisationIds)).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name));
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
