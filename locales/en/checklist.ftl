# Checklist: documents, schemes and the sentences of the merged checklist.
# Owner: checklist. Ids are referenced by schemes/*.toml and src/checklist/letter.rs.

## Documents

evidence-passport = passport
evidence-passport-explanation = A valid passport.
evidence-id-card = ID card
evidence-id-card-explanation = A valid identity card.
evidence-residence-document = residence document
evidence-residence-document-explanation = A valid residence document.
evidence-driving-licence = driving licence
evidence-driving-licence-explanation = A valid driving licence. You cannot use it for social assistance (bijstand): it does not show your nationality.
evidence-bank-statement = bank statements
evidence-bank-statement-explanation = Download them as a PDF from your banking app or online banking. We cannot accept a screenshot. The statements show the account number, your name and address, all payments in and out, and the balance.
evidence-income-specification = { $count ->
        [one] payslip or benefit statement
       *[other] payslips or benefit statements
    }
evidence-income-specification-explanation = An overview of your income for 1 month, with the gross and net amounts.
evidence-annual-income-statement = { $count ->
        [one] annual income statement
       *[other] annual income statements
    }
evidence-annual-income-statement-explanation = An overview of your income for a whole year. You get it from your employer or benefits agency.
evidence-rental-contract = rental contract
evidence-rental-contract-explanation = The contract with your landlord, signed by you and the landlord.
evidence-rent-payment-proof = proof that you paid the rent
evidence-rent-payment-proof-explanation = For example a bank statement showing the rent payment.
evidence-rent-specification = rent statement
evidence-rent-specification-explanation = The overview from your landlord with the rent and the service charges.
evidence-contents-insurance-policy = home contents insurance policy
evidence-contents-insurance-policy-explanation = Proof of your insurance for the things in your home.
evidence-health-insurance-policy = health insurance policy
evidence-health-insurance-policy-explanation = Proof of your health insurance.
evidence-invoice = invoice for the costs
evidence-invoice-explanation = The invoice for the costs you are asking money for, with the date and the amount.
evidence-cost-necessity-proof = proof that the costs are necessary
evidence-cost-necessity-proof-explanation = For example a letter from your doctor.
evidence-car-registration = vehicle registration certificate
evidence-car-registration-explanation = The registration certificate of your car.
evidence-municipal-tax-assessment = municipal tax assessment
evidence-municipal-tax-assessment-explanation = The letter from the municipality with the tax you have to pay.
evidence-water-board-tax-assessment = water board tax assessment
evidence-water-board-tax-assessment-explanation = The letter from the water board with the tax you have to pay.
evidence-debt-overview = overview of your debts
evidence-debt-overview-explanation = Who you owe money to and how much. Letters from creditors are fine too.
evidence-personal-plan = personal plan
evidence-personal-plan-explanation = Your own plan: what help you need. You do not have to send this.

## Forms and checks

checklist-form-original = original
checklist-form-copy = copy
checklist-form-online-banking-pdf = PDF from online banking
checklist-form-paper-statement = paper statement
checklist-form-pdf = PDF
checklist-form-paper-copy = paper copy
checklist-check-valid-on-delivery = an expiry date that has not passed
checklist-check-shows-account-number = the account number
checklist-check-shows-holder-name-and-address = your name and address
checklist-check-shows-all-mutations = all payments in and out
checklist-check-shows-balance = the balance
checklist-check-shows-sequence-numbers = all sequence numbers
checklist-check-shows-gross-and-net = the gross and net amount
checklist-check-shows-period = the period
checklist-check-shows-year = the year
checklist-check-signed-by-both = the signatures of you and the landlord
checklist-check-shows-rent-and-service-costs = the rent and the service charges
checklist-check-shows-date-and-amount = the date and the amount
checklist-check-shows-creditor-and-amount = who you owe and how much

## Schemes

scheme-bijstand = social assistance (bijstand)
scheme-bijzondere-bijstand = special assistance (bijzondere bijstand)
scheme-individuele-inkomenstoeslag = individual income supplement (individuele inkomenstoeslag)
scheme-kwijtschelding = remission of municipal taxes (kwijtschelding)
scheme-schuldhulpverlening = debt support (schuldhulp)
scheme-kindpakket = children's package (kindpakket)
scheme-wmo = support under the Social Support Act (Wmo)
scheme-huurtoeslag = housing benefit (huurtoeslag)

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
checklist-concept-cost-necessity = proof that the costs are necessary
checklist-concept-car = your car
checklist-concept-tax-assessments = your tax assessments
checklist-concept-debts = your debts
checklist-concept-personal-plan = your personal plan

## Facts and registers

checklist-fact-variable-income = your income is not the same every month
checklist-fact-receives-bijstand = you receive social assistance
checklist-fact-bijstand-over-3-years = you have received social assistance for more than 3 years
checklist-fact-known-minima-household = we already know your income
checklist-source-brp = the Personal Records Database (Basisregistratie Personen, BRP)
checklist-source-suwinet = Suwinet (UWV and the Tax and Customs Administration)
checklist-source-rdw = the vehicle registration authority (RDW)
checklist-source-belastingdienst = the Tax and Customs Administration (Belastingdienst)

## The checklist

checklist-group-person = From { $name }
checklist-group-together = From { $names } together
checklist-group-household = For your household
checklist-name = { $name }
checklist-comma-join = { $left }, { $right }
checklist-and-join = { $left } and { $right }
checklist-or-join = { $left } or { $right }
checklist-one-of = one of these: { $list }
checklist-of-account = for account { $iban }
checklist-period = { $from } to { $to }
checklist-period-month = { $month } { $year }
checklist-period-months = { $from } to { $to } { $year }
checklist-period-months-years = { $from } { $from_year } to { $to } { $to_year }
checklist-item-period = For { $period }.
checklist-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
checklist-issued-after = The most recent one. Not from before { $date }.
checklist-must-show = It shows: { $checks }.
checklist-delivery-retrievable = We look this up ourselves.
checklist-delivery-already-held = We already have this.
checklist-delivery-keep-ready = Keep this. Do not send it.
checklist-delivery-upload = Upload it or send a copy.
checklist-delivery-show-original = Show the original at the front desk.
checklist-why-none = Needed for { $scheme }.
checklist-why-latest = For { $scheme } we need the most recent one, no older than { $months ->
        [one] 1 month
       *[other] { $months } months
    }.
checklist-why-rolling-months = For { $scheme } we need { $months ->
        [one] the last month
       *[other] the last { $months } months
    }: { $from } to { $to }.
checklist-why-complete-months = For { $scheme } we need { $months ->
        [one] 1 whole month
       *[other] { $months } whole months
    }: { $from } to { $to }.
checklist-why-annual-statements = For { $scheme } we need { $years ->
        [one] the annual statement for 1 year
       *[other] the annual statements for { $years } years
    }: { $from } to { $to }.
checklist-concept-of = { $what } ({ $whose })
checklist-left-out-retrievable = { $what }: we look this up ourselves in { $source }.
checklist-left-out-held = { $what }: we already have this.
checklist-left-out-issued-here = { $what }: we issue this ourselves.
checklist-left-out-exempt = { $scheme }: nothing to send, because { $fact }.
checklist-deadline = By { $date }
checklist-pointer = Apply for { $scheme } yourself: { $url }

## The staff annex (helder checklist --explain)

checklist-annex-title = Annex for staff: why we ask for each document. Case { $case }, list of { $date }.
checklist-annex-held = We already hold: { $from } to { $to }.
checklist-annex-deadline = Deadline: { $date }. Delivery: { $delivery }.
checklist-annex-decided = Decided in: period { $coverage }; recency { $recency }; delivery { $delivery }; deadline { $deadline }.
checklist-annex-left-out = Not asked for:
checklist-annex-held-documents = already held ({ $documents })
checklist-annex-issued-here = issued by the municipality itself ({ $evidence })
