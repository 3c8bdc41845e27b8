import type { Messages } from './nl';

/** English strings. Typed as Messages, so a missing or extra key fails the build. */
export const en: Messages = {
  'app.name': 'Werkbank',
  'app.tagline': 'The freelance marketplace that takes care of your data',
  'app.skipLink': 'Skip to content',
  'app.documentTitle': '{page} · Werkbank',

  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.me': 'My account',

  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'auth.login': 'Log in',
  'auth.logout': 'Log out',
  'auth.signedInAs': 'Signed in as {name}',
  'auth.checking': 'Checking your session…',
  'auth.redirecting': 'Taking you to the login page…',
  'auth.error': 'Logging in or out did not work. Please try again later.',
  'auth.sessionExpired': 'Your session has expired. Please log in again.',
  'auth.callback.title': 'Logging in',
  'auth.callback.busy': 'One moment, logging you in…',
  'auth.callback.error': 'Logging in could not be completed. Please try again.',

  'home.title': 'Welcome to Werkbank',
  'home.intro':
    'Werkbank brings independent professionals and clients in the Netherlands together: post assignments, respond and work together in one place.',
  'home.privacyTitle': 'Privacy first',
  'home.privacy':
    'We only ask for the data we really need, show you who has seen your data and delete it when it is no longer needed. No trackers, no advertising cookies.',
  'home.linksTitle': 'Get started',
  'home.linkMe': 'View your account',
  'home.linkLogin': 'Log in or create an account',

  'me.title': 'My account',
  'me.loginRequired': 'Log in to see your account details.',
  'me.loading': 'Loading your details…',
  'me.errorTitle': 'Your details could not be loaded',
  'me.retry': 'Try again',
  'me.detailsLabel': 'Your account details',
  'me.name': 'Name',
  'me.email': 'Email address',
  'me.emailMissing': 'Not provided',
  'me.roles': 'Roles',
  'me.rolesNone': 'No roles',
  'me.language': 'Preferred language',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for does not exist (any more) or has moved.',
  'notFound.home': 'Back to the home page',

  'footer.text': 'Werkbank, the Dutch freelance marketplace.',
  'footer.privacy': 'This site uses no tracking or advertising cookies.',

  'errors.generic': 'Something went wrong. Please try again later.',
  'errors.network': 'The server cannot be reached. Check your connection and try again.',
  'errors.badRequest': 'The request is not valid.',
  'errors.unauthorized': 'You are not (or no longer) logged in. Please log in again.',
  'errors.forbidden': 'You do not have access to this data.',
  'errors.notFound': 'This does not exist (any more).',
  'errors.conflict': 'Someone else changed this in the meantime. Please reload the page.',
  'errors.tooManyRequests': 'Too many requests. Please wait a moment and try again.',
  'errors.server': 'Something went wrong on our side. Please try again later.',
  'errors.fields': 'Please check the following fields:',
};
