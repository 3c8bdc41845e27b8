package nl.werkbank.caller;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * S-4: behind a load balancer the client address comes from forwarded headers, which anyone can
 * send. Quarkus trusts every peer when no trusted proxy is listed, so forwarding without a list
 * would let a client choose its own address and step around the per-address limits: the
 * application refuses to start that way.
 */
@ApplicationScoped
class ForwardedHeadersCheck {

    void verifyAtStartup(
            @Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        requireTrustedProxies(forwarding, trustedProxies);
    }

    static void requireTrustedProxies(boolean forwarding, Optional<List<String>> trustedProxies) {
        if (forwarding && trustedProxies.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException(
                    "Forwarded client addresses are on (WERKBANK_PROXY_FORWARDING) but no trusted proxy is"
                            + " listed (WERKBANK_TRUSTED_PROXIES): anyone could choose their own address.");
        }
    }
}
