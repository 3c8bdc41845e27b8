import type { nlPrivacyRequest } from './nl-privacy-request';

/** English strings of the public privacy-request pages and of closing or erasing the account. */
export const enPrivacyRequest: Record<keyof typeof nlPrivacyRequest, string> = {
  'privacyRequest.status.AWAITING_VERIFICATION': 'Awaiting confirmation',

  'publicRequest.title': 'Privacy request without an account',
  'publicRequest.intro':
    'Did you respond or post an assignment without an account? Then you can ask here, with your e-mail address, to see, correct or erase your data.',
  'publicRequest.haveAccount': 'Do you have an account?',
  'publicRequest.toMyData': 'Go to My data',
  'publicRequest.email': 'Your e-mail address',
  'publicRequest.emailHint': 'The address you used to respond or to post an assignment.',
  'publicRequest.type': 'What would you like?',
  'publicRequest.explain.ACCESS': 'You get an encrypted archive of what we keep for this address.',
  'publicRequest.explain.PORTABILITY': 'The same archive, meant to take to another service.',
  'publicRequest.explain.ERASURE':
    'We erase your responses and what you posted. What the law lets us keep (such as invoices) stays, restricted and without your name.',
  'publicRequest.explain.RESTRICTION': 'We stop using your data for a while.',
  'publicRequest.explain.LIFT_RESTRICTION': 'Your data is used again as before the restriction.',
  'publicRequest.explain.OBJECTION': 'You object to a processing. Tell us below what you object to.',
  'publicRequest.explain.RECTIFICATION': 'Something is wrong. Tell us below what should change.',
  'publicRequest.details': 'Details',
  'publicRequest.detailsHint': 'For a correction or an objection: what should change, or what do you object to?',
  'publicRequest.privacyNotice': 'We use your e-mail address only to confirm and handle your request.',
  'publicRequest.submit': 'Send request',
  'publicRequest.sent.title': 'Check your mailbox',
  'publicRequest.sent.text':
    'We have sent a confirmation link to this address. Only when you click the link will you see whether we keep data for this address and what we do with it. If we hold data for this address, you will then also get mail about your request.',
  'publicRequest.sent.nothingHappens': 'Without confirmation nothing happens. The link works once.',
  'publicRequest.askAgain': 'Make a new request',
  'publicRequest.outcome.due': 'handled by {date}',
  'publicRequest.outcome.closed': 'completed on {date}',
  'publicRequest.outcome.reason': 'Reason:',
  'publicRequest.outcome.history': 'Steps',
  'publicRequest.confirm.title': 'Confirm your request',
  'publicRequest.confirm.busy': 'Confirming your request…',
  'publicRequest.confirm.done': 'Your request is confirmed.',
  'publicRequest.confirm.invalid':
    'This link is not valid (any more): it was used already or has expired. Make a new request if needed.',
  'publicRequest.confirm.failed': 'Confirming did not work',
  'publicRequest.confirm.followUp': 'You can follow your request in this browser session:',
  'publicRequest.password.title': 'Your archive’s password',
  'publicRequest.password.intro': 'Your archive is encrypted. The password is:',
  'publicRequest.password.once':
    'Write this password down now or keep it in your password manager. We never show it again and never send it by e-mail.',
  'publicRequest.password.mail': 'The link to download the archive comes by e-mail.',
  'publicRequest.status.title': 'Status of your request',
  'publicRequest.status.loading': 'Loading your request…',
  'publicRequest.status.noToken':
    'This browser does not know your request (any more). Enter the status code you got at confirmation.',
  'publicRequest.status.tokenLabel': 'Status code',
  'publicRequest.status.tokenHint': 'You saw this code once, after confirming your request.',
  'publicRequest.status.open': 'Show my request',
  'publicRequest.status.invalid': 'We find no request (any more) with this code.',
  'publicRequest.export.title': 'Download your archive',
  'publicRequest.export.explain':
    'Your archive is encrypted. Open it with the password you saw once when you confirmed the request.',
  'publicRequest.export.download': 'Download the archive',
  'publicRequest.export.saved': 'The archive was saved to your downloads.',
  'publicRequest.export.invalid':
    'This download link is not valid (any more), or the archive has expired. Make a new request if needed.',

  'closure.title': 'Close or erase your account',
  'closure.goes.title': 'What goes',
  'closure.goes.account': 'Your account and your login: you can no longer log in afterwards.',
  'closure.goes.profile': 'Your profile, your CV and your contact details.',
  'closure.goes.responses': 'Your responses to assignments, including the copies we keep for clients.',
  'closure.goes.mail': 'Messages still on their way to you.',
  'closure.stays.title': 'What stays, because the law requires it',
  'closure.stays.records':
    'Records of placements and invoices are kept for 7 years (tax retention duty), restricted and without your name.',
  'closure.stays.proof': 'Proof that you asked for erasure and that we did it, without your data itself.',
  'closure.stays.recipients': 'Whoever received your data before is told that it was erased.',
  'closure.when.title': 'When',
  'closure.when.close':
    'Closing your account: your profile is hidden at once; after 30 days we erase your account. Until then you can reopen it.',
  'closure.when.erase': 'Erasing your account: at once and for good. You are signed out afterwards.',
  'closure.close': 'Close account',
  'closure.erase': 'Erase account',
  'closure.cancel': 'Cancel',
  'closure.confirmClose.title': 'Are you sure you want to close your account?',
  'closure.confirmClose.text':
    'Your profile is hidden at once. In 30 days we erase your account. Until then you can reopen it here.',
  'closure.confirmClose.yes': 'Yes, close my account',
  'closure.closed':
    'Your account was closed on {closedAt}. Your profile is hidden. We erase your account on {erasureDueAt}, unless you reopen it before.',
  'closure.reopen.title': 'Reopen your account',
  'closure.reopen.text':
    'Closed your account and want to stay after all? Reopen it before the day we erase it. Your profile stays hidden until you choose its visibility again.',
  'closure.reopen.button': 'Reopen my account',
  'closure.reopened': 'Your account is open. We will not erase it. Choose again in your profile who may see it.',
  'closure.confirmErase.title': 'Are you sure you want to erase your account?',
  'closure.confirmErase.text':
    'We erase your account and your data at once. This cannot be undone. Download your data first if you want to keep it.',
  'closure.confirmErase.understood': 'I understand that my account and data are erased for good.',
  'closure.confirmErase.yes': 'Erase my account for good',
  'closure.erasing': 'Erasing your account…',
  'closure.eraseReceived': 'Your erasure request was received. We will handle it by {date}.',
  'closure.erased.title': 'Your account has been erased',
  'closure.erased.text': 'We erased your account and your data. You are signed out and can no longer log in.',
  'closure.erased.kept':
    'What the law lets us keep (placements and invoices, 7 years, without your name) stays, restricted.',
  'closure.erased.home': 'To the home page',
};
