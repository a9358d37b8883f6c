# House texts: every letter uses these, whatever the scheme.

## Details beside the address (date, reference, contact).
detail-date = Date
detail-reference = Our reference
detail-subject = Subject
detail-handled-by = Contact
detail-phone = Phone
## The footer of every page: $page is this page, $pages how many the letter has.
page-of = Page { $page } of { $pages }

## Salutation and closing. $name is the name as the case system has it.
salutation-heer = Dear Mr { $name },
salutation-mevrouw = Dear Ms { $name },
salutation-none = Dear { $name },
## The college of burgemeester en wethouders decides; the signatory signs on its behalf (mandaat).
closing = Yours sincerely,
    on behalf of the Municipal Executive (college van burgemeester en wethouders),

## The invorderingsambtenaar decides on kwijtschelding of municipal taxes (Invorderingswet 1990
## art. 26, Gemeentewet art. 255); a template with signed_for = "invorderingsambtenaar" closes so.
closing-invorderingsambtenaar = Yours sincerely,
    on behalf of the municipal tax collector (invorderingsambtenaar),

## Default titles of the boxes (::: deadline, ::: warning, ::: info, ::: objection).
callout-deadline = Important date
callout-warning = Important
callout-info = Good to know
objection-title = Do you disagree with this decision?

## Which letter counts (Awb 2:6: the Dutch letter is the official one).
binding-note = This is a translation. The Dutch letter is the official one.
binding-note-title = Which letter counts?
## A bilingual letter (--with-dutch): these are printed in this language and in Dutch.
bilingual-note = This letter is in two languages. First you read the translation. Then you read the Dutch text. Only the Dutch text is official.
bilingual-translation = Translation
bilingual-binding = Dutch text: this text is official

## The timeline at the end of an easy-read letter.
timeline-title = What happens next?
timeline-letter = You receive this letter.

## Alt texts of the pictograms (icons/icons.toml names them icon-<name>).
icon-annual-statement = Annual statement
icon-bank-statement = Bank statement
icon-benefit-statement = Benefit statement
icon-calendar = Calendar
icon-car = Car
icon-checkmark = Done
icon-child = Child
icon-clock = Clock
icon-computer = Computer
icon-counter = Front desk
icon-deadline = Deadline
icon-debt = Debt
icon-email = Email
icon-energy = Energy
icon-envelope = Letter
icon-family = Family
icon-help-at-home = Help at home
icon-house = House
icon-id-card = Proof of identity
icon-info = Information
icon-insurance = Insurance
icon-interview = Interview
icon-invoice = Bill
icon-loan = Loan
icon-medical = Healthcare
icon-money = Money
icon-next = What happens next?
icon-objection = Objection
icon-opening-hours = Opening hours
icon-partner = Partner
icon-passport = Passport
icon-payment = Payment
icon-payslip = Payslip
icon-person = Person
icon-phone = Phone
icon-post = Post
icon-question = Question
icon-receipt = Receipt
icon-refund = Money back
icon-rent = Rent
icon-rental-contract = Rental contract
icon-residence-document = Residence document
icon-savings = Savings
icon-school = School
icon-signature = Signature
icon-stop = No, this is not possible
icon-tax = Tax
icon-transport = Transport
icon-upload = Upload online
icon-video-call = Video call
icon-wait = Waiting time
icon-warning = Warning
icon-website = Website
