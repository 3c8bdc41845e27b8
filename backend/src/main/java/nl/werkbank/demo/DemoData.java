package nl.werkbank.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkbank.assignment.AssignmentInput;
import nl.werkbank.assignment.AssignmentLifecycle;
import nl.werkbank.assignment.AssignmentQueries;
import nl.werkbank.assignment.AssignmentSubmissions;
import nl.werkbank.caller.Caller;
import nl.werkbank.caller.Callers;
import nl.werkbank.common.Language;
import nl.werkbank.common.Role;
import nl.werkbank.common.WerkbankConfig;
import nl.werkbank.organisation.OrganisationInput;
import nl.werkbank.organisation.OrganisationService;
import nl.werkbank.profile.ProfileInput;
import nl.werkbank.profile.ProfileService;
import nl.werkbank.subject.NewAccount;
import nl.werkbank.subject.SubjectService;
import org.jboss.logging.Logger;

/**
 * Demo data for local runs ({@code werkbank.demo-data.enabled}): the demo users of
 * keycloak/werkbank-realm.json (matched by their fixed identity-provider ids), a verified
 * organisation with two published assignments, and two profiles. It acts as those users through the features' services, so it
 * obeys the same rules as real data; loading it twice changes nothing that exists.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String ADMIN = "de000000-0000-4000-8000-000000000005";

    record DemoAccount(String oidcSubject, String name, String email, Language language, List<String> roles) {}

    record DemoProfile(String oidcSubject, ProfileInput profile) {}

    /** validThrough is set at load time, three months ahead, so the demo stays published. */
    record DemoAssignment(String oidcSubject, Map<String, Object> assignment) {}

    record DemoOrganisation(String oidcSubject, OrganisationInput organisation, boolean verified) {}

    private final SubjectService subjects;
    private final Callers callers;
    private final OrganisationService organisations;
    private final ProfileService profiles;
    private final AssignmentSubmissions submissions;
    private final AssignmentLifecycle lifecycle;
    private final AssignmentQueries queries;
    private final WerkbankConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    DemoData(
            SubjectService subjects,
            Callers callers,
            OrganisationService organisations,
            ProfileService profiles,
            AssignmentSubmissions submissions,
            AssignmentLifecycle lifecycle,
            AssignmentQueries queries,
            WerkbankConfig config,
            ObjectMapper json,
            Clock clock) {
        this.subjects = subjects;
        this.callers = callers;
        this.organisations = organisations;
        this.profiles = profiles;
        this.submissions = submissions;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    public void load() {
        Map<String, DemoAccount> accounts =
                read("demo/accounts.json", new TypeReference<List<DemoAccount>>() {}).stream()
                        .collect(Collectors.toMap(DemoAccount::oidcSubject, Function.identity()));
        accounts.values()
                .forEach(a ->
                        subjects.registerAccount(new NewAccount(a.oidcSubject(), a.name(), a.email(), a.language())));

        for (DemoOrganisation demo : read("demo/organisations.json", new TypeReference<List<DemoOrganisation>>() {})) {
            Caller client = callerOf(accounts.get(demo.oidcSubject()));
            if (hasOrganisation(client)) {
                continue;
            }
            var organisation = organisations.register(client, demo.organisation());
            if (demo.verified()) {
                organisations.setVerified(callerOf(accounts.get(ADMIN)), organisation.id(), true);
            }
        }
        for (DemoProfile demo : read("demo/profiles.json", new TypeReference<List<DemoProfile>>() {})) {
            Caller professional = callerOf(accounts.get(demo.oidcSubject()));
            if (!profiles.hasProfile(professional)) {
                profiles.save(professional, demo.profile());
            }
        }
        List<DemoAssignment> demoAssignments =
                read("demo/assignments.json", new TypeReference<List<DemoAssignment>>() {});
        Caller admin = callerOf(accounts.get(ADMIN));
        for (DemoAssignment demo : demoAssignments) {
            Caller client = callerOf(accounts.get(demo.oidcSubject()));
            String title = (String) demo.assignment().get("title");
            if (queries.ofMyOrganisation(client, null, config.keyset().maxLimit()).items().stream()
                    .anyMatch(a -> a.title().equals(title))) {
                continue;
            }
            Map<String, Object> fields = new HashMap<>(demo.assignment());
            fields.put("validThrough", LocalDate.now(clock).plusMonths(3).toString());
            fields.put("startDate", LocalDate.now(clock).plusMonths(1).toString());
            AssignmentInput input = json.convertValue(fields, AssignmentInput.class);
            var submitted = submissions.submit(client, new AssignmentInput.Submission(input, null, null));
            if (submitted instanceof AssignmentSubmissions.Drafted drafted) {
                lifecycle.submitForReview(client, drafted.assignment().id());
                lifecycle.approve(admin, drafted.assignment().id());
            }
        }
        LOG.infof("Demo data loaded: %d accounts, %d assignments", accounts.size(), demoAssignments.size());
    }

    private boolean hasOrganisation(Caller client) {
        return client.membership().isPresent();
    }

    private Caller callerOf(DemoAccount account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        account.roles().forEach(claim -> Role.fromClaim(claim).ifPresent(roles::add));
        return callers.forAccount(new Caller.Identity(
                Caller.Kind.PERSON,
                Optional.of(account.oidcSubject()),
                Optional.of(account.name()),
                Optional.ofNullable(account.email()),
                Optional.of(account.language()),
                roles,
                Optional.empty(),
                // The realm's demo users are imported with their address verified.
                account.email() != null));
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
