# House texts: every letter uses these, whatever the scheme.

## Details beside the address (date, reference, contact).
detail-date = Datum
detail-reference = Ons kenmerk
detail-subject = Onderwerp
detail-handled-by = Behandeld door
detail-phone = Telefoon
## The footer of every page: $page is this page, $pages how many the letter has.
page-of = Pagina { $page } van { $pages }

## Salutation and closing. $name is the name as the case system has it.
salutation-heer = Beste meneer { $name },
salutation-mevrouw = Beste mevrouw { $name },
salutation-none = Beste { $name },
## The college of burgemeester en wethouders decides; the signatory signs on its behalf (mandaat).
closing = Met vriendelijke groet,
    namens het college van burgemeester en wethouders,

## The invorderingsambtenaar decides on kwijtschelding of municipal taxes (Invorderingswet 1990
## art. 26, Gemeentewet art. 255); a template with signed_for = "invorderingsambtenaar" closes so.
closing-invorderingsambtenaar = Met vriendelijke groet,
    namens de invorderingsambtenaar van de gemeente,

## Default titles of the boxes (::: deadline, ::: warning, ::: info, ::: objection).
callout-deadline = Let op de datum
callout-warning = Let op
callout-info = Goed om te weten
objection-title = Bent u het niet eens met dit besluit?

## Which letter counts (Awb 2:6: the Dutch letter is the official one).
binding-note = Dit is de officiële brief.
binding-note-title = Welke brief telt?
## A bilingual letter (--with-dutch): first the translation, then the Dutch text. Each of
## these is printed twice, in the letter's language and in Dutch, so both readers see it.
bilingual-note = Deze brief staat in twee talen. Eerst staat de vertaling. Daarna staat de Nederlandse tekst. Alleen de Nederlandse tekst is officieel.
bilingual-translation = Vertaling
bilingual-binding = Nederlandse tekst: deze tekst is officieel

## The timeline at the end of an easy-read letter.
timeline-title = Wat gebeurt er nu?
timeline-letter = U krijgt deze brief.

## Alt texts of the pictograms (icons/icons.toml names them icon-<name>).
icon-annual-statement = Jaaropgave
icon-bank-statement = Bankafschrift
icon-benefit-statement = Specificatie van uw uitkering
icon-calendar = Kalender
icon-car = Auto
icon-checkmark = Klaar
icon-child = Kind
icon-clock = Klok
icon-computer = Computer
icon-counter = Balie
icon-deadline = Uiterste datum
icon-debt = Schulden
icon-email = E-mail
icon-energy = Energie
icon-envelope = Brief
icon-family = Gezin
icon-help-at-home = Hulp thuis
icon-house = Huis
icon-id-card = Identiteitsbewijs
icon-info = Informatie
icon-insurance = Verzekering
icon-interview = Gesprek
icon-invoice = Rekening
icon-loan = Lening
icon-medical = Zorg en gezondheid
icon-money = Geld
icon-next = Wat gebeurt er nu?
icon-objection = Bezwaar
icon-opening-hours = Openingstijden
icon-partner = Partner
icon-passport = Paspoort
icon-payment = Betaling
icon-payslip = Loonstrook
icon-person = Persoon
icon-phone = Telefoon
icon-post = Post
icon-question = Vraag
icon-receipt = Bon
icon-refund = Geld terug
icon-rent = Huur
icon-rental-contract = Huurcontract
icon-residence-document = Verblijfsdocument
icon-savings = Sparen
icon-school = School
icon-signature = Handtekening
icon-stop = Nee, dit kan niet
icon-tax = Belasting
icon-transport = Vervoer
icon-upload = Stuur online op
icon-video-call = Beeldbellen
icon-wait = Wachttijd
icon-warning = Let op
icon-website = Website
