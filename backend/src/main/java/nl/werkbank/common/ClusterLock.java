package nl.werkbank.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Scheduled work runs once across all instances (S-8, T-4): the first instance to take the
 * PostgreSQL advisory lock does the work, the others skip it. The lock ends with the transaction.
 */
@ApplicationScoped
public class ClusterLock {

    private final EntityManager entityManager;

    ClusterLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(String job) {
        return (Boolean) entityManager
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(:job, 0))")
                .setParameter("job", "werkbank-job:" + job)
                .getSingleResult();
    }
}
