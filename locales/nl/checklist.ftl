# Checklist: documents, schemes and the sentences of the merged checklist.
# Owner: checklist. Ids are referenced by schemes/*.toml and src/checklist/letter.rs.

## Documents

evidence-passport = Paspoort
evidence-passport-explanation = Een geldig paspoort.
evidence-id-card = Identiteitskaart
evidence-id-card-explanation = Een geldige identiteitskaart (ID-kaart).
evidence-residence-document = Verblijfsdocument
evidence-residence-document-explanation = Een geldig verblijfsdocument.
evidence-driving-licence = Rijbewijs
evidence-driving-licence-explanation = Een geldig rijbewijs. Niet voor bijstand: er staat geen nationaliteit op.
evidence-bank-statement = Bankafschriften
evidence-bank-statement-explanation = Download ze als pdf in uw bankapp of internetbankieren. Een schermafbeelding is niet goed. Op de afschriften staan het rekeningnummer, uw naam en adres, alle af- en bijschrijvingen en het saldo.
evidence-income-specification = Loonstrook of uitkeringsspecificatie
evidence-income-specification-explanation = Het overzicht van uw inkomen van één maand, met bruto en netto bedrag.
evidence-annual-income-statement = Jaaropgave
evidence-annual-income-statement-explanation = Het overzicht van uw inkomen van een heel jaar. U krijgt het van uw werkgever of uitkeringsinstantie.
evidence-rental-contract = Huurcontract
evidence-rental-contract-explanation = Het contract met uw verhuurder, getekend door u en de verhuurder.
evidence-rent-payment-proof = Bewijs dat u de huur betaalde
evidence-rent-payment-proof-explanation = Bijvoorbeeld een bankafschrift met de betaling van de huur.
evidence-rent-specification = Huurspecificatie
evidence-rent-specification-explanation = Het overzicht van uw verhuurder met de huur en de servicekosten.
evidence-contents-insurance-policy = Polis van uw inboedelverzekering
evidence-contents-insurance-policy-explanation = Het bewijs van uw verzekering voor de spullen in uw huis.
evidence-health-insurance-policy = Polis van uw zorgverzekering
evidence-health-insurance-policy-explanation = Het bewijs van uw zorgverzekering.
evidence-invoice = Rekening van de kosten
evidence-invoice-explanation = De rekening (factuur) van de kosten waarvoor u geld vraagt, met datum en bedrag.
evidence-cost-necessity-proof = Bewijs dat de kosten nodig zijn
evidence-cost-necessity-proof-explanation = Bijvoorbeeld een brief van uw dokter.
evidence-car-registration = Kentekenbewijs
evidence-car-registration-explanation = Het kentekenbewijs van uw auto.
evidence-municipal-tax-assessment = Aanslag gemeentelijke belastingen
evidence-municipal-tax-assessment-explanation = De brief van de gemeente met de belasting die u moet betalen.
evidence-water-board-tax-assessment = Aanslag waterschapsbelasting
evidence-water-board-tax-assessment-explanation = De brief van het waterschap met de belasting die u moet betalen.
evidence-debt-overview = Overzicht van uw schulden
evidence-debt-overview-explanation = Aan wie u geld moet betalen en hoeveel. Brieven van schuldeisers zijn ook goed.
evidence-personal-plan = Persoonlijk plan
evidence-personal-plan-explanation = Uw eigen plan: welke hulp u nodig heeft. Dit hoeft niet.

## Forms and checks

checklist-form-original = origineel
checklist-form-copy = kopie
checklist-form-online-banking-pdf = pdf uit internetbankieren
checklist-form-paper-statement = papieren afschrift
checklist-form-pdf = pdf
checklist-form-paper-copy = kopie op papier
checklist-check-valid-on-delivery = geldig op de dag dat u het laat zien
checklist-check-shows-account-number = met het rekeningnummer
checklist-check-shows-holder-name-and-address = met naam en adres van de rekeninghouder
checklist-check-shows-all-mutations = met alle af- en bijschrijvingen
checklist-check-shows-balance = met het saldo
checklist-check-shows-sequence-numbers = met alle volgnummers
checklist-check-shows-gross-and-net = met bruto en netto bedrag
checklist-check-shows-period = met de periode
checklist-check-shows-year = met het jaar
checklist-check-signed-by-both = getekend door u en de verhuurder
checklist-check-shows-rent-and-service-costs = met huur en servicekosten
checklist-check-shows-date-and-amount = met datum en bedrag
checklist-check-shows-creditor-and-amount = met schuldeiser en bedrag

## Schemes

scheme-bijstand = Bijstand
scheme-bijzondere-bijstand = Bijzondere bijstand
scheme-individuele-inkomenstoeslag = Individuele inkomenstoeslag
scheme-kwijtschelding = Kwijtschelding van gemeentelijke belastingen
scheme-schuldhulpverlening = Schuldhulp
scheme-kindpakket = Kindpakket
scheme-wmo = Hulp via de Wmo
scheme-huurtoeslag = Huurtoeslag

## What is needed (concepts)

checklist-concept-identity = uw identiteitsbewijs
checklist-concept-account-mutations = bankafschriften
checklist-concept-account-balance = het saldo van uw rekeningen
checklist-concept-income-monthly = uw inkomen per maand
checklist-concept-income-annual = uw inkomen per jaar
checklist-concept-rent-contract = uw huurcontract
checklist-concept-rent-paid = bewijs van betaalde huur
checklist-concept-rent-amount = uw huur
checklist-concept-contents-insurance = uw inboedelverzekering
checklist-concept-health-insurance = uw zorgverzekering
checklist-concept-cost-invoice = de rekening van de kosten
checklist-concept-cost-necessity = bewijs dat de kosten nodig zijn
checklist-concept-car = uw auto
checklist-concept-tax-assessments = uw belastingaanslagen
checklist-concept-debts = uw schulden
checklist-concept-personal-plan = uw persoonlijk plan

## Facts and registers

checklist-fact-variable-income = uw inkomen is niet elke maand hetzelfde
checklist-fact-receives-bijstand = u krijgt bijstand
checklist-fact-bijstand-over-3-years = u krijgt langer dan 3 jaar bijstand
checklist-fact-known-minima-household = wij weten uw inkomen al
checklist-source-brp = de Basisregistratie Personen
checklist-source-suwinet = Suwinet (UWV en Belastingdienst)
checklist-source-rdw = de RDW
checklist-source-belastingdienst = de Belastingdienst

## The checklist

checklist-group-person = Van { $name }
checklist-group-together = Van { $names } samen
checklist-group-household = Voor uw huishouden
checklist-name = { $name }
checklist-comma-join = { $left }, { $right }
checklist-and-join = { $left } en { $right }
checklist-or-join = { $left } of { $right }
checklist-of-account = van rekening { $iban }
checklist-period = { $from } tot en met { $to }
checklist-issued-after = De nieuwste. Niet van vóór { $date }.
checklist-needed-for = Nodig voor: { $schemes }.
checklist-delivery-retrievable = Dit zoeken wij zelf op.
checklist-delivery-already-held = Dit hebben wij al.
checklist-delivery-keep-ready = U hoeft dit nu niet te sturen. Bewaar het goed: misschien vragen wij erom.
checklist-delivery-upload = Stuur een kopie of upload het.
checklist-delivery-show-original = Neem het origineel mee. Wij willen het zien.
checklist-why-none = { $scheme } vraagt dit.
checklist-why-latest = { $scheme } vraagt de nieuwste, niet ouder dan { $months ->
        [one] 1 maand
       *[other] { $months } maanden
    }.
checklist-why-rolling-months = { $scheme } vraagt { $months ->
        [one] de laatste maand
       *[other] de laatste { $months } maanden
    }: { $from } tot en met { $to }.
checklist-why-complete-months = { $scheme } vraagt { $months ->
        [one] een hele maand
       *[other] { $months } hele maanden
    }: { $from } tot en met { $to }.
checklist-why-annual-statements = { $scheme } vraagt { $years ->
        [one] de jaaropgave van 1 jaar
       *[other] de jaaropgaven van { $years } jaar
    }: { $from } tot en met { $to }.
checklist-why-partly-held = Voor { $scheme } hebben wij al { $from } tot en met { $to }.
checklist-left-out-retrievable = { $scheme }: { $what } zoeken wij zelf op bij { $source }.
checklist-left-out-held = { $scheme }: { $what } hebben wij al.
checklist-left-out-exempt = { $scheme }: u hoeft niets te sturen, want { $fact }.
checklist-deadline = Uiterlijk { $date }
checklist-heading-not-needed = Dit hoeft u niet te sturen
checklist-pointer = { $scheme } vraagt u zelf aan: { $url }
