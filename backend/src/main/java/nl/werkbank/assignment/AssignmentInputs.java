package nl.werkbank.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentInput.QuestionInput;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;

/** What the poster typed, checked across fields and written onto the entity: shared by posting and editing. */
final class AssignmentInputs {

    private AssignmentInputs() {}

    static Assignment newAssignment(AssignmentInput input, AssignmentStatus status, Instant now) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.status = status;
        assignment.procedureStatus = ProcedureStatus.OPEN;
        assignment.createdAt = now;
        assignment.updatedAt = now;
        apply(assignment, input);
        return assignment;
    }

    /** Question ids survive an edit that keeps the question, so answers keep pointing at it. */
    static void apply(Assignment assignment, AssignmentInput input) {
        assignment.title = input.title().strip();
        assignment.description = input.description().strip();
        assignment.region = input.region();
        assignment.remote = input.remote();
        assignment.startDate = input.startDate();
        assignment.durationWeeks = input.durationWeeks();
        assignment.hoursPerWeek = input.hoursPerWeek();
        assignment.rateMinCents = input.rateMinCents();
        assignment.rateMaxCents = input.rateMaxCents();
        assignment.skills = input.skills().stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        List<Question> questions = new ArrayList<>();
        Map<String, UUID> kept = new HashMap<>();
        if (assignment.questions != null) {
            assignment.questions.forEach(q -> kept.put(q.kind() + "|" + q.text(), q.id()));
        }
        for (QuestionInput q : input.questions()) {
            String text = q.text().strip();
            UUID id = kept.getOrDefault(q.kind() + "|" + text, UUID.randomUUID());
            questions.add(new Question(
                    id,
                    q.kind(),
                    text,
                    q.required(),
                    q.kind() == QuestionKind.CHOICE
                            ? q.options().stream().map(String::strip).toList()
                            : List.of()));
        }
        assignment.questions = questions;
        assignment.validThrough = input.validThrough();
        assignment.nameOrganisation = input.nameOrganisation();
    }

    /** Rules across fields, beyond what the input's annotations check. */
    static void validate(AssignmentInput input, LocalDate today) {
        throwIfAny(crossFieldErrors(input, today));
    }

    /**
     * A new assignment's rules: those of {@link #validate}, and a start date that has not passed.
     * An edit may keep a start date that passed while the assignment ran.
     */
    static void validateNew(AssignmentInput input, LocalDate today) {
        List<ProblemException.Violation> errors = crossFieldErrors(input, today);
        if (input.startDate() != null && input.startDate().isBefore(today)) {
            errors.add(new ProblemException.Violation(
                    "assignment.startDate",
                    FieldCode.RANGE,
                    Text.of("must not be in the past", "mag niet in het verleden liggen")));
        }
        throwIfAny(errors);
    }

    private static void throwIfAny(List<ProblemException.Violation> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static List<ProblemException.Violation> crossFieldErrors(AssignmentInput input, LocalDate today) {
        List<ProblemException.Violation> errors = new ArrayList<>();
        if (input.rateMinCents() != null
                && input.rateMaxCents() != null
                && input.rateMinCents() > input.rateMaxCents()) {
            errors.add(new ProblemException.Violation(
                    "assignment.rateMaxCents",
                    FieldCode.RANGE,
                    Text.of("must not be lower than rateMinCents", "mag niet lager zijn dan rateMinCents")));
        }
        if (input.validThrough().isBefore(today)) {
            errors.add(new ProblemException.Violation(
                    "assignment.validThrough",
                    FieldCode.RANGE,
                    Text.of("must not be in the past", "mag niet in het verleden liggen")));
        }
        for (int i = 0; i < input.questions().size(); i++) {
            QuestionInput q = input.questions().get(i);
            int options = q.options() == null ? 0 : q.options().size();
            if (q.kind() == QuestionKind.CHOICE && options < 2) {
                errors.add(new ProblemException.Violation(
                        "assignment.questions[" + i + "].options",
                        FieldCode.TOO_SHORT,
                        Text.of("a choice needs at least 2 options", "een keuzevraag heeft minstens 2 opties")));
            } else if (q.kind() != QuestionKind.CHOICE && options > 0) {
                errors.add(new ProblemException.Violation(
                        "assignment.questions[" + i + "].options",
                        FieldCode.NOT_ALLOWED,
                        Text.of("only a choice has options", "alleen een keuzevraag heeft opties")));
            }
        }
        return errors;
    }
}
