/**
 * De Nederlandse juridische pagina's die de seed publiceert: een begintekst, geschreven bij wat
 * 14voices doet (prijzen, licenties, werkwijze, persoonsgegevens), die het bureau met zijn adviseur
 * nakijkt en in de admin aanpast. Markdown-subset van `richTextFromMarkdown`.
 */
export const legalNl = {
  terms: {
    title: 'Algemene voorwaarden',
    body: `**Concept, door het bureau na te kijken.** Deze tekst is geschreven bij de manier waarop het boekingsplatform van 14voices werkt. 14voices kijkt hem na en past hem aan (zo nodig met juridisch advies) voordat het erop vertrouwt; tot die tijd beschrijft hij de regels van het platform, geen getoetst juridisch standpunt.

## 1. Wie wij zijn en wanneer deze voorwaarden gelden
Deze voorwaarden gelden voor elke boeking die een klant via deze website bij 14voices (het bureau) maakt. De gegevens van het bureau staan op de [contactpagina](/nl/contact). Als je boekt, accepteer je de versie van deze voorwaarden die op dat moment op deze pagina staat; de boeking legt die versie en het tijdstip vast.

## 2. Boeking en prijs
- De website berekent de prijs als je boekt en toont hem op de boekknop ("Boek voor € …"). Die prijs staat vast voor de boeking.
- De prijs bestaat uit het basistarief van de stemacteur voor het soort project, extra woorden boven de woorden die bij het basistarief inbegrepen zijn (per begonnen blok van 100 woorden), de gebruikslicentie (zie artikel 5) en, bij een spoedopdracht, een spoedtoeslag.
- Prijzen zijn exclusief btw. De btw komt op de factuur waar die van toepassing is: Nederlandse btw voor klanten in Nederland en particulieren in de EU, "btw verlegd" voor bedrijven elders in de EU met een geldig btw-nummer, en geen btw bij export buiten de EU.
- Een boeking is bindend zodra je, na het accepteren van deze voorwaarden, op de boekknop drukt.

## 3. Script, opname en levering
- Je uploadt het script via de website. Scripts worden privé opgeslagen: alleen jij, de stemacteur die je boekt en het bureau kunnen ze openen.
- De deadline telt in werkdagen (Amsterdamse tijd, zonder Nederlandse feestdagen en sluitingsdagen van het bureau) vanaf de dag waarop je script binnenkomt. Een spoedopdracht wordt binnen één werkdag na ontvangst van het script geleverd.
- De stemacteur levert de opname via de website; daar kun je hem beluisteren en downloaden.

## 4. Revisies, goedkeuren en annuleren
- Bij elke boeking zijn het aantal gratis revisierondes inbegrepen dat bij de boeking staat. Extra revisierondes worden tegen de revisieprijs gefactureerd. Een revisie is een aanpassing van de levering binnen het oorspronkelijke script en de regie-aanwijzingen; een nieuw of gewijzigd script is een nieuwe boeking.
- Je keurt een levering goed op de pagina van de boeking. Een levering die zonder besluit ter beoordeling blijft staan, wordt na het aantal dagen uit de e-mails over je boeking automatisch goedgekeurd.
- Je kunt een boeking zelf annuleren, met een reden, tot de stemacteur met de opname begint. Daarna loopt annuleren via het bureau, dat het al gedane werk in rekening kan brengen.

## 5. Gebruikslicentie (buy-out)
- Na volledige betaling van de factuur krijg je een niet-exclusieve licentie om de opname te gebruiken voor het geboekte project, binnen de **media** (online, radio, tv, bioscoop of intern gebruik), het **gebied** (lokaal, regionaal, landelijk of wereldwijd) en de **looptijd** (3, 6 of 12 maanden, of onbeperkt) die in de boeking gekozen zijn. De looptijd gaat in bij de eerste publicatie, en uiterlijk bij het goedkeuren van de levering.
- "Onbeperkt" is een buy-out zonder einddatum, nog steeds beperkt tot de geboekte media en het geboekte gebied.
- Elk ander gebruik — een ander medium, een groter gebied, een langere periode, een andere campagne of een ander product — vraagt vooraf een nieuwe of uitgebreide licentie van het bureau.
- Je mag de licentie doorgeven aan de eindklant voor wie het project geboekt is, alleen voor dat project.

## 6. Geen AI-training of stemklonen
Opnames die via 14voices gemaakt zijn, mogen — door jou of door iemand aan wie je ze doorgeeft — niet worden gebruikt om een systeem voor kunstmatige intelligentie of machine learning te trainen, bij te trainen of te testen, om een synthetische of gekloonde versie van de stem van de stemacteur te maken, of om nieuwe spraak met de stem van de stemacteur te genereren, **zonder voorafgaande schriftelijke toestemming van de stemacteur** voor dat specifieke doel. Dit geldt voor elke licentie, ook voor een onbeperkte buy-out. Gebruik in strijd met dit artikel beëindigt de licentie.

## 7. Facturen en betaling
Het bureau factureert de boeking zodra de levering is goedgekeurd. Facturen betaal je binnen de betalingstermijn die op de factuur staat. Betaalde revisies worden apart gefactureerd.

## 8. Vertrouwelijkheid en persoonsgegevens
Het bureau en zijn stemacteurs behandelen je scripts en opnames vertrouwelijk. Hoe we met persoonsgegevens omgaan, staat in de [privacyverklaring](/nl/privacy).

## 9. Aansprakelijkheid
De aansprakelijkheid van het bureau voor een boeking is beperkt tot het bedrag dat voor die boeking gefactureerd is, behalve bij opzet of grove nalatigheid.

## 10. Wijzigingen en toepasselijk recht
Het bureau kan deze voorwaarden wijzigen voor toekomstige boekingen; een boeking houdt de versie die bij het boeken geaccepteerd is. Op deze voorwaarden is Nederlands recht van toepassing.`,
  },
  privacy: {
    title: 'Privacyverklaring',
    body: `**Concept, door het bureau na te kijken.** Deze verklaring beschrijft wat het platform van 14voices met persoonsgegevens doet. 14voices kijkt hem na en past hem aan voordat het erop vertrouwt.

## Wie is verantwoordelijk
14voices (gegevens op de [contactpagina](/nl/contact)) is verantwoordelijk voor de persoonsgegevens die via deze website verwerkt worden.

## Wat we bewaren en waarom
- **Je account**: naam, e-mailadres, wachtwoord (alleen als hash opgeslagen), taal en, als je die invult, factuurgegevens (bedrijf, adres, land, btw-nummer). Die hebben we nodig om je boekingen uit te voeren en te factureren.
- **Je boekingen**: projectgegevens, de scripts die je uploadt, opnames, revisie-opmerkingen en besluiten. Die zijn nodig om de boeking uit te voeren. De stemacteur die je boekt ziet de boeking en het script, maar niet je prijs.
- **Facturen**: nummer, datum, bedragen en de factuurgegevens op het moment van factureren. De Nederlandse belastingwet verplicht ons facturen 7 jaar te bewaren.
- **Audittrail**: wat er met een boeking is gebeurd, wanneer, door wie, en het IP-adres van het verzoek. We bewaren dit bij de boeking om geschillen op te lossen en accounts tegen misbruik te beschermen.
- **E-mails** over je boekingen en je account, in jouw taal.

## Wie het nog meer ziet
De medewerkers van het bureau, de stemacteur van je boeking (alleen voor die boeking) en de dienstverleners die in onze opdracht de website hosten, de bestanden opslaan en de e-mails versturen. Privébestanden (scripts, opnames, facturen) staan nooit op een openbaar adres: elke download wordt aan je account getoetst.

## Hoe lang we het bewaren
- Scripts en opnames van een afgeronde boeking worden na een bewaartermijn automatisch verwijderd (90 dagen na het afronden, tenzij het bureau een andere termijn instelt). De boeking zelf blijft bestaan, gemarkeerd als "bestanden verwijderd".
- Facturen bewaren we 7 jaar, ook als je je account verwijdert.
- Je account blijft bestaan tot je het verwijdert.

## Je rechten
- **Je gegevens inzien en downloaden**: "Mijn gegevens downloaden" op je [gegevenspagina](/nl/account/privacy) geeft je profiel, boekingen, factuurgegevens en de auditgebeurtenissen over jou in één bestand.
- **Je account verwijderen**: "Mijn account verwijderen" op dezelfde pagina wist je naam, e-mailadres en factuurgegevens. Boekingen blijven zonder je naam bij het bureau; facturen blijven ongewijzigd (7 jaar, zie boven).
- **Je gegevens verbeteren** in je accountinstellingen, of vraag het ons.
- Je kunt bezwaar maken tegen een verwerking of vragen stellen via de gegevens op de contactpagina, en een klacht indienen bij de Autoriteit Persoonsgegevens.

## Cookies
De website gebruikt een inlogcookie (alleen als je inlogt) en een cookie die je taal onthoudt. Er zijn geen advertentie- of volgcookies, en er wordt geen inhoud van andere websites geladen.`,
  },
  contact: {
    title: 'Contact',
    body: `Vragen over een boeking, een licentie of een factuur? Mail of bel ons tijdens kantooruren (maandag tot en met vrijdag, Amsterdamse tijd). Je kunt ook antwoorden op elke e-mail over je boeking.

Voor vragen over je persoonsgegevens: zie de [privacyverklaring](/nl/privacy).`,
  },
} as const
