package nl.werkbank.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssignmentPosterRepository implements PanacheRepositoryBase<AssignmentPoster, UUID> {

    public List<AssignmentPoster> ofSubject(UUID subjectId) {
        return list("subjectId", subjectId);
    }
}
