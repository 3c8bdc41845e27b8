package nl.werkbank.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class CvFileRepository implements PanacheRepositoryBase<CvFile, UUID> {

    /** Which of these subjects have a CV: one query for a page of profiles, reading no file. */
    public Set<UUID> withCv(Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createQuery("SELECT c.subjectId FROM CvFile c WHERE c.subjectId IN :ids", UUID.class)
                .setParameter("ids", Set.copyOf(subjectIds))
                .getResultList());
    }
}
