package nl.werkbank.organisation;

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
import nl.werkbank.organisation.ColleagueViews.Colleague;
import nl.werkbank.organisation.ColleagueViews.ColleagueList;
import nl.werkbank.organisation.ColleagueViews.Invitation;
import nl.werkbank.organisation.ColleagueViews.InvitationAcceptance;
import nl.werkbank.organisation.ColleagueViews.InvitationInput;
import nl.werkbank.organisation.ColleagueViews.InvitationList;
import nl.werkbank.organisation.ColleagueViews.JoinRequestInput;
import nl.werkbank.organisation.ColleagueViews.JoinRequestList;
import nl.werkbank.organisation.ColleagueViews.SentJoinRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    OrganisationResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @POST
    @Path("/organisations")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(operationId = "registerOrganisation", summary = "A client registers their organisation and joins it")
    @APIResponseSchema(
            value = OrganisationView.class,
            responseCode = "201",
            responseDescription = "Registered; the caller is its first member")
    @APIResponse(responseCode = "409", description = "The caller already belongs to an organisation")
    public OrganisationView register(@Valid @NotNull OrganisationInput input) {
        return organisations.register(caller.get(), input);
    }

    @GET
    @Path("/me/organisation")
    @Operation(operationId = "getMyOrganisation", summary = "The caller's organisation")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "200", responseDescription = "The organisation")
    @APIResponse(responseCode = "404", description = "The caller does not belong to an organisation yet")
    public OrganisationView mine() {
        return organisations.mine(caller.get());
    }

    @GET
    @Path("/organisations")
    @Operation(operationId = "listOrganisations", summary = "All organisations, oldest first (admin)")
    public OrganisationPage list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return organisations.list(caller.get(), cursor, limit);
    }

    @POST
    @Path("/organisations/{id}/verification")
    @Operation(operationId = "verifyOrganisation", summary = "Mark an organisation as verified (admin)")
    public OrganisationView verify(@PathParam("id") UUID id) {
        return organisations.setVerified(caller.get(), id, true);
    }

    @DELETE
    @Path("/organisations/{id}/verification")
    @Operation(operationId = "unverifyOrganisation", summary = "Withdraw an organisation's verification (admin)")
    public OrganisationView unverify(@PathParam("id") UUID id) {
        return organisations.setVerified(caller.get(), id, false);
    }

    // --- colleagues (O-2) --------------------------------------------------------------------

    @GET
    @Path("/me/organisation/members")
    @Operation(operationId = "listMyColleagues", summary = "O-2: the members of the caller's organisation")
    @APIResponseSchema(value = ColleagueList.class, responseCode = "200", responseDescription = "Longest member first")
    public ColleagueList colleagues() {
        return organisations.colleagues(caller.get());
    }

    @DELETE
    @Path("/me/organisation/members/{id}")
    @Operation(operationId = "removeColleague", summary = "O-2: remove a colleague from the organisation, or leave it")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The last member cannot leave")
    public void removeColleague(@PathParam("id") UUID id) {
        organisations.removeColleague(caller.get(), id);
    }

    @POST
    @Path("/me/organisation/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(operationId = "inviteColleague", summary = "O-2: invite a colleague by e-mail (a single-use link)")
    @APIResponseSchema(
            value = Invitation.class,
            responseCode = "201",
            responseDescription = "Invited; the link is mailed")
    public Invitation invite(@Valid @NotNull InvitationInput input) {
        return organisations.invite(caller.get(), input);
    }

    @GET
    @Path("/me/organisation/invitations")
    @Operation(operationId = "listInvitations", summary = "O-2: the organisation's invitations not used or expired yet")
    @APIResponseSchema(value = InvitationList.class, responseCode = "200", responseDescription = "Newest first")
    public InvitationList invitations() {
        return organisations.invitations(caller.get());
    }

    @DELETE
    @Path("/me/organisation/invitations/{id}")
    @Operation(operationId = "revokeInvitation", summary = "O-2: withdraw an invitation; its link stops working")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public void revokeInvitation(@PathParam("id") UUID id) {
        organisations.revokeInvitation(caller.get(), id);
    }

    @POST
    @Path("/organisation-invitations/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptInvitation", summary = "O-2: a client joins the organisation that invited them")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "200", responseDescription = "Joined")
    @APIResponse(responseCode = "404", description = "The link is unknown, used or expired")
    @APIResponse(responseCode = "409", description = "The caller already belongs to an organisation")
    public OrganisationView acceptInvitation(@Valid @NotNull InvitationAcceptance input) {
        return organisations.acceptInvitation(caller.get(), input);
    }

    @POST
    @Path("/organisation-join-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(
            operationId = "askToJoinOrganisation",
            summary = "O-2: a client asks to join the organisation registered under a KvK number")
    @APIResponseSchema(
            value = SentJoinRequest.class,
            responseCode = "201",
            responseDescription = "Asked; a member decides")
    @APIResponse(responseCode = "409", description = "The caller already belongs to an organisation")
    public SentJoinRequest askToJoin(@Valid @NotNull JoinRequestInput input) {
        return organisations.askToJoin(caller.get(), input);
    }

    @GET
    @Path("/me/organisation/join-requests")
    @Operation(operationId = "listJoinRequests", summary = "O-2: clients waiting to join the caller's organisation")
    @APIResponseSchema(value = JoinRequestList.class, responseCode = "200", responseDescription = "Oldest first")
    public JoinRequestList joinRequests() {
        return organisations.joinRequests(caller.get());
    }

    @POST
    @Path("/me/organisation/join-requests/{id}/approval")
    @Operation(operationId = "approveJoinRequest", summary = "O-2: let the client join as a colleague")
    @APIResponseSchema(value = Colleague.class, responseCode = "200", responseDescription = "Joined")
    @APIResponse(responseCode = "409", description = "They joined another organisation in the meantime")
    public Colleague approveJoinRequest(@PathParam("id") UUID id) {
        return organisations.approveJoinRequest(caller.get(), id);
    }

    @DELETE
    @Path("/me/organisation/join-requests/{id}")
    @Operation(operationId = "declineJoinRequest", summary = "O-2: decline a request to join")
    @APIResponse(responseCode = "204", description = "Declined")
    public void declineJoinRequest(@PathParam("id") UUID id) {
        organisations.declineJoinRequest(caller.get(), id);
    }
}
