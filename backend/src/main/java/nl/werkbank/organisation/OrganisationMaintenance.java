package nl.werkbank.organisation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.werkbank.common.ClusterLock;

/**
 * O-2, once across the cluster: expired invitations (an address of someone without an account)
 * are erased, and release counts of past days are dropped.
 */
@ApplicationScoped
public class OrganisationMaintenance {

    private final OrganisationInvitationRepository invitations;
    private final EntityManager entityManager;
    private final ClusterLock lock;
    private final Clock clock;

    OrganisationMaintenance(
            OrganisationInvitationRepository invitations, EntityManager entityManager, ClusterLock lock, Clock clock) {
        this.invitations = invitations;
        this.entityManager = entityManager;
        this.lock = lock;
        this.clock = clock;
    }

    /** Returns false when another instance holds the lock and did the work. */
    @Transactional
    public boolean run() {
        if (!lock.tryLock("organisation-maintenance")) {
            return false;
        }
        invitations.deleteExpired(clock.instant());
        entityManager
                .createNativeQuery("DELETE FROM organisation_release_count WHERE day < :today")
                .setParameter("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return true;
    }

    /** The schedule lives in its own bean so that run() is called through its transaction. */
    @ApplicationScoped
    static class Schedule {

        private final OrganisationMaintenance maintenance;

        Schedule(OrganisationMaintenance maintenance) {
            this.maintenance = maintenance;
        }

        @Scheduled(
                every = "${werkbank.organisations.maintenance-interval:1h}",
                concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
        void run() {
            maintenance.run();
        }
    }
}
