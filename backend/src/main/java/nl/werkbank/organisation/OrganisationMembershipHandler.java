package nl.werkbank.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/**
 * A client's membership of an organisation, their request to join one and the invitations they
 * sent are personal data of that client. An invitation's address belongs to someone without an
 * account; it lives only until the link is used or expires ({@link OrganisationMaintenance}).
 */
@ApplicationScoped
public class OrganisationMembershipHandler implements PersonalDataHandler {

    private final OrganisationMemberRepository members;
    private final OrganisationJoinRequestRepository joinRequests;
    private final OrganisationInvitationRepository invitations;

    OrganisationMembershipHandler(
            OrganisationMemberRepository members,
            OrganisationJoinRequestRepository joinRequests,
            OrganisationInvitationRepository invitations) {
        this.members = members;
        this.joinRequests = joinRequests;
        this.invitations = invitations;
    }

    public record MembershipExport(
            String organisation,
            String kvkNumber,
            String displayName,
            Instant joinedAt,
            List<JoinRequestExport> joinRequests,
            List<InvitationExport> invitationsSent) {}

    public record JoinRequestExport(String displayName, String email, Instant createdAt) {}

    public record InvitationExport(String email, Instant createdAt, Instant expiresAt) {}

    @Override
    public String category() {
        return "organisation-membership";
    }

    @Override
    public Set<String> tables() {
        return Set.of("organisation_member", "organisation_join_request", "organisation_invitation");
    }

    @Override
    public Object export(UUID subjectId) {
        List<JoinRequestExport> asked = joinRequests.list("subjectId", subjectId).stream()
                .map(r -> new JoinRequestExport(r.displayName, r.email, r.createdAt))
                .toList();
        List<InvitationExport> sent = invitations.sentBy(subjectId).stream()
                .map(i -> new InvitationExport(i.email, i.createdAt, i.expiresAt))
                .toList();
        var member = members.findByIdOptional(subjectId);
        if (member.isEmpty() && asked.isEmpty() && sent.isEmpty()) {
            return null;
        }
        return new MembershipExport(
                member.map(m -> m.organisation.name).orElse(null),
                member.map(m -> m.organisation.kvkNumber).orElse(null),
                member.map(m -> m.displayName).orElse(null),
                member.map(m -> m.joinedAt).orElse(null),
                asked,
                sent);
    }

    @Override
    public void erase(UUID subjectId) {
        members.deleteById(subjectId);
        joinRequests.deleteOfSubject(subjectId);
        invitations.update("inviterSubjectId = null WHERE inviterSubjectId = ?1", subjectId);
    }
}
