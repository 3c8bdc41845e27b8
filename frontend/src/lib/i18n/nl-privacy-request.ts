/**
 * Dutch strings of the public privacy-request pages and of "Account sluiten of wissen" in
 * "Mijn gegevens" (issue 9, D-1..D-4). Part of nl.ts; en-privacy-request.ts has the same keys.
 */
export const nlPrivacyRequest = {
  'privacyRequest.status.AWAITING_VERIFICATION': 'Wacht op bevestiging',

  'publicRequest.title': 'Privacyverzoek zonder account',
  'publicRequest.intro':
    'Heb je gereageerd of een opdracht geplaatst zonder account? Dan kun je hier met je e-mailadres je gegevens opvragen, laten corrigeren of laten wissen.',
  'publicRequest.haveAccount': 'Heb je een account?',
  'publicRequest.toMyData': 'Ga naar Mijn gegevens',
  'publicRequest.email': 'Je e-mailadres',
  'publicRequest.emailHint': 'Het adres waarmee je bij ons reageerde of een opdracht plaatste.',
  'publicRequest.type': 'Wat wil je?',
  'publicRequest.explain.ACCESS': 'Je krijgt een versleuteld archief met wat we bij dit adres bewaren.',
  'publicRequest.explain.PORTABILITY': 'Hetzelfde archief, bedoeld om mee te nemen naar een andere dienst.',
  'publicRequest.explain.ERASURE':
    'We wissen je reacties en wat je plaatste. Wat de wet ons laat bewaren (zoals facturen) blijft, afgeschermd en zonder je naam.',
  'publicRequest.explain.RESTRICTION': 'We gebruiken je gegevens tijdelijk niet.',
  'publicRequest.explain.LIFT_RESTRICTION': 'Je gegevens worden weer gebruikt zoals voor de beperking.',
  'publicRequest.explain.OBJECTION': 'Je maakt bezwaar tegen een verwerking. Zeg hieronder waartegen.',
  'publicRequest.explain.RECTIFICATION': 'Er klopt iets niet. Zeg hieronder wat er moet veranderen.',
  'publicRequest.details': 'Toelichting',
  'publicRequest.detailsHint': 'Bij corrigeren en bezwaar: wat moet er anders, of waartegen maak je bezwaar?',
  'publicRequest.privacyNotice': 'We gebruiken je e-mailadres alleen om je verzoek te bevestigen en af te handelen.',
  'publicRequest.submit': 'Verzoek versturen',
  'publicRequest.sent.title': 'Kijk in je mailbox',
  'publicRequest.sent.text':
    'We hebben een bevestigingslink naar dit adres gestuurd. Pas als je op de link klikt, zie je of we gegevens bij dit adres bewaren en wat we ermee doen. Als we gegevens bij dit adres bewaren, krijg je daarna ook bericht over je verzoek.',
  'publicRequest.sent.nothingHappens': 'Zonder bevestiging gebeurt er niets. De link werkt één keer.',
  'publicRequest.askAgain': 'Doe een nieuw verzoek',
  'publicRequest.outcome.due': 'uiterlijk {date} afgehandeld',
  'publicRequest.outcome.closed': 'afgerond op {date}',
  'publicRequest.outcome.reason': 'Reden:',
  'publicRequest.outcome.history': 'Verloop',
  'publicRequest.confirm.title': 'Je verzoek bevestigen',
  'publicRequest.confirm.busy': 'Je verzoek wordt bevestigd…',
  'publicRequest.confirm.done': 'Je verzoek is bevestigd.',
  'publicRequest.confirm.invalid':
    'Deze link is niet (meer) geldig: hij is al gebruikt of verlopen. Doe zo nodig een nieuw verzoek.',
  'publicRequest.confirm.failed': 'Bevestigen is niet gelukt',
  'publicRequest.confirm.followUp': 'Je kunt je verzoek in deze browsersessie blijven volgen:',
  'publicRequest.password.title': 'Het wachtwoord van je archief',
  'publicRequest.password.intro': 'Je archief is versleuteld. Het wachtwoord is:',
  'publicRequest.password.once':
    'Schrijf dit wachtwoord nu op of bewaar het in je wachtwoordmanager. We tonen het nooit meer en sturen het nooit per e-mail.',
  'publicRequest.password.mail': 'De link om het archief te downloaden krijg je per e-mail.',
  'publicRequest.status.title': 'Status van je verzoek',
  'publicRequest.status.loading': 'Je verzoek wordt opgehaald…',
  'publicRequest.status.noToken':
    'We kennen je verzoek in deze browser niet (meer). Vul de statuscode in die je bij de bevestiging kreeg.',
  'publicRequest.status.tokenLabel': 'Statuscode',
  'publicRequest.status.tokenHint': 'Je zag deze code één keer, na het bevestigen van je verzoek.',
  'publicRequest.status.open': 'Bekijk mijn verzoek',
  'publicRequest.status.invalid': 'Met deze code vinden we geen verzoek (meer).',
  'publicRequest.export.title': 'Je archief downloaden',
  'publicRequest.export.explain':
    'Je archief is versleuteld. Open het met het wachtwoord dat je één keer zag toen je het verzoek bevestigde.',
  'publicRequest.export.download': 'Download het archief',
  'publicRequest.export.saved': 'Het archief is opgeslagen in je downloads.',
  'publicRequest.export.invalid':
    'Deze downloadlink is niet (meer) geldig, of het archief is verlopen. Doe zo nodig een nieuw verzoek.',

  'closure.title': 'Account sluiten of wissen',
  'closure.goes.title': 'Wat verdwijnt',
  'closure.goes.account': 'Je account en je inlog: je kunt daarna niet meer inloggen.',
  'closure.goes.profile': 'Je profiel, je cv en je contactgegevens.',
  'closure.goes.responses': 'Je reacties op opdrachten, ook de kopieën bij opdrachtgevers die we beheren.',
  'closure.goes.mail': 'Berichten die nog naar je onderweg zijn.',
  'closure.stays.title': 'Wat blijft, omdat de wet het vraagt',
  'closure.stays.records':
    'Gegevens over plaatsingen en facturen bewaren we 7 jaar (fiscale bewaarplicht), afgeschermd en zonder je naam.',
  'closure.stays.proof': 'Het bewijs dat je om wissen vroeg en dat we het deden, zonder je gegevens zelf.',
  'closure.stays.recipients': 'Wie je gegevens eerder ontving, laten we weten dat ze gewist zijn.',
  'closure.when.title': 'Wanneer',
  'closure.when.close':
    'Account sluiten: je profiel is meteen verborgen; na 30 dagen wissen we je account. Tot dan kun je het heropenen.',
  'closure.when.erase': 'Account wissen: meteen en definitief. Je wordt daarna uitgelogd.',
  'closure.close': 'Account sluiten',
  'closure.erase': 'Account wissen',
  'closure.cancel': 'Annuleren',
  'closure.confirmClose.title': 'Weet je zeker dat je je account wilt sluiten?',
  'closure.confirmClose.text':
    'Je profiel is meteen verborgen. Over 30 dagen wissen we je account. Tot die tijd kun je het hier heropenen.',
  'closure.confirmClose.yes': 'Ja, sluit mijn account',
  'closure.closed':
    'Je account is gesloten op {closedAt}. Je profiel is verborgen. We wissen je account op {erasureDueAt}, tenzij je het eerder heropent.',
  'closure.reopen.title': 'Account heropenen',
  'closure.reopen.text':
    'Heb je je account gesloten en wil je toch blijven? Heropen het vóór de dag waarop we het wissen. Je profiel blijft verborgen tot je zelf de zichtbaarheid weer kiest.',
  'closure.reopen.button': 'Heropen mijn account',
  'closure.reopened': 'Je account is open. We wissen het niet. Kies in je profiel weer wie het mag zien.',
  'closure.confirmErase.title': 'Weet je zeker dat je je account wilt wissen?',
  'closure.confirmErase.text':
    'We wissen je account en je gegevens meteen. Dit kan niet ongedaan worden gemaakt. Download je gegevens eerst als je ze wilt bewaren.',
  'closure.confirmErase.understood': 'Ik begrijp dat mijn account en gegevens definitief worden gewist.',
  'closure.confirmErase.yes': 'Wis mijn account definitief',
  'closure.erasing': 'Je account wordt gewist…',
  'closure.eraseReceived': 'Je verzoek om te wissen is ontvangen. We handelen het uiterlijk {date} af.',
  'closure.erased.title': 'Je account is gewist',
  'closure.erased.text': 'We hebben je account en je gegevens gewist. Je bent uitgelogd en kunt niet meer inloggen.',
  'closure.erased.kept':
    'Wat de wet ons laat bewaren (plaatsingen en facturen, 7 jaar, zonder je naam) blijft afgeschermd bewaard.',
  'closure.erased.home': 'Naar de startpagina',
} as const satisfies Record<string, string>;
