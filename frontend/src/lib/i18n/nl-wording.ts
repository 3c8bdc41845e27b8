/**
 * Dutch strings of issue 16's wording work: the steps of a privacy request (the API sends their
 * codes, no sentences), and the post form's error texts, one per field and error code. Part of
 * nl.ts; en-wording.ts has the same keys.
 */
export const nlWording = {
  'privacyRequest.event.AWAITING_CONFIRMATION':
    'We hebben een link naar je e-mailadres gestuurd; het verzoek start als je die bevestigt.',
  'privacyRequest.event.RECEIVED': 'We hebben je verzoek ontvangen.',
  'privacyRequest.event.CONFIRMED': 'Je hebt je e-mailadres bevestigd; de termijn loopt vanaf nu.',
  'privacyRequest.event.NOTHING_HELD': 'We hebben geen gegevens die bij dit e-mailadres horen, behalve dit verzoek.',
  'privacyRequest.event.RESTRICTED':
    'Je gegevens zijn beperkt: we bewaren ze, maar niemand ziet of gebruikt ze, en we sturen je geen e-mail behalve over deze beperking. Iedereen die je gegevens kreeg, is ingelicht.',
  'privacyRequest.event.NOT_RESTRICTED': 'Je gegevens waren niet beperkt.',
  'privacyRequest.event.RESTRICTION_LIFT_ANNOUNCED': 'We hebben je per e-mail laten weten dat de beperking stopt.',
  'privacyRequest.event.RESTRICTION_LIFTED': 'De beperking is gestopt: je gegevens worden weer gebruikt zoals eerst.',
  'privacyRequest.event.ERASED': 'De gegevens bij je e-mailadres zijn gewist; iedereen die ze kreeg, is ingelicht.',
  'privacyRequest.event.EXPORT_READY':
    'Je gegevens staan 7 dagen voor je klaar om te downloaden, als versleuteld archief.',
  'privacyRequest.event.COMPLETED_AUTOMATICALLY': 'Je verzoek is direct uitgevoerd.',
  'privacyRequest.event.HANDED_TO_PRIVACY_OFFICER':
    'Onze privacyfunctionaris behandelt dit verzoek zelf: het platform voert dit soort verzoek nog niet zelf uit. Je hoort binnen de termijn van ons.',
  'privacyRequest.event.ERASURE_HELD_FOR_LEGAL_CLAIM':
    'Een deel van je gegevens moeten we voorlopig bewaren voor een juridische claim (art. 17 lid 3 onder e AVG), dus we hebben nog niets gewist. Onze privacyfunctionaris behandelt je verzoek en laat je binnen de termijn weten wat gewist wordt en wat bewaard blijft, en waarom.',
  'privacyRequest.event.RECIPIENTS_TOLD_OF_CORRECTION':
    'We hebben iedereen ingelicht die de gecorrigeerde gegevens kreeg.',
  'privacyRequest.event.EXTENDED': 'De termijn is verlengd.',
  'privacyRequest.event.COMPLETED': 'Je verzoek is uitgevoerd.',
  'privacyRequest.event.REJECTED': 'Je verzoek is afgewezen.',
  'privacyRequest.event.EXPORT_EXPIRED': 'Het archief met je gegevens is verlopen en verwijderd.',

  'assignmentError.title.required': 'Vul een titel in.',
  'assignmentError.title.tooLong': 'Maak de titel korter: hij mag maximaal {max} tekens hebben.',
  'assignmentError.description.required': 'Beschrijf de opdracht.',
  'assignmentError.description.tooLong': 'Maak de omschrijving korter: ze mag maximaal {max} tekens hebben.',
  'assignmentError.region.required': 'Vul het postcodegebied in, of vink aan dat de opdracht in het buitenland is.',
  'assignmentError.region.pattern':
    'Vul de 4 cijfers van de postcode in, bijvoorbeeld 3511; het eerste cijfer is geen 0.',
  'assignmentError.remote.required': 'Kies waar het werk gebeurt: op locatie, hybride of op afstand.',
  'assignmentError.startDate.format': 'Vul de startdatum in als dag, maand en jaar.',
  'assignmentError.startDate.range': 'Kies een startdatum die niet in het verleden ligt.',
  'assignmentError.durationWeeks.range': 'De duur moet een heel aantal weken zijn, van {min} tot en met {max}.',
  'assignmentError.hoursPerWeek.range':
    'Het aantal uren per week moet een heel getal zijn, van {min} tot en met {max}.',
  'assignmentError.rateMin.format': 'Vul het minimale uurtarief in euro in, bijvoorbeeld 85 of 85,50.',
  'assignmentError.rateMin.range': 'Het minimale uurtarief moet tussen € {min} en € {max} liggen.',
  'assignmentError.rateMax.format': 'Vul het maximale uurtarief in euro in, bijvoorbeeld 95 of 95,50.',
  'assignmentError.rateMax.range': 'Het maximale uurtarief moet tussen € {min} en € {max} liggen.',
  'assignmentError.rateMax.belowMin': 'Het maximale uurtarief mag niet lager zijn dan het minimale uurtarief.',
  'assignmentError.skills.tooMany': 'Noem maximaal {max} vaardigheden.',
  'assignmentError.skills.tooLong': 'Noem maximaal {max} vaardigheden, van elk maximaal {length} tekens.',
  'assignmentError.skills.skillTooLong': 'De vaardigheid “{skill}” is langer dan {max} tekens.',
  'assignmentError.skills.controlChars': 'Gebruik geen onzichtbare besturingstekens in de vaardigheden.',
  'assignmentError.validThrough.required': 'Vul in tot en met welke dag de opdracht gepubliceerd wordt.',
  'assignmentError.validThrough.format': 'Vul de laatste publicatiedag in als dag, maand en jaar.',
  'assignmentError.validThrough.range': 'Kies een laatste publicatiedag die niet in het verleden ligt.',
  'assignmentError.questions.tooMany': 'Stel maximaal {max} vragen.',
  'assignmentError.question.required': 'Vul de vraag in, of verwijder haar.',
  'assignmentError.question.tooLong': 'Maak de vraag korter: ze mag maximaal {max} tekens hebben.',
  'assignmentError.options.count': 'Geef deze keuzevraag {min} tot {max} keuzes.',
  'assignmentError.option.required': 'Vul de keuze in, of verwijder haar.',
  'assignmentError.option.tooLong': 'Maak de keuze korter: ze mag maximaal {max} tekens hebben.',
  'assignmentError.posterName.required': 'Vul je naam in.',
  'assignmentError.posterName.tooLong': 'Maak je naam korter: hij mag maximaal {max} tekens hebben.',
  'assignmentError.posterOrganisation.required': 'Vul de naam van je organisatie in.',
  'assignmentError.posterOrganisation.tooLong': 'Maak de naam van je organisatie korter: maximaal {max} tekens.',
  'assignmentError.posterEmail.required': 'Vul je e-mailadres in; daar sturen we de bevestigingslink naartoe.',
  'assignmentError.posterEmail.pattern': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  'assignmentError.posterEmail.tooLong': 'Dit e-mailadres is te lang: maximaal {max} tekens.',
  'assignmentError.posterPhone.required': 'Vul je telefoonnummer in.',
  'assignmentError.posterPhone.pattern':
    'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 6 12345678.',
};
