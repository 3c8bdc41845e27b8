package nl.werkbank.profile;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.common.Downloads;
import nl.werkbank.common.QueryParams;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.profile.ProfileViews.ContactDetails;
import nl.werkbank.profile.ProfileViews.CvInfo;
import nl.werkbank.profile.ProfileViews.OwnProfile;
import nl.werkbank.profile.ProfileViews.ProfilePage;
import nl.werkbank.profile.ProfileViews.ProfilePreview;
import nl.werkbank.profile.ProfileViews.ProfileView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles")
public class ProfileResource {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ProfileService profiles;
    private final CurrentCaller caller;

    ProfileResource(ProfileService profiles, CurrentCaller caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @Path("/me/profile")
    @Authenticated
    @Operation(operationId = "getMyProfile", summary = "The caller's complete profile (P-6)")
    @APIResponseSchema(value = OwnProfile.class, responseCode = "200", responseDescription = "The profile")
    @APIResponse(responseCode = "404", description = "The caller has no profile yet")
    public OwnProfile own() {
        return profiles.own(caller.get());
    }

    @PUT
    @Path("/me/profile")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMyProfile", summary = "Create or replace the caller's profile")
    public OwnProfile save(@Valid @NotNull ProfileInput input) {
        return profiles.save(caller.get(), input);
    }

    @GET
    @Path("/me/profile/preview")
    @Authenticated
    @Operation(
            operationId = "previewMyProfile",
            summary = "What the public and a verified organisation see of the caller's profile")
    @APIResponseSchema(
            value = ProfilePreview.class,
            responseCode = "200",
            responseDescription = "Both views of the profile")
    @APIResponse(responseCode = "404", description = "The caller has no profile yet")
    public ProfilePreview preview() {
        return profiles.preview(caller.get());
    }

    @POST
    @Path("/me/profile/cv")
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "uploadMyCv",
            summary = "Upload or replace the caller's CV (PDF or DOCX, checked by content)")
    @APIResponseSchema(value = CvInfo.class, responseCode = "200", responseDescription = "The stored CV")
    @APIResponse(responseCode = "409", description = "Create the profile before uploading a CV")
    public CvInfo uploadCv(@RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", FieldCode.REQUIRED, Text.of("is required", "is verplicht"));
        }
        return profiles.uploadCv(caller.get(), file.fileName(), file.uploadedFile());
    }

    @GET
    @Path("/me/profile/cv")
    @Authenticated
    @Produces({"application/pdf", DOCX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadMyCv", summary = "The caller's own CV")
    @APIResponse(
            responseCode = "200",
            description = "The file as uploaded, PDF or DOCX, as an attachment",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "The caller has no CV")
    public Response ownCv() {
        return attachment(profiles.ownCv(caller.get()));
    }

    @DELETE
    @Path("/me/profile/cv")
    @Authenticated
    @Operation(operationId = "deleteMyCv", summary = "Delete the caller's CV")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "The caller has no CV")
    public void deleteCv() {
        profiles.deleteCv(caller.get());
    }

    @GET
    @Path("/profiles")
    @Authenticated
    @Operation(
            operationId = "searchProfiles",
            summary = "Search profiles (clients); results in the shape the caller may see")
    public ProfilePage search(
            @QueryParam("skill") @Size(max = 20)
                    List<@Size(max = 50) @Pattern(regexp = "[^\\p{Cntrl}]{1,50}", message = "{werkbank.skill}") String>
                            skill,
            @QueryParam("match") @DefaultValue("any") @Pattern(regexp = "any|all", message = "{werkbank.match}")
                    String match,
            @QueryParam("region")
                    @Schema(maxLength = 6)
                    @Pattern(regexp = "[1-9][0-9]{1,3}|ABROAD", message = "{werkbank.region-prefix}")
                    String region,
            @QueryParam("availableFrom") @Schema(format = "date") String availableFrom,
            @QueryParam("minHoursPerWeek") @Min(1) @Max(60) Integer minHoursPerWeek,
            @QueryParam("maxRateCents") @Min(0) Integer maxRateCents,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        List<String> skills = skill == null
                ? List.of()
                : skill.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        ProfileSearch search = new ProfileSearch(
                skills,
                "all".equals(match),
                Optional.ofNullable(region),
                QueryParams.date("availableFrom", availableFrom),
                Optional.ofNullable(minHoursPerWeek),
                Optional.ofNullable(maxRateCents));
        return profiles.search(caller.get(), search, cursor, limit);
    }

    @GET
    @Path("/profiles/{id}")
    @Operation(operationId = "getProfile", summary = "A profile in the shape the caller may see (public without login)")
    public ProfileView view(@PathParam("id") UUID id) {
        return profiles.view(caller.get(), id);
    }

    @POST
    @Path("/profiles/{id}/contact")
    @Authenticated
    @Operation(
            operationId = "releaseProfileContact",
            summary = "Contact details, for a member of a verified organisation; recorded as a disclosure (D-8)")
    @APIResponseSchema(value = ContactDetails.class, responseCode = "200", responseDescription = "The contact details")
    @APIResponse(responseCode = "429", description = "The organisation reached its daily release quota (O-2)")
    public ContactDetails contact(@PathParam("id") UUID id) {
        return profiles.releaseContact(caller.get(), id);
    }

    @GET
    @Path("/profiles/{id}/cv")
    @Authenticated
    @Produces({"application/pdf", DOCX, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "downloadProfileCv",
            summary = "The CV, for a member of a verified organisation; recorded as a disclosure (D-8)")
    @APIResponse(
            responseCode = "200",
            description = "The file as uploaded, PDF or DOCX, as an attachment",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "429", description = "The organisation reached its daily release quota (O-2)")
    public Response cv(@PathParam("id") UUID id) {
        return attachment(profiles.releaseCv(caller.get(), id));
    }

    private static Response attachment(CvDownload cv) {
        return Downloads.attachment(cv.fileName(), cv.contentType(), cv.content());
    }
}
