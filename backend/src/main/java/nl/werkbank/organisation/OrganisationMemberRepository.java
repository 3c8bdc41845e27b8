package nl.werkbank.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OrganisationMemberRepository implements PanacheRepositoryBase<OrganisationMember, UUID> {}
