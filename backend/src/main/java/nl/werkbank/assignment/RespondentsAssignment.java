package nl.werkbank.assignment;

import java.util.List;
import java.util.UUID;
import nl.werkbank.assignment.AssignmentViews.ProcedureUpdateView;

/** what a respondent sees of the assignment they responded to: its title and the procedure, never the poster. */
public record RespondentsAssignment(UUID id, String title, List<ProcedureUpdateView> procedure) {}
