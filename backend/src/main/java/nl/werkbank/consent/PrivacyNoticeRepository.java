package nl.werkbank.consent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class PrivacyNoticeRepository implements PanacheRepositoryBase<PrivacyNotice, Integer> {

    /** The newest version in force at {@code now}; a version with a later effective date waits. */
    public Optional<PrivacyNotice> current(Instant now) {
        return find("effectiveAt <= ?1 ORDER BY version DESC", now).firstResultOptional();
    }

    /** The newest material version in force: consents given under an older one ask for confirmation (C-3). */
    public Optional<Integer> latestMaterialVersion(Instant now) {
        return find("material = true AND effectiveAt <= ?1 ORDER BY version DESC", now)
                .firstResultOptional()
                .map(notice -> notice.version);
    }

    /** The next version number; the table lock makes two officers publishing at once take turns. */
    public int nextVersion() {
        getEntityManager()
                .createNativeQuery("LOCK TABLE privacy_notice IN SHARE ROW EXCLUSIVE MODE")
                .executeUpdate();
        Integer max = getEntityManager()
                .createQuery("SELECT MAX(n.version) FROM PrivacyNotice n", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
