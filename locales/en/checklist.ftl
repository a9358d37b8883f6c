# Checklist: documents, schemes and the sentences of the merged checklist.
# Owner: checklist. Ids are referenced by schemes/*.toml and src/checklist/letter.rs.

## Documents

evidence-passport = Passport
evidence-passport-explanation = A valid passport.
evidence-id-card = Identity card
evidence-id-card-explanation = A valid identity card.
evidence-residence-document = Residence document
evidence-residence-document-explanation = A valid residence document.
evidence-driving-licence = Driving licence
evidence-driving-licence-explanation = A valid driving licence. Not for bijstand: it does not show your nationality.
evidence-bank-statement = Bank statements
evidence-bank-statement-explanation = Download them as a PDF from your banking app or online banking. A screenshot is not accepted. The statements show the account number, your name and address, all payments in and out, and the balance.
evidence-income-specification = Payslip or benefit statement
evidence-income-specification-explanation = The statement of your income for one month, with the gross and net amount.
evidence-annual-income-statement = Annual income statement
evidence-annual-income-statement-explanation = The statement of your income for a whole year. Your employer or benefits agency sends it.
evidence-rental-contract = Rental contract
evidence-rental-contract-explanation = The contract with your landlord, signed by you and the landlord.
evidence-rent-payment-proof = Proof that you paid the rent
evidence-rent-payment-proof-explanation = For example a bank statement showing the rent payment.
evidence-rent-specification = Rent statement
evidence-rent-specification-explanation = Your landlord's statement of the rent and service charges.
evidence-contents-insurance-policy = Home contents insurance policy
evidence-contents-insurance-policy-explanation = Proof of your insurance for the things in your home.
evidence-health-insurance-policy = Health insurance policy
evidence-health-insurance-policy-explanation = Proof of your health insurance.
evidence-invoice = Invoice for the costs
evidence-invoice-explanation = The invoice for the costs you ask money for, with date and amount.
evidence-cost-necessity-proof = Proof that the costs are needed
evidence-cost-necessity-proof-explanation = For example a letter from your doctor.
evidence-car-registration = Vehicle registration certificate
evidence-car-registration-explanation = The registration certificate of your car.
evidence-municipal-tax-assessment = Municipal tax assessment
evidence-municipal-tax-assessment-explanation = The letter from the municipality with the tax you have to pay.
evidence-water-board-tax-assessment = Water board tax assessment
evidence-water-board-tax-assessment-explanation = The letter from the water board with the tax you have to pay.
evidence-debt-overview = Overview of your debts
evidence-debt-overview-explanation = Who you owe money to and how much. Letters from creditors are fine too.
evidence-personal-plan = Personal plan
evidence-personal-plan-explanation = Your own plan: what help you need. This is optional.

## Forms and checks

checklist-form-original = original
checklist-form-copy = copy
checklist-form-online-banking-pdf = PDF from online banking
checklist-form-paper-statement = paper statement
checklist-form-pdf = PDF
checklist-form-paper-copy = paper copy
checklist-check-valid-on-delivery = valid on the day you show it
checklist-check-shows-account-number = showing the account number
checklist-check-shows-holder-name-and-address = showing the holder's name and address
checklist-check-shows-all-mutations = showing all payments in and out
checklist-check-shows-balance = showing the balance
checklist-check-shows-sequence-numbers = with all sequence numbers
checklist-check-shows-gross-and-net = showing gross and net amounts
checklist-check-shows-period = showing the period
checklist-check-shows-year = showing the year
checklist-check-signed-by-both = signed by you and the landlord
checklist-check-shows-rent-and-service-costs = showing rent and service charges
checklist-check-shows-date-and-amount = showing date and amount
checklist-check-shows-creditor-and-amount = showing creditor and amount

## Schemes

scheme-bijstand = Social assistance (bijstand)
scheme-bijzondere-bijstand = Special assistance (bijzondere bijstand)
scheme-individuele-inkomenstoeslag = Individual income supplement
scheme-kwijtschelding = Remission of municipal taxes
scheme-schuldhulpverlening = Debt help
scheme-kindpakket = Children's package (kindpakket)
scheme-wmo = Support under the Wmo
scheme-huurtoeslag = Housing benefit (huurtoeslag)

## What is needed (concepts)

checklist-concept-identity = your proof of identity
checklist-concept-account-mutations = bank statements
checklist-concept-account-balance = the balance of your accounts
checklist-concept-income-monthly = your monthly income
checklist-concept-income-annual = your annual income
checklist-concept-rent-contract = your rental contract
checklist-concept-rent-paid = proof of rent paid
checklist-concept-rent-amount = your rent
checklist-concept-contents-insurance = your home contents insurance
checklist-concept-health-insurance = your health insurance
checklist-concept-cost-invoice = the invoice for the costs
checklist-concept-cost-necessity = proof that the costs are needed
checklist-concept-car = your car
checklist-concept-tax-assessments = your tax assessments
checklist-concept-debts = your debts
checklist-concept-personal-plan = your personal plan

## Facts and registers

checklist-fact-variable-income = your income differs from month to month
checklist-fact-receives-bijstand = you receive social assistance
checklist-fact-bijstand-over-3-years = you have received social assistance for more than 3 years
checklist-fact-known-minima-household = we already know your income
checklist-source-brp = the Personal Records Database (BRP)
checklist-source-suwinet = Suwinet (UWV and Tax Administration)
checklist-source-rdw = the RDW
checklist-source-belastingdienst = the Tax Administration

## The checklist

checklist-group-person = From { $name }
checklist-group-together = From { $names } together
checklist-group-household = For your household
checklist-name = { $name }
checklist-comma-join = { $left }, { $right }
checklist-and-join = { $left } and { $right }
checklist-or-join = { $left } or { $right }
checklist-of-account = for account { $iban }
checklist-period = { $from } to { $to } inclusive
checklist-issued-after = The most recent one. Not from before { $date }.
checklist-needed-for = Needed for: { $schemes }.
checklist-delivery-retrievable = We look this up ourselves.
checklist-delivery-already-held = We already have this.
checklist-delivery-keep-ready = You do not need to send this now. Keep it safe: we may ask for it.
checklist-delivery-upload = Send a copy or upload it.
checklist-delivery-show-original = Bring the original. We want to see it.
checklist-why-none = { $scheme } asks for this.
checklist-why-latest = { $scheme } asks for the most recent one, not older than { $months ->
        [one] 1 month
       *[other] { $months } months
    }.
checklist-why-rolling-months = { $scheme } asks for { $months ->
        [one] the last month
       *[other] the last { $months } months
    }: { $from } to { $to } inclusive.
checklist-why-complete-months = { $scheme } asks for { $months ->
        [one] one whole month
       *[other] { $months } whole months
    }: { $from } to { $to } inclusive.
checklist-why-annual-statements = { $scheme } asks for { $years ->
        [one] the annual statement of 1 year
       *[other] the annual statements of { $years } years
    }: { $from } to { $to } inclusive.
checklist-why-partly-held = For { $scheme } we already have { $from } to { $to } inclusive.
checklist-left-out-retrievable = { $scheme }: we look up { $what } ourselves at { $source }.
checklist-left-out-held = { $scheme }: we already have { $what }.
checklist-left-out-exempt = { $scheme }: you do not need to send anything, because { $fact }.
checklist-deadline = By { $date } at the latest
checklist-heading-not-needed = You do not need to send this
checklist-pointer = Apply for { $scheme } yourself: { $url }
