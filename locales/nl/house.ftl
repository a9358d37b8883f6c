# House texts: every letter uses these, whatever the scheme.

## Details beside the address (date, reference, contact).
detail-date = Datum
detail-reference = Ons kenmerk
detail-subject = Onderwerp
detail-handled-by = Behandeld door
detail-phone = Telefoon
detail-page = Pagina

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

## Alt texts of the pictograms (icons/icons.toml names them icon-<name>).
icon-money = Geld
icon-calendar = Kalender
icon-deadline = Uiterste datum
icon-bank-statement = Bankafschrift
icon-payslip = Loonstrook
icon-annual-statement = Jaaropgave
icon-id-card = Identiteitsbewijs
icon-rental-contract = Huurcontract
icon-insurance = Verzekering
icon-invoice = Rekening
icon-medical = Zorg en gezondheid
icon-car = Auto
icon-tax = Belasting
icon-envelope = Brief
icon-phone = Telefoon
icon-computer = Computer
icon-upload = Stuur online op
icon-counter = Balie
icon-warning = Let op
icon-info = Informatie
icon-objection = Bezwaar
icon-checkmark = Klaar
icon-person = Persoon
icon-family = Gezin
icon-question = Vraag
