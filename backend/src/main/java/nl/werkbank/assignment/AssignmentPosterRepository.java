package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class AssignmentPosterRepository implements PanacheRepositoryBase<AssignmentPoster, UUID> {

    public List<AssignmentPoster> ofSubject(UUID subjectId) {
        return list("subjectId", subjectId);
    }

    /** Poster identities given with this address, compared without case. */
    public List<AssignmentPoster> withEmail(String email) {
        return list("lower(email) = ?1", email.strip().toLowerCase(Locale.ROOT));
    }
}
