# House texts: every letter uses these, whatever the scheme.

## Details beside the address (date, reference, contact).
detail-date = Date
detail-reference = Our reference
detail-subject = Subject
detail-handled-by = Contact
detail-phone = Phone
detail-page = Page

## Salutation and closing. $name is the name as the case system has it.
salutation-heer = Dear Mr { $name },
salutation-mevrouw = Dear Ms { $name },
salutation-none = Dear { $name },
## The college of burgemeester en wethouders decides; the signatory signs on its behalf (mandaat).
closing = Kind regards,
    on behalf of the Municipal Executive (college van burgemeester en wethouders),

## The invorderingsambtenaar decides on kwijtschelding of municipal taxes (Invorderingswet 1990
## art. 26, Gemeentewet art. 255); a template with signed_for = "invorderingsambtenaar" closes so.
closing-invorderingsambtenaar = Kind regards,
    on behalf of the municipal tax collector (invorderingsambtenaar),

## Default titles of the boxes (::: deadline, ::: warning, ::: info, ::: objection).
callout-deadline = Note the date
callout-warning = Please note
callout-info = Good to know
objection-title = Do you disagree with this decision?

## Which letter counts (Awb 2:6: the Dutch letter is the official one).
binding-note = This is a translation. The Dutch letter is the official one.

## Alt texts of the pictograms (icons/icons.toml names them icon-<name>).
icon-money = Money
icon-calendar = Calendar
icon-deadline = Deadline
icon-bank-statement = Bank statement
icon-payslip = Payslip
icon-annual-statement = Annual statement
icon-id-card = Proof of identity
icon-rental-contract = Rental contract
icon-insurance = Insurance
icon-invoice = Bill
icon-medical = Health care
icon-car = Car
icon-tax = Tax
icon-envelope = Letter
icon-phone = Phone
icon-computer = Computer
icon-upload = Send online
icon-counter = Service desk
icon-warning = Warning
icon-info = Information
icon-objection = Objection
icon-checkmark = Done
icon-person = Person
icon-family = Family
icon-question = Question
