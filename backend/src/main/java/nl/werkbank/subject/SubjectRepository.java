package nl.werkbank.subject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubjectRepository implements PanacheRepositoryBase<Subject, UUID> {

    /** Ids of accounts closed before the cutoff, in id order after {@code after} (null: from the first). */
    public List<UUID> closedBefore(Instant cutoff, UUID after, int limit) {
        String query = "SELECT s.id FROM Subject s WHERE s.closedAt IS NOT NULL AND s.closedAt <= :cutoff"
                + (after == null ? "" : " AND s.id > :after")
                + " ORDER BY s.id";
        var typed = getEntityManager().createQuery(query, UUID.class).setParameter("cutoff", cutoff);
        if (after != null) {
            typed.setParameter("after", after);
        }
        return typed.setMaxResults(limit).getResultList();
    }
}
