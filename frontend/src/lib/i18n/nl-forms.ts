/**
 * Dutch strings of issue 16's forms work: page loading, the disclosure log rendered from codes,
 * the profile, manage and post forms. Part of nl.ts; en-forms.ts has the same keys.
 */
export const nlForms = {
  'disclosures.category.response': 'je reactie en antwoorden',
  'disclosures.purpose.application': 'je reactie op een opdracht',
  'disclosures.recipient.assignmentPoster': 'de opdrachtgever van “{title}”',
  'disclosures.recipient.coachNetwork': 'het coachnetwerk van Werkbank',
  'form.month.month': 'Maand',
  'form.month.year': 'Jaar',
  'form.month.choose': 'Kies een maand',
  'profile.preview.toggle': 'Toon of verberg het voorbeeld',
  'received.statusUnchanged': 'Kies een andere status dan de huidige.',
  'assignments.preview.show': 'Voorbeeld bekijken',
  'assignments.preview.title': 'Controleer je opdracht',
  'assignments.preview.intro':
    'Zo zien professionals je opdracht als hij gepubliceerd is. Klopt alles? Verstuur hem dan. Wil je nog iets veranderen? Ga dan terug naar het formulier.',
  'assignments.preview.poster': 'Jouw gegevens (niet openbaar)',
  'assignments.preview.back': 'Terug naar het formulier',
};
