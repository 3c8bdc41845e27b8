/** Dutch strings of the one-click pages of retention: keep my account (T-3), keep my response. */
export const nlKeep = {
  'keep.loading': 'We kijken waar deze link over gaat…',
  'keep.invalid':
    'Deze link is niet geldig: hij is veranderd, niet van ons, of de gegevens zijn al verwijderd. Er is niets veranderd.',
  'keep.failed': 'Dat lukte niet',
  'keepAccount.title': 'Account houden',
  'keepAccount.question':
    'Je hebt Werkbank lang niet gebruikt, daarom zouden wij je account met je profiel en cv binnenkort verwijderen. Wil je je account houden?',
  'keepAccount.confirm': 'Ja, ik houd mijn account',
  'keepAccount.done': 'Dank je. Je account blijft bestaan; de termijn begint opnieuw.',
  'keepResponse.title': 'Reactie bewaren',
  'keepResponse.question':
    'De procedure voor “{title}” is afgesloten. Mogen wij je reactie een jaar bewaren in plaats van 4 weken?',
  'keepResponse.confirm': 'Ja, bewaar mijn reactie een jaar',
  'keepResponse.done': 'Wij bewaren je reactie op “{title}” een jaar na het afsluiten van de procedure.',
};
