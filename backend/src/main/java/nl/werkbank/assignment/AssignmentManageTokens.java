package nl.werkbank.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.caller.ManageTokens;
import nl.werkbank.common.CapabilityTokens;

/** the manage tokens of posters without an account, checked once per request by the caller. */
@ApplicationScoped
class AssignmentManageTokens implements ManageTokens {

    private final AssignmentTokenRepository tokens;
    private final Clock clock;

    AssignmentManageTokens(AssignmentTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<UUID> assignmentManagedBy(String token) {
        return tokens.findByIdOptional(CapabilityTokens.hash(token))
                .filter(t -> t.purpose == AssignmentToken.Purpose.MANAGE && t.expiresAt.isAfter(clock.instant()))
                .map(t -> t.assignmentId);
    }
}
