/**
 * The admin is a staff screen, and staff are addressed as "je/jouw" (README, "Language"). Payload's
 * own Dutch says "u/uw" in these texts; the rest of its Dutch already says "je" or neither. A few
 * of its list cells' words are also put as Dutch staff say them (ja/nee, an empty cell as a dash).
 */
export const informalDutch = {
  authentication: {
    beginCreateFirstUser: 'Maak om te beginnen je eerste gebruiker aan.',
    checkYourEmailForPasswordReset:
      'Als het e-mailadres bij een account hoort, krijg je zo instructies om je wachtwoord opnieuw in te stellen. Kijk ook in je map met spam of ongewenste e-mail als de e-mail niet in je inbox staat.',
    forgotPasswordEmailInstructions:
      'Vul hieronder je e-mailadres in. Je krijgt een e-mail met instructies om je wachtwoord opnieuw in te stellen.',
    forgotPasswordUsernameInstructions:
      'Vul hieronder je gebruikersnaam in. Instructies om je wachtwoord opnieuw in te stellen worden gestuurd naar het e-mailadres dat bij je gebruikersnaam hoort.',
    generatingNewAPIKeyWillInvalidate:
      'Een nieuwe API-sleutel maakt de vorige sleutel <1>ongeldig</1>. Weet je zeker dat je wilt doorgaan?',
    loggedIn: 'Om in te loggen als een andere gebruiker moet je eerst <0>uitloggen</0>.',
    loggedInChangePassword: 'Je wijzigt je wachtwoord onder <0>account</0>.',
    loggedOutInactivity: 'Je bent uitgelogd omdat je een tijd niet actief was.',
    loggedOutSuccessfully: 'Je bent uitgelogd.',
    loginWithAnotherUser: 'Om in te loggen als een andere gebruiker moet je eerst <0>uitloggen</0>.',
    newAccountCreated:
      'Er is zojuist een account voor je aangemaakt op <a href="{{serverURL}}">{{serverURL}}</a>. Klik op de volgende link, of plak de URL eronder in je browser, om je e-mailadres te bevestigen: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Daarna kun je inloggen.',
    resetYourPassword: 'Stel je wachtwoord opnieuw in',
    verifyYourEmail: 'Bevestig je e-mailadres',
    youAreInactive:
      'Je bent al een tijdje niet actief en wordt voor je eigen veiligheid binnenkort uitgelogd. Wil je ingelogd blijven?',
    youAreReceivingResetPassword:
      'Je krijgt deze e-mail omdat jij (of iemand anders) heeft gevraagd het wachtwoord van je account opnieuw in te stellen. Klik op de volgende link, of plak hem in je browser, om dat te doen:',
    youDidNotRequestPassword: 'Heb je dit niet gevraagd? Negeer dan deze e-mail; je wachtwoord blijft dan hetzelfde.',
  },
  dashboard: {
    discardMessage:
      'Je hebt wijzigingen in de indeling van je dashboard die niet zijn opgeslagen. Weet je zeker dat je ze wilt weggooien?',
    noItems:
      'Er staan geen widgets op je dashboard. Je kunt ze toevoegen via het menu "Dashboard" in de bovenste balk.',
  },
  error: {
    deletingTitle:
      'Er is een fout opgetreden bij het verwijderen van {{title}}. Controleer je verbinding en probeer het opnieuw.',
    documentNotFound:
      'Het document met ID {{id}} is niet gevonden. Misschien is het verwijderd of heeft het nooit bestaan, of heb je er geen toegang toe.',
    notAllowedToAccessPage: 'Je hebt geen toegang tot deze pagina.',
    notAllowedToPerformAction: 'Je mag dit niet doen.',
    restoringTitle:
      'Er is een fout opgetreden bij het herstellen van {{title}}. Controleer je verbinding en probeer het opnieuw.',
    // Payload says this both to visitors (401) and, on a page their role may not open, to people logged in.
    unauthorized: 'Geen toegang: log in met een account dat dit mag.',
    unverifiedEmail: 'Bevestig je e-mailadres voordat je inlogt.',
  },
  fields: {
    toggleBlock: 'Blok in- of uitklappen',
  },
  folder: {
    moveItemsToFolderConfirmation:
      'Je staat op het punt <1>{{count}} {{label}}</1> te verplaatsen naar <2>{{toFolder}}</2>. Weet je het zeker?',
    moveItemsToRootConfirmation:
      'Je staat op het punt <1>{{count}} {{label}}</1> naar de hoofdmap te verplaatsen. Weet je het zeker?',
    moveItemToFolderConfirmation:
      'Je staat op het punt <1>{{title}}</1> te verplaatsen naar <2>{{toFolder}}</2>. Weet je het zeker?',
    moveItemToRootConfirmation:
      'Je staat op het punt <1>{{title}}</1> naar de hoofdmap te verplaatsen. Weet je het zeker?',
  },
  general: {
    // The account page's heading for the admin's own settings (language, theme): our staff know no "Payload".
    payloadSettings: 'Instellingen van het beheer',
    aboutToDelete: 'Je staat op het punt {{label}} <1>{{title}}</1> te verwijderen. Weet je het zeker?',
    aboutToPermanentlyDelete:
      'Je staat op het punt {{label}} <1>{{title}}</1> definitief te verwijderen. Weet je het zeker?',
    aboutToPermanentlyDeleteTrash:
      'Je staat op het punt <0>{{count}}</0> <1>{{label}}</1> definitief uit de prullenbak te verwijderen. Weet je het zeker?',
    aboutToRestore: 'Je staat op het punt {{label}} <1>{{title}}</1> te herstellen. Weet je het zeker?',
    aboutToRestoreAsDraft:
      'Je staat op het punt {{label}} <1>{{title}}</1> als concept te herstellen. Weet je het zeker?',
    aboutToRestoreAsDraftCount: 'Je staat op het punt {{count}} {{label}} als concept te herstellen',
    aboutToRestoreCount: 'Je staat op het punt {{count}} {{label}} te herstellen',
    aboutToTrash:
      'Je staat op het punt {{label}} <1>{{title}}</1> naar de prullenbak te verplaatsen. Weet je het zeker?',
    aboutToTrashCount: 'Je staat op het punt {{count}} {{label}} naar de prullenbak te verplaatsen',
    changesNotSaved: 'Je wijzigingen zijn niet opgeslagen. Als je weggaat, gaan ze verloren.',
    copyWarning:
      'Je staat op het punt {{to}} te overschrijven met {{from}} voor {{label}} {{title}}. Weet je het zeker?',
    documentOutOfDate: 'Een andere gebruiker heeft dit document net gewijzigd. Wat je ziet is niet meer actueel.',
    false: 'Nee',
    moveConfirm:
      'Je staat op het punt {{count}} {{label}} te verplaatsen naar <1>{{destination}}</1>. Weet je het zeker?',
    // An empty list cell; Payload's own says 'Geen "Organisatie"'.
    noLabel: '–',
    noResultsDescription: 'Er is niets, of niets past bij de filters die je hierboven hebt gekozen.',
    sorryNotFound: 'Sorry, er is niets gevonden dat bij je vraag past.',
    true: 'Ja',
    unsavedChanges: 'Je hebt wijzigingen die niet zijn opgeslagen. Sla ze op of gooi ze weg voordat je verdergaat.',
    unsavedChangesDuplicate: 'Je hebt wijzigingen die niet zijn opgeslagen. Wil je toch dupliceren?',
  },
  version: {
    aboutToRestore: 'Je staat op het punt dit {{label}}-document te herstellen zoals het was op {{versionDate}}.',
    aboutToRestoreGlobal: 'Je staat op het punt {{label}} te herstellen zoals het was op {{versionDate}}.',
    aboutToRevertToPublished:
      'Je staat op het punt de wijzigingen in dit document terug te draaien naar de gepubliceerde versie. Weet je het zeker?',
    aboutToUnpublish: 'Je staat op het punt de publicatie van dit document in te trekken. Weet je het zeker?',
    aboutToUnpublishIn:
      'Je staat op het punt de publicatie van dit document in {{locale}} in te trekken. Weet je het zeker?',
  },
}
