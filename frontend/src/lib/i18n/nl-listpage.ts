/**
 * Dutch strings of the job-board list, the assignment page's actions and the response form's
 * preview (issue 16). Part of nl.ts; en-listpage.ts has the same keys.
 */
export const nlListpage = {
  'respond.already.title': 'Je hebt al gereageerd',
  'respond.already.body': 'Je reageerde op {date}. De status van je reactie: {status}.',
  'respond.already.toMyResponses': 'Bekijk je reactie bij Mijn reacties',
  'respond.already.withdrawn': 'Je eerdere reactie op {date} heb je ingetrokken. Je kunt opnieuw reageren.',
  'respond.sent.title': 'Dit stuur je mee',
  'respond.sent.intro': 'De opdrachtgever ontvangt je reactie met deze gegevens uit je profiel:',
  'respond.sent.name': 'Naam',
  'respond.sent.email': 'E-mailadres',
  'respond.sent.phone': 'Telefoonnummer',
  'respond.sent.noPhone': 'geen (niet ingevuld in je profiel)',
  'respond.sent.cv': 'Cv',
  'respond.sent.cvChosen': 'het bestand dat je hieronder kiest: {name}',
  'respond.sent.cvProfile': 'het cv uit je profiel: {name}',
  'respond.sent.noCv': 'geen cv',
  'respond.sent.editProfile': 'Gegevens aanpassen in je profiel',
  'respond.visitor.login': 'Heb je een account? Log in, dan gebruiken we de gegevens en het cv uit je profiel.',
  'respond.visitor.loginButton': 'Inloggen',
} as const;
