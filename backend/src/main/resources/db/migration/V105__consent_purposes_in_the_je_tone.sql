-- Issue 16 glossary: Dutch texts address the person with "je", as the app and the mails do. The
-- purposes' meaning is unchanged (only the form of address), so their ids stay and no consent
-- has to be asked again (V70: a changed meaning would need a new id).
UPDATE consent_purpose SET
    name_nl = 'Berichten over je gebruik van Werkbank',
    explanation_nl = 'Bevestigingen, reacties op opdrachten en antwoorden op je verzoeken. Zonder deze berichten kunnen we je niet helpen; je kunt ze daarom niet uitzetten.'
WHERE id = 'service-messages';

UPDATE consent_purpose SET
    explanation_nl = 'We mailen je nieuwe opdrachten die passen bij je zoekopdracht: de eerste binnen enkele minuten, daarna hooguit één mail per dag. Alleen met je toestemming; afmelden kan met één klik in elke mail.'
WHERE id = 'job-alerts';

UPDATE consent_purpose SET
    explanation_nl = 'Nieuws over Werkbank en de markt voor interim-opdrachten. Alleen met je toestemming; afmelden kan met één klik in elke mail.'
WHERE id = 'newsletter';

UPDATE consent_purpose SET
    explanation_nl = 'Je profiel is zichtbaar voor opdrachtgevers op het niveau dat je bij je profiel kiest.'
WHERE id = 'profile-sharing';

UPDATE consent_purpose SET
    explanation_nl = 'We rangschikken opdrachten en profielen op hoe goed ze bij elkaar passen. Zonder toestemming bepalen alleen je eigen zoekcriteria wat je ziet, op datum. Er wordt nooit automatisch over je beslist.'
WHERE id = 'profiling';

UPDATE consent_purpose SET
    explanation_nl = 'Gegevens over gezondheid, diversiteit of strafrechtelijk verleden vragen we nooit standaard; alleen met je uitdrukkelijke toestemming, en ze worden nooit aan opdrachtgevers getoond.'
WHERE id = 'special-category-data';

UPDATE consent_purpose SET
    explanation_nl = 'We mogen je noemen als voorbeeld van een geslaagde plaatsing.'
WHERE id = 'success-story';
