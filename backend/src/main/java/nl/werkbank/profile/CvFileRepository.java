package nl.werkbank.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CvFileRepository implements PanacheRepositoryBase<CvFile, UUID> {}
