package nl.werkbank.privacy.erasure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The identity provider in Quarkus tests, where no Keycloak runs: it records which logins were
 * deleted and can be taken down. KeycloakIdentityProviderTest tests the real client against an
 * HTTP server; the browser tests against a real Keycloak.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingIdentityProvider implements IdentityProvider {

    private final List<String> deleted = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();

    @Override
    public void deleteUser(String oidcSubject) throws IdentityProviderException {
        if (down.get()) {
            throw new IdentityProviderException("identity provider not reachable: ConnectException");
        }
        deleted.add(oidcSubject);
    }

    public List<String> deleted() {
        return List.copyOf(deleted);
    }

    public void down(boolean isDown) {
        down.set(isDown);
    }
}
