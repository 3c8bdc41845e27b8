package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.caller.ManageTokens;
import nl.werkbank.common.CapabilityTokens;
import nl.werkbank.common.WerkbankConfig;

/** the manage tokens of posters without an account, checked once per request by the caller. */
@ApplicationScoped
class AssignmentManageTokens implements ManageTokens {

    private final AssignmentTokenRepository tokens;
    private final AssignmentRepository assignments;
    private final WerkbankConfig config;
    private final Clock clock;

    AssignmentManageTokens(
            AssignmentTokenRepository tokens, AssignmentRepository assignments, WerkbankConfig config, Clock clock) {
        this.tokens = tokens;
        this.assignments = assignments;
        this.config = config;
        this.clock = clock;
    }

    /**
     * S-4: a token works until its expiry, and never longer than {@code manage-after-close} after
     * the assignment closed: a closed procedure needs no management for long, and a leaked link
     * should not stay a way in.
     */
    @Override
    @Transactional
    public Optional<UUID> assignmentManagedBy(String token) {
        Instant now = clock.instant();
        return tokens.findByIdOptional(CapabilityTokens.hash(token))
                .filter(t -> t.purpose == AssignmentToken.Purpose.MANAGE && t.expiresAt.isAfter(now))
                .map(t -> t.assignmentId)
                .filter(id -> assignments
                        .findByIdOptional(id)
                        .map(a -> a.closedAt == null
                                || a.closedAt
                                        .plus(config.submissions().manageAfterClose())
                                        .isAfter(now))
                        .orElse(false));
    }
}
