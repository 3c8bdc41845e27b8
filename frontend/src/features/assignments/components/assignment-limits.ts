/**
 * Limits of AssignmentInput / QuestionInput / PosterInput in openapi.yaml. The form checks them
 * first for quick, field-level feedback; the server still decides.
 */
export const LIMITS = {
  title: 150,
  description: 10_000,
  durationMin: 1,
  durationMax: 260,
  hoursMin: 1,
  hoursMax: 60,
  rateMaxCents: 100_000,
  skills: 20,
  skill: 50,
  questions: 20,
  questionText: 500,
  optionsMin: 2,
  optionsMax: 20,
  option: 100,
  posterName: 100,
  posterOrganisation: 200,
  email: 320,
} as const;
