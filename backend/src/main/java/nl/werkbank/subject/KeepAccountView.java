package nl.werkbank.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KeepAccount", description = "What a signed \"keep my account\" link is about (T-3)")
public record KeepAccountView(
        @Schema(
                required = true,
                description = "Whether the account was used or kept since the last inactivity warning; "
                        + "false until the link's POST (or any other meaningful contact)")
        boolean kept) {}
