package nl.werkbank.notification;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import nl.werkbank.common.WerkbankConfig;

/** Values every mail template may use; links in mails point to the SPA. */
@TemplateGlobal
public final class MailGlobals {

    private MailGlobals() {}

    static String spaUrl() {
        return Arc.container().instance(WerkbankConfig.class).get().spaUrl();
    }
}
