package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AssignmentTokenRepository implements PanacheRepositoryBase<AssignmentToken, String> {}
