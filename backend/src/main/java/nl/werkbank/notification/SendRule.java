package nl.werkbank.notification;

import java.util.Optional;

/**
 * Asked for every queued mail just before it goes, because what allowed it when it was queued
 * may have changed since: the subject restricted processing (D-5), withdrew consent or objected
 * (C-4). A refused mail is cancelled, not delayed, with the refusing rule's reason kept.
 */
public interface SendRule {

    /** Empty when the mail may go; otherwise why not, without personal data (it is shown to operators). */
    Optional<String> refusal(QueuedMail mail);
}
