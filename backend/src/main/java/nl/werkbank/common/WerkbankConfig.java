package nl.werkbank.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The application's own settings; Quarkus' settings stay in quarkus.* properties. */
@ConfigMapping(prefix = "werkbank")
public interface WerkbankConfig {

    /** Language for people whose token does not say which one they use. */
    @WithName("default-language")
    @WithDefault("nl")
    Language defaultLanguage();

    DemoData demoData();

    Keyset keyset();

    Cv cv();

    interface Cv {
        /** P-3: largest CV upload accepted, in bytes. */
        @WithDefault("5242880")
        int maxBytes();
    }

    interface Keyset {
        /** Upper bound for the {@code limit} parameter of every list endpoint. */
        @WithDefault("100")
        int maxLimit();

        @WithDefault("20")
        int defaultLimit();
    }

    interface DemoData {
        /** Loads the demo accounts at start-up; only for local runs (make run). */
        @WithDefault("false")
        boolean enabled();
    }
}
