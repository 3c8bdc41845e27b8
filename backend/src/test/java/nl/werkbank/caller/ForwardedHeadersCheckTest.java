package nl.werkbank.caller;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** S-4: forwarded addresses are believed only from a configured list of proxies. */
class ForwardedHeadersCheckTest {

    @Test
    void forwardingWithoutTrustedProxiesRefusesToStart() {
        assertThatThrownBy(() -> ForwardedHeadersCheck.requireTrustedProxies(true, Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WERKBANK_TRUSTED_PROXIES");
        assertThatThrownBy(() -> ForwardedHeadersCheck.requireTrustedProxies(true, Optional.of(List.of())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void forwardingWithAListOrNoForwardingStarts() {
        assertThatCode(() -> ForwardedHeadersCheck.requireTrustedProxies(true, Optional.of(List.of("10.0.0.1"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> ForwardedHeadersCheck.requireTrustedProxies(false, Optional.empty()))
                .doesNotThrowAnyException();
    }
}
