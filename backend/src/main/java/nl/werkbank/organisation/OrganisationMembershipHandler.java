package nl.werkbank.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/** A client's membership of an organisation is personal data of that client. */
@ApplicationScoped
public class OrganisationMembershipHandler implements PersonalDataHandler {

    private final OrganisationMemberRepository members;

    OrganisationMembershipHandler(OrganisationMemberRepository members) {
        this.members = members;
    }

    public record MembershipExport(String organisation, String kvkNumber, Instant joinedAt) {}

    @Override
    public String category() {
        return "organisation-membership";
    }

    @Override
    public Set<String> tables() {
        return Set.of("organisation_member");
    }

    @Override
    public Object export(UUID subjectId) {
        return members.findByIdOptional(subjectId)
                .map(m -> new MembershipExport(m.organisation.name, m.organisation.kvkNumber, m.joinedAt))
                .orElse(null);
    }

    @Override
    public void erase(UUID subjectId) {
        members.deleteById(subjectId);
    }
}
