package nl.werkbank.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.subject.NewAccount;
import nl.werkbank.subject.SubjectService;
import org.jboss.logging.Logger;

/**
 * Demo data for local runs ({@code werkbank.demo-data.enabled}): the accounts of the demo
 * users in keycloak/werkbank-realm.json, matched by their fixed identity-provider ids. It goes
 * through the features' services, so it obeys the same rules as real data, and loading it
 * twice changes nothing.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String ACCOUNTS = "demo/accounts.json";

    private final SubjectService subjects;
    private final WerkbankConfig config;
    private final ObjectMapper json;

    DemoData(SubjectService subjects, WerkbankConfig config, ObjectMapper json) {
        this.subjects = subjects;
        this.config = config;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    public void load() {
        List<NewAccount> accounts = read(ACCOUNTS, new TypeReference<>() {
        });
        accounts.forEach(subjects::registerAccount);
        LOG.infof("Demo data loaded: %d accounts", accounts.size());
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
