# Checklist: documents, schemes and the sentences of the merged checklist.
# Owner: checklist. Ids are referenced by schemes/*.toml and src/checklist/letter.rs.

## Documents

evidence-passport = paspoort
evidence-passport-explanation = Een geldig paspoort.
evidence-id-card = identiteitskaart
evidence-id-card-explanation = Een geldige identiteitskaart (ID-kaart).
evidence-residence-document = verblijfsdocument
evidence-residence-document-explanation = Een geldig verblijfsdocument.
evidence-driving-licence = rijbewijs
evidence-driving-licence-explanation = Een geldig rijbewijs. Niet voor bijstand: er staat geen nationaliteit op.
evidence-bank-statement = bankafschriften
evidence-bank-statement-explanation = Download ze als pdf in uw bankapp of internetbankieren. Een schermafbeelding is niet goed. Op de afschriften staan het rekeningnummer, uw naam en adres, alle af- en bijschrijvingen en het saldo.
evidence-income-specification = { $count ->
        [one] loonstrook of uitkeringsspecificatie
       *[other] loonstroken of uitkeringsspecificaties
    }
evidence-income-specification-explanation = Het overzicht van uw inkomen van één maand, met bruto en netto bedrag.
evidence-annual-income-statement = { $count ->
        [one] jaaropgave
       *[other] jaaropgaven
    }
evidence-annual-income-statement-explanation = Het overzicht van uw inkomen van een heel jaar. U krijgt het van uw werkgever of uitkeringsinstantie.
evidence-rental-contract = huurcontract
evidence-rental-contract-explanation = Het contract met uw verhuurder, getekend door u en de verhuurder.
evidence-rent-payment-proof = bewijs dat u de huur betaalde
evidence-rent-payment-proof-explanation = Bijvoorbeeld een bankafschrift met de betaling van de huur.
evidence-rent-specification = huurspecificatie
evidence-rent-specification-explanation = Het overzicht van uw verhuurder met de huur en de servicekosten.
evidence-contents-insurance-policy = polis van uw inboedelverzekering
evidence-contents-insurance-policy-explanation = Het bewijs van uw verzekering voor de spullen in uw huis.
evidence-health-insurance-policy = polis van uw zorgverzekering
evidence-health-insurance-policy-explanation = Het bewijs van uw zorgverzekering.
evidence-invoice = rekening van de kosten
evidence-invoice-explanation = De rekening (factuur) van de kosten waarvoor u geld vraagt, met datum en bedrag.
evidence-cost-necessity-proof = bewijs dat de kosten nodig zijn
evidence-cost-necessity-proof-explanation = Bijvoorbeeld een brief van uw dokter.
evidence-car-registration = kentekenbewijs
evidence-car-registration-explanation = Het kentekenbewijs van uw auto.
evidence-municipal-tax-assessment = aanslag gemeentelijke belastingen
evidence-municipal-tax-assessment-explanation = De brief van de gemeente met de belasting die u moet betalen.
evidence-water-board-tax-assessment = aanslag waterschapsbelasting
evidence-water-board-tax-assessment-explanation = De brief van het waterschap met de belasting die u moet betalen.
evidence-debt-overview = overzicht van uw schulden
evidence-debt-overview-explanation = Aan wie u geld moet betalen en hoeveel. Brieven van schuldeisers zijn ook goed.
evidence-personal-plan = persoonlijk plan
evidence-personal-plan-explanation = Uw eigen plan: welke hulp u nodig heeft. Dit hoeft niet.

## Forms and checks

checklist-form-original = origineel
checklist-form-copy = kopie
checklist-form-online-banking-pdf = pdf uit internetbankieren
checklist-form-paper-statement = papieren afschrift
checklist-form-pdf = pdf
checklist-form-paper-copy = kopie op papier
checklist-check-valid-on-delivery = een einddatum die nog niet voorbij is
checklist-check-shows-account-number = het rekeningnummer
checklist-check-shows-holder-name-and-address = uw naam en adres
checklist-check-shows-all-mutations = alle af- en bijschrijvingen
checklist-check-shows-balance = het saldo
checklist-check-shows-sequence-numbers = alle volgnummers
checklist-check-shows-gross-and-net = het bruto en netto bedrag
checklist-check-shows-period = de periode
checklist-check-shows-year = het jaar
checklist-check-signed-by-both = de handtekening van u en de verhuurder
checklist-check-shows-rent-and-service-costs = de huur en de servicekosten
checklist-check-shows-date-and-amount = de datum en het bedrag
checklist-check-shows-creditor-and-amount = aan wie u moet betalen en hoeveel

## Schemes

scheme-bijstand = bijstand
scheme-bijzondere-bijstand = bijzondere bijstand
scheme-individuele-inkomenstoeslag = individuele inkomenstoeslag
scheme-kwijtschelding = kwijtschelding van gemeentelijke belastingen
scheme-schuldhulpverlening = schuldhulp
scheme-kindpakket = kindpakket
scheme-wmo = hulp via de Wmo
scheme-huurtoeslag = huurtoeslag

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
checklist-one-of = een van deze: { $list }
checklist-of-account = van rekening { $iban }
checklist-period = { $from } tot en met { $to }
checklist-period-month = { $month } { $year }
checklist-period-months = { $from } tot en met { $to } { $year }
checklist-period-months-years = { $from } { $from_year } tot en met { $to } { $to_year }
checklist-item-period = Over { $period }.
checklist-month = { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    }
checklist-issued-after = De nieuwste. Niet van vóór { $date }.
checklist-must-show = Hierop staat: { $checks }.
checklist-delivery-retrievable = Dit zoeken wij zelf op.
checklist-delivery-already-held = Dit hebben wij al.
checklist-delivery-keep-ready = Bewaar dit. Stuur het niet.
checklist-delivery-upload = Upload het of stuur een kopie.
checklist-delivery-show-original = Laat het origineel zien aan de balie.
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
checklist-concept-of = { $what } ({ $whose })
checklist-left-out-retrievable = { $what }: dit zoeken wij zelf op bij { $source }.
checklist-left-out-held = { $what }: dit hebben wij al.
checklist-left-out-issued-here = { $what }: dit maken wij zelf.
checklist-left-out-exempt = { $scheme }: u hoeft niets te sturen, want { $fact }.
checklist-deadline = Uiterlijk { $date }
checklist-pointer = { $scheme } vraagt u zelf aan: { $url }

## The staff annex (helder checklist --explain)

checklist-annex-title = Bijlage voor medewerkers: waarom elk papier gevraagd wordt. Zaak { $case }, lijst van { $date }.
checklist-annex-held = Daarvan hebben wij al: { $from } tot en met { $to }.
checklist-annex-deadline = Termijn: { $date }. Aanleveren: { $delivery }.
checklist-annex-decided = Besloten in: periode { $coverage }; recentheid { $recency }; aanleveren { $delivery }; termijn { $deadline }.
checklist-annex-left-out = Niet gevraagd:
checklist-annex-held-documents = al in ons bezit ({ $documents })
checklist-annex-issued-here = maakt de gemeente zelf ({ $evidence })
