package nl.werkbank.introduction;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.werkbank.caller.CurrentCaller;
import nl.werkbank.introduction.IntroductionViews.AcceptedContactRequest;
import nl.werkbank.introduction.IntroductionViews.AcceptedContactRequestPage;
import nl.werkbank.introduction.IntroductionViews.AnonymisedContactRequest;
import nl.werkbank.introduction.IntroductionViews.AnonymisedContactRequestPage;
import nl.werkbank.introduction.IntroductionViews.IncomingIntroduction;
import nl.werkbank.introduction.IntroductionViews.IncomingIntroductionPage;
import nl.werkbank.introduction.IntroductionViews.OwnContactRequest;
import nl.werkbank.introduction.IntroductionViews.OwnContactRequestPage;
import nl.werkbank.introduction.IntroductionViews.RequestedIntroduction;
import nl.werkbank.introduction.IntroductionViews.RequestedIntroductionPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** K-1..K-3 over HTTP: contact requests to coaches, introductions to clients. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Introductions")
public class IntroductionResource {

    private final IntroductionService introductions;
    private final CurrentCaller caller;

    IntroductionResource(IntroductionService introductions, CurrentCaller caller) {
        this.introductions = introductions;
        this.caller = caller;
    }

    @POST
    @Path("/contact-requests/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "previewContactRequest",
            summary = "K-1: exactly what coaches would see of this request; nothing is stored")
    @APIResponseSchema(
            value = AnonymisedContactRequest.class,
            responseCode = "200",
            responseDescription = "The anonymised request")
    public AnonymisedContactRequest preview(@Valid @NotNull ContactRequestInput input) {
        return introductions.preview(caller.get(), input);
    }

    @POST
    @Path("/contact-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(operationId = "sendContactRequest", summary = "K-1: a professional asks the coach network for contact")
    @APIResponseSchema(value = OwnContactRequest.class, responseCode = "201", responseDescription = "Sent")
    public OwnContactRequest send(@Valid @NotNull ContactRequestInput input) {
        return introductions.send(caller.get(), input);
    }

    @GET
    @Path("/contact-requests")
    @Operation(operationId = "listOpenContactRequests", summary = "K-1: open requests, anonymised (coaches)")
    @APIResponseSchema(
            value = AnonymisedContactRequestPage.class,
            responseCode = "200",
            responseDescription = "Oldest first")
    public AnonymisedContactRequestPage open(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return introductions.open(caller.get(), cursor, limit);
    }

    @POST
    @Path("/contact-requests/{id}/acceptance")
    @Operation(
            operationId = "acceptContactRequest",
            summary = "K-2: the first coach to accept receives the candidate's contact details (a disclosure)")
    @APIResponseSchema(
            value = AcceptedContactRequest.class,
            responseCode = "200",
            responseDescription = "Accepted; the released contact details")
    @APIResponse(responseCode = "409", description = "Another coach accepted first")
    public AcceptedContactRequest accept(@PathParam("id") UUID id) {
        return introductions.accept(caller.get(), id);
    }

    @GET
    @Path("/me/accepted-contact-requests")
    @Operation(
            operationId = "listMyAcceptedContactRequests",
            summary = "K-2: the requests the calling coach accepted, with the contact details released to them")
    @APIResponseSchema(
            value = AcceptedContactRequestPage.class,
            responseCode = "200",
            responseDescription = "Newest first")
    public AcceptedContactRequestPage acceptedByMe(
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return introductions.acceptedByMe(caller.get(), cursor, limit);
    }

    @GET
    @Path("/me/contact-requests")
    @Operation(operationId = "listMyContactRequests", summary = "K-1, K-2: the caller's requests and who accepted them")
    @APIResponseSchema(value = OwnContactRequestPage.class, responseCode = "200", responseDescription = "Newest first")
    public OwnContactRequestPage mine(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return introductions.mine(caller.get(), cursor, limit);
    }

    @DELETE
    @Path("/me/contact-requests/{id}")
    @Operation(operationId = "withdrawMyContactRequest", summary = "K-1: withdraw a request; it is erased")
    @APIResponse(responseCode = "204", description = "Withdrawn and erased")
    public void withdraw(@PathParam("id") UUID id) {
        introductions.withdraw(caller.get(), id);
    }

    @POST
    @Path("/profiles/{id}/introductions")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            operationId = "askForIntroduction",
            summary = "K-3: a member of a verified organisation asks to be introduced to an anonymous profile")
    @APIResponseSchema(value = RequestedIntroduction.class, responseCode = "201", responseDescription = "Asked")
    @APIResponse(
            responseCode = "409",
            description = "The profile shares contact details directly, or the organisation already asked")
    public RequestedIntroduction ask(@PathParam("id") UUID id, @Valid @NotNull IntroductionInput input) {
        return introductions.ask(caller.get(), id, input);
    }

    @GET
    @Path("/me/organisation/introductions")
    @Operation(
            operationId = "listMyOrganisationIntroductions",
            summary = "K-3: the introductions the caller's organisation asked for, and their outcome")
    @APIResponseSchema(
            value = RequestedIntroductionPage.class,
            responseCode = "200",
            responseDescription = "Newest first")
    public RequestedIntroductionPage askedByMyOrganisation(
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return introductions.askedByMyOrganisation(caller.get(), cursor, limit);
    }

    @GET
    @Path("/me/introductions")
    @Operation(operationId = "listMyIntroductions", summary = "K-3: introductions organisations asked of the caller")
    @APIResponseSchema(
            value = IncomingIntroductionPage.class,
            responseCode = "200",
            responseDescription = "Newest first")
    public IncomingIntroductionPage incoming(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return introductions.incoming(caller.get(), cursor, limit);
    }

    @POST
    @Path("/me/introductions/{id}/acceptance")
    @Operation(
            operationId = "acceptIntroduction",
            summary = "K-3: accept; name and contact details go to the organisation (a disclosure)")
    @APIResponseSchema(value = IncomingIntroduction.class, responseCode = "200", responseDescription = "Accepted")
    @APIResponse(responseCode = "409", description = "Already answered, or expired")
    public IncomingIntroduction acceptIntroduction(@PathParam("id") UUID id) {
        return introductions.decide(caller.get(), id, true);
    }

    @POST
    @Path("/me/introductions/{id}/decline")
    @Operation(
            operationId = "declineIntroduction",
            summary = "K-3: decline; the organisation learns only that it was declined")
    @APIResponseSchema(value = IncomingIntroduction.class, responseCode = "200", responseDescription = "Declined")
    @APIResponse(responseCode = "409", description = "Already answered, or expired")
    public IncomingIntroduction declineIntroduction(@PathParam("id") UUID id) {
        return introductions.decide(caller.get(), id, false);
    }
}
