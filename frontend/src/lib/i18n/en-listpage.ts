import type { nlListpage } from './nl-listpage';

/** English strings of the job-board list, the assignment page's actions and the response preview. */
export const enListpage: Record<keyof typeof nlListpage, string> = {
  'respond.already.title': 'You have already responded',
  'respond.already.body': 'You responded on {date}. The status of your response: {status}.',
  'respond.already.toMyResponses': 'See your response under My responses',
  'respond.already.withdrawn': 'You withdrew your earlier response of {date}. You can respond again.',
  'respond.sent.title': 'What you send',
  'respond.sent.intro': 'The client receives your response with these details from your profile:',
  'respond.sent.name': 'Name',
  'respond.sent.email': 'E-mail address',
  'respond.sent.phone': 'Phone number',
  'respond.sent.noPhone': 'none (not filled in on your profile)',
  'respond.sent.cv': 'CV',
  'respond.sent.cvChosen': 'the file you choose below: {name}',
  'respond.sent.cvProfile': 'the CV from your profile: {name}',
  'respond.sent.noCv': 'no CV',
  'respond.sent.editProfile': 'Change these details in your profile',
  'respond.visitor.login': 'Have an account? Log in, and we use the details and CV from your profile.',
  'respond.visitor.loginButton': 'Log in',
};
