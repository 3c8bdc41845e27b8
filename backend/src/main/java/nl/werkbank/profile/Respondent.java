package nl.werkbank.profile;

import java.util.Optional;
import java.util.UUID;

/** What a professional's response goes out with (R-1: prefilled from the profile). */
public record Respondent(UUID subjectId, String name, String email, String phone, Optional<CvDownload> cv) {}
