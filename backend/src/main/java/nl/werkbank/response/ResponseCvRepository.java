package nl.werkbank.response;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ResponseCvRepository implements PanacheRepositoryBase<ResponseCv, UUID> {}
