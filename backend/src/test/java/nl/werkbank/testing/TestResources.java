package nl.werkbank.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The servers every {@code @QuarkusTest} runs against: a real PostgreSQL and an OIDC
 * provider that publishes the keys the {@link Tokens} are signed with.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {

    private TestResources() {}
}
