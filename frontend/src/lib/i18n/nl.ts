/**
 * Dutch strings: the source dictionary. Every key here must exist in en.ts (the type system
 * and i18n.test.tsx both check it).
 */
export const nl = {
  'app.name': 'Werkbank',
  'app.tagline': 'De freelancemarkt die zuinig is op je gegevens',
  'app.skipLink': 'Direct naar de inhoud',
  'app.documentTitle': '{page} · Werkbank',

  'nav.label': 'Hoofdmenu',
  'nav.home': 'Start',
  'nav.me': 'Mijn account',

  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'auth.login': 'Inloggen',
  'auth.logout': 'Uitloggen',
  'auth.signedInAs': 'Ingelogd als {name}',
  'auth.checking': 'Je sessie wordt gecontroleerd…',
  'auth.redirecting': 'Je wordt doorgestuurd naar de inlogpagina…',
  'auth.error': 'Inloggen of uitloggen is niet gelukt. Probeer het later opnieuw.',
  'auth.sessionExpired': 'Je sessie is verlopen. Log opnieuw in.',
  'auth.callback.title': 'Bezig met inloggen',
  'auth.callback.busy': 'Even geduld, je wordt ingelogd…',
  'auth.callback.error': 'Het inloggen kon niet worden afgerond. Probeer het opnieuw.',

  'home.title': 'Welkom bij Werkbank',
  'home.intro':
    'Werkbank brengt zelfstandige professionals en opdrachtgevers in Nederland bij elkaar: opdrachten plaatsen, reageren en samenwerken op één plek.',
  'home.privacyTitle': 'Privacy voorop',
  'home.privacy':
    'We vragen alleen de gegevens die we echt nodig hebben, laten zien wie je gegevens heeft ingezien en verwijderen ze wanneer ze niet meer nodig zijn. Geen trackers, geen advertentiecookies.',
  'home.linksTitle': 'Aan de slag',
  'home.linkMe': 'Bekijk je account',
  'home.linkLogin': 'Log in of maak een account aan',

  'me.title': 'Mijn account',
  'me.loginRequired': 'Log in om je accountgegevens te bekijken.',
  'me.loading': 'Je gegevens worden geladen…',
  'me.errorTitle': 'Je gegevens konden niet worden geladen',
  'me.retry': 'Opnieuw proberen',
  'me.detailsLabel': 'Je accountgegevens',
  'me.name': 'Naam',
  'me.email': 'E-mailadres',
  'me.emailMissing': 'Niet opgegeven',
  'me.roles': 'Rollen',
  'me.rolesNone': 'Geen rollen',
  'me.language': 'Voorkeurstaal',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'De pagina die je zoekt bestaat niet (meer) of is verplaatst.',
  'notFound.home': 'Terug naar de startpagina',

  'footer.text': 'Werkbank, de Nederlandse freelancemarkt.',
  'footer.privacy': 'Deze site gebruikt geen tracking- of advertentiecookies.',

  'errors.generic': 'Er ging iets mis. Probeer het later opnieuw.',
  'errors.network': 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  'errors.badRequest': 'Het verzoek is niet geldig.',
  'errors.unauthorized': 'Je bent niet (meer) ingelogd. Log opnieuw in.',
  'errors.forbidden': 'Je hebt geen toegang tot deze gegevens.',
  'errors.notFound': 'Dit bestaat niet (meer).',
  'errors.conflict': 'Dit is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.',
  'errors.tooManyRequests': 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
  'errors.server': 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  'errors.fields': 'Controleer de volgende velden:',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
