package nl.werkbank.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import nl.werkbank.audit.Audit;
import nl.werkbank.audit.AuditAction;
import nl.werkbank.audit.AuditDetails;
import nl.werkbank.caller.Caller;
import nl.werkbank.common.Role;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.consent.ConsentViews.NoticeInput;
import nl.werkbank.consent.ConsentViews.NoticeView;

/** C-3: the privacy officer publishes versions of the privacy notice; anyone reads the one in force. */
@ApplicationScoped
public class PrivacyNoticeService {

    private final PrivacyNoticeRepository notices;
    private final Audit audit;
    private final Clock clock;

    PrivacyNoticeService(PrivacyNoticeRepository notices, Audit audit, Clock clock) {
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public NoticeView current() {
        return notices.current(clock.instant())
                .map(NoticeView::of)
                .orElseThrow(() -> ProblemException.notFound("No privacy notice is in force."));
    }

    /** A new version; it takes effect now or at a later date, never earlier (what people were shown stays true). */
    @Transactional
    public NoticeView publish(Caller caller, NoticeInput input) {
        caller.requireRole(Role.PRIVACY_OFFICER, "Privacy notices are published by the privacy officer.");
        Instant now = clock.instant();
        Instant effectiveAt = input.effectiveAt() == null ? now : input.effectiveAt();
        if (effectiveAt.isBefore(now)) {
            throw ProblemException.invalid(
                    "effectiveAt",
                    FieldCode.RANGE,
                    Text.of("must not be in the past", "mag niet in het verleden liggen"));
        }
        PrivacyNotice notice = new PrivacyNotice();
        notice.version = notices.nextVersion();
        notice.textNl = input.textNl().strip();
        notice.textEn = input.textEn().strip();
        notice.material = input.material();
        notice.effectiveAt = effectiveAt;
        notice.publishedAt = now;
        notices.persist(notice);
        audit.append(caller, AuditAction.PRIVACY_NOTICE_PUBLISHED, null, AuditDetails.none());
        return NoticeView.of(notice);
    }
}
