package nl.werkbank.assignment;

import java.util.List;
import nl.werkbank.assignment.AssignmentViews.AssignmentSummary;
import nl.werkbank.assignment.AssignmentViews.ManagedAssignment;
import nl.werkbank.assignment.AssignmentViews.PosterView;
import nl.werkbank.assignment.AssignmentViews.ProcedureUpdateView;
import nl.werkbank.assignment.AssignmentViews.PublicAssignment;
import nl.werkbank.assignment.AssignmentViews.QuestionView;

/** Builds each audience's shape of an assignment; the public ones have no poster fields at all. */
final class AssignmentShapes {

    private AssignmentShapes() {}

    static AssignmentSummary summaryOf(Assignment a, Province province, String hiringOrganization) {
        return new AssignmentSummary(
                a.id,
                a.title,
                a.region,
                province,
                a.remote,
                a.startDate,
                a.hoursPerWeek,
                a.rateMinCents,
                a.rateMaxCents,
                List.copyOf(a.skills),
                a.validThrough,
                a.publishedAt,
                hiringOrganization);
    }

    static PublicAssignment publicOf(Assignment a, Province province, String hiringOrganization, String pageUrl) {
        return new PublicAssignment(
                a.id,
                a.title,
                a.description,
                a.region,
                province,
                a.remote,
                a.startDate,
                a.durationWeeks,
                a.hoursPerWeek,
                a.rateMinCents,
                a.rateMaxCents,
                List.copyOf(a.skills),
                questions(a),
                a.validThrough,
                a.publishedAt,
                a.procedureStatus,
                hiringOrganization,
                JobPostings.of(a, hiringOrganization, pageUrl));
    }

    static PublishedPosting publishedOf(Assignment a, String hiringOrganization, String pageUrl) {
        return new PublishedPosting(
                a.id,
                a.title,
                a.description,
                a.region,
                a.remote,
                a.rateMinCents,
                a.rateMaxCents,
                a.publishedAt,
                a.validThrough,
                hiringOrganization == null ? JobPostings.CONFIDENTIAL : hiringOrganization,
                pageUrl,
                JobPostings.of(a, hiringOrganization, pageUrl));
    }

    static ManagedAssignment managedOf(
            Assignment a, String organisation, AssignmentPoster poster, List<ProcedureUpdate> updates) {
        PosterView posterView = poster == null
                ? null
                : new PosterView(
                        poster.name,
                        poster.organisationName,
                        poster.email,
                        poster.phone,
                        poster.emailVerifiedAt != null);
        return new ManagedAssignment(
                a.id,
                a.status,
                a.rejectionReason,
                a.title,
                a.description,
                a.region,
                a.remote,
                a.startDate,
                a.durationWeeks,
                a.hoursPerWeek,
                a.rateMinCents,
                a.rateMaxCents,
                List.copyOf(a.skills),
                questions(a),
                a.validThrough,
                a.nameOrganisation,
                a.procedureStatus,
                updates.stream()
                        .map(u -> new ProcedureUpdateView(u.status, u.message, u.createdAt))
                        .toList(),
                organisation,
                posterView,
                a.publishedAt,
                a.closedAt,
                a.createdAt,
                a.updatedAt);
    }

    private static List<QuestionView> questions(Assignment a) {
        return a.questions.stream()
                .map(q -> new QuestionView(q.id(), q.kind(), q.text(), q.required(), List.copyOf(q.options())))
                .toList();
    }
}
