package nl.werkbank.profile;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.subject.PersonalDataHandler;

/** The profile and the CV file of a professional. */
@ApplicationScoped
public class ProfileDataHandler implements PersonalDataHandler {

    private final ProfileRepository profiles;
    private final CvFileRepository cvFiles;

    ProfileDataHandler(ProfileRepository profiles, CvFileRepository cvFiles) {
        this.profiles = profiles;
        this.cvFiles = cvFiles;
    }

    @Override
    public String category() {
        return "profile";
    }

    @Override
    public Set<String> tables() {
        return Set.of("profile", "cv_file");
    }

    @Override
    public Object export(UUID subjectId) {
        Map<String, Object> export = new LinkedHashMap<>();
        profiles.findBySubject(subjectId)
                .ifPresent(p -> export.put(
                        "profile",
                        ProfileShapes.ownOf(
                                p,
                                cvFiles.findByIdOptional(subjectId)
                                        .map(ProfileShapes::cvInfoOf)
                                        .orElse(null))));
        cvFiles.findByIdOptional(subjectId)
                .ifPresent(cv -> export.put("cvFile", new ExportedCv(cv.fileName, cv.contentType, cv.content)));
        return export;
    }

    /** The CV itself goes into the export; JSON carries it base64-encoded. */
    public record ExportedCv(String fileName, String contentType, byte[] content) {}

    @Override
    public Set<String> mailAddresses(UUID subjectId) {
        return profiles.findBySubject(subjectId)
                .map(p -> p.contactEmail)
                .filter(email -> email != null && !email.isBlank())
                .map(Set::of)
                .orElse(Set.of());
    }

    @Override
    public void erase(UUID subjectId) {
        cvFiles.deleteById(subjectId);
        profiles.delete("subjectId", subjectId);
    }

    @Override
    public void restrict(UUID subjectId) {
        profiles.update("restricted = true WHERE subjectId = ?1", subjectId);
    }

    @Override
    public void lift(UUID subjectId) {
        profiles.update("restricted = false WHERE subjectId = ?1", subjectId);
    }
}
