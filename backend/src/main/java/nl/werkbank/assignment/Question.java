package nl.werkbank.assignment;

import java.util.List;
import java.util.UUID;

/**
 * One requirement question of an assignment, as stored with it and as other features see
 * it; its id is what a response answers.
 */
public record Question(UUID id, QuestionKind kind, String text, boolean required, List<String> options) {}
