package nl.werkbank.response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbank.assignment.Question;
import nl.werkbank.common.Text;
import nl.werkbank.common.problem.FieldCode;
import nl.werkbank.common.problem.ProblemException;
import nl.werkbank.response.ResponseInput.AnswerInput;

/** Answers checked against an assignment's questions: a pure function, no state, no database. */
final class AnswerCheck {

    private AnswerCheck() {}

    /**
     * each required question answered, every answer of the right type, none to a question
     * the assignment does not ask.
     */
    static List<Response.Answer> check(List<Question> questions, List<AnswerInput> given) {
        Map<UUID, Question> byId =
                questions.stream().collect(Collectors.toMap(Question::id, q -> q, (a, b) -> a, LinkedHashMap::new));
        List<ProblemException.Violation> errors = new ArrayList<>();
        Map<UUID, String> values = new HashMap<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            AnswerInput answer = given.get(i);
            String field = "answers[" + i + "]";
            Question question = byId.get(answer.questionId());
            if (question == null) {
                errors.add(new ProblemException.Violation(
                        field + ".questionId",
                        FieldCode.UNKNOWN_REFERENCE,
                        Text.of("is not a question of this assignment", "is geen vraag van deze opdracht")));
                continue;
            }
            if (!seen.add(answer.questionId())) {
                errors.add(new ProblemException.Violation(
                        field + ".questionId",
                        FieldCode.DUPLICATE,
                        Text.of("is answered twice", "is twee keer beantwoord")));
                continue;
            }
            String value = answer.value().strip();
            typeError(question, value)
                    .ifPresent(message -> errors.add(
                            new ProblemException.Violation(field + ".value", message.code(), message.text())));
            if (!value.isEmpty()) {
                values.put(question.id(), value);
            }
        }
        for (Question question : byId.values()) {
            if (question.required() && !values.containsKey(question.id())) {
                errors.add(new ProblemException.Violation(
                        "answers",
                        FieldCode.REQUIRED,
                        Text.of(
                                "question \"" + question.text() + "\" (" + question.id() + ") is required",
                                "vraag \"" + question.text() + "\" (" + question.id() + ") is verplicht")));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return byId.values().stream()
                .filter(q -> values.containsKey(q.id()))
                .map(q -> new Response.Answer(q.id(), q.text(), values.get(q.id())))
                .toList();
    }

    /** Why an answer does not fit its question's kind. */
    private record TypeError(FieldCode code, Text text) {}

    private static Optional<TypeError> typeError(Question question, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (question.kind()) {
            case TEXT -> Optional.empty();
            case YES_NO ->
                value.equals("yes") || value.equals("no")
                        ? Optional.empty()
                        : Optional.of(
                                new TypeError(FieldCode.ONE_OF, Text.of("must be yes or no", "moet yes of no zijn")));
            case NUMBER ->
                isNumber(value)
                        ? Optional.empty()
                        : Optional.of(
                                new TypeError(FieldCode.FORMAT, Text.of("must be a number", "moet een getal zijn")));
            case CHOICE -> {
                String options = String.join(", ", new LinkedHashSet<>(question.options()));
                yield question.options().contains(value)
                        ? Optional.empty()
                        : Optional.of(new TypeError(
                                FieldCode.ONE_OF,
                                Text.of("must be one of " + options, "moet een van deze zijn: " + options)));
            }
        };
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return value.length() <= 30;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
