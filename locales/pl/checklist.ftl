# Lista dokumentów: dokumenty, świadczenia i zdania połączonej listy.
# Właściciel: checklist. Identyfikatory są używane w schemes/*.toml i src/checklist/letter.rs.

## Dokumenty (mianownik; kod zaczyna je wielką literą)

evidence-passport = paszport
evidence-passport-explanation = Ważny paszport.
evidence-id-card = dowód osobisty (identiteitskaart)
evidence-id-card-explanation = Ważny dowód osobisty (ID-kaart).
evidence-residence-document = dokument pobytowy (verblijfsdocument)
evidence-residence-document-explanation = Ważny dokument pobytowy.
evidence-driving-licence = prawo jazdy
evidence-driving-licence-explanation = Ważne prawo jazdy. Nie wystarczy przy pomocy społecznej (bijstand): nie ma na nim obywatelstwa.
evidence-bank-statement = wyciągi bankowe
evidence-bank-statement-explanation = Prosimy pobrać je jako plik PDF z aplikacji banku lub z bankowości internetowej. Zrzut ekranu nie wystarczy. Na wyciągach jest numer konta, imię, nazwisko i adres, wszystkie wpływy i wydatki oraz saldo.
# $count: liczba miesięcy okresu (nazwa bez liczby: tylko pojedyncza lub mnoga).
evidence-income-specification = { $count ->
        [one] odcinek płacowy lub zestawienie zasiłku
        [few] odcinki płacowe lub zestawienia zasiłku
        [many] odcinki płacowe lub zestawienia zasiłku
       *[other] odcinki płacowe lub zestawienia zasiłku
    }
evidence-income-specification-explanation = Zestawienie dochodu z jednego miesiąca, z kwotą brutto i netto.
evidence-annual-income-statement = { $count ->
        [one] roczne zestawienie dochodów (jaaropgave)
        [few] roczne zestawienia dochodów (jaaropgaven)
        [many] roczne zestawienia dochodów (jaaropgaven)
       *[other] roczne zestawienia dochodów (jaaropgaven)
    }
evidence-annual-income-statement-explanation = Zestawienie dochodów z całego roku. Wystawia je pracodawca lub instytucja, która wypłaca zasiłek.
evidence-rental-contract = umowa najmu
evidence-rental-contract-explanation = Umowa z wynajmującym, podpisana przez obie strony.
evidence-rent-payment-proof = dowód zapłaty czynszu
evidence-rent-payment-proof-explanation = Na przykład wyciąg bankowy z płatnością czynszu.
evidence-rent-specification = zestawienie czynszu (huurspecificatie)
evidence-rent-specification-explanation = Zestawienie od wynajmującego z kwotą czynszu i opłat za usługi (servicekosten).
evidence-contents-insurance-policy = polisa ubezpieczenia mienia domowego (inboedelverzekering)
evidence-contents-insurance-policy-explanation = Dowód ubezpieczenia rzeczy w domu.
evidence-health-insurance-policy = polisa ubezpieczenia zdrowotnego
evidence-health-insurance-policy-explanation = Dowód ubezpieczenia zdrowotnego.
evidence-invoice = rachunek za koszty
evidence-invoice-explanation = Rachunek (faktura) za koszty z wniosku, z datą i kwotą.
evidence-cost-necessity-proof = dowód, że koszty są konieczne
evidence-cost-necessity-proof-explanation = Na przykład list od lekarza.
evidence-car-registration = dowód rejestracyjny (kentekenbewijs)
evidence-car-registration-explanation = Dowód rejestracyjny samochodu.
evidence-municipal-tax-assessment = decyzja o podatkach gminnych (aanslag gemeentelijke belastingen)
evidence-municipal-tax-assessment-explanation = List od gminy z podatkiem do zapłaty.
evidence-water-board-tax-assessment = decyzja o podatku zarządu wodnego (aanslag waterschapsbelasting)
evidence-water-board-tax-assessment-explanation = List od zarządu wodnego (waterschap) z podatkiem do zapłaty.
evidence-debt-overview = lista długów
evidence-debt-overview-explanation = Komu trzeba oddać pieniądze i ile. Listy od wierzycieli też wystarczą.
evidence-personal-plan = plan osobisty
evidence-personal-plan-explanation = Własny plan: jakiej pomocy Pan/Pani potrzebuje. To nie jest obowiązkowe.

## Formy i co dokument musi zawierać (biernik po „Musi zawierać:”)

checklist-form-original = oryginał
checklist-form-copy = kopia
checklist-form-online-banking-pdf = PDF z bankowości internetowej
checklist-form-paper-statement = wyciąg papierowy
checklist-form-pdf = PDF
checklist-form-paper-copy = kopia papierowa
checklist-check-valid-on-delivery = datę ważności, która jeszcze nie minęła
checklist-check-shows-account-number = numer konta
checklist-check-shows-holder-name-and-address = imię, nazwisko i adres
checklist-check-shows-all-mutations = wszystkie transakcje
checklist-check-shows-balance = saldo
checklist-check-shows-sequence-numbers = numery wyciągów
checklist-check-shows-gross-and-net = kwotę brutto i netto
checklist-check-shows-period = okres
checklist-check-shows-year = rok
checklist-check-signed-by-both = podpisy obu stron
checklist-check-shows-rent-and-service-costs = czynsz i opłaty za usługi
checklist-check-shows-date-and-amount = datę i kwotę
checklist-check-shows-creditor-and-amount = komu trzeba zapłacić i ile

## Świadczenia (mianownik)

scheme-bijstand = pomoc społeczna (bijstand)
scheme-bijzondere-bijstand = specjalna pomoc społeczna (bijzondere bijstand)
scheme-individuele-inkomenstoeslag = indywidualny dodatek do dochodu
scheme-kwijtschelding = umorzenie podatków gminnych
scheme-schuldhulpverlening = pomoc przy długach
scheme-kindpakket = pakiet dla dzieci (kindpakket)
scheme-wmo = pomoc w ramach Wmo
scheme-huurtoeslag = dodatek mieszkaniowy (huurtoeslag)

## Czego potrzebujemy (pojęcia, mianownik)

checklist-concept-identity = dokument tożsamości
checklist-concept-account-mutations = wyciągi bankowe
checklist-concept-account-balance = saldo kont
checklist-concept-income-monthly = dochód miesięczny
checklist-concept-income-annual = dochód roczny
checklist-concept-rent-contract = umowa najmu
checklist-concept-rent-paid = dowód zapłaty czynszu
checklist-concept-rent-amount = czynsz
checklist-concept-contents-insurance = ubezpieczenie mienia domowego
checklist-concept-health-insurance = ubezpieczenie zdrowotne
checklist-concept-cost-invoice = rachunek za koszty
checklist-concept-cost-necessity = dowód, że koszty są konieczne
checklist-concept-car = samochód
checklist-concept-tax-assessments = decyzje podatkowe
checklist-concept-debts = długi
checklist-concept-personal-plan = plan osobisty

## Fakty (zdania po „bo”) i rejestry (mianownik)

checklist-fact-variable-income = dochód nie jest co miesiąc taki sam
checklist-fact-receives-bijstand = otrzymuje Pan/Pani pomoc społeczną (bijstand)
checklist-fact-bijstand-over-3-years = otrzymuje Pan/Pani pomoc społeczną dłużej niż 3 lata
checklist-fact-known-minima-household = znamy już Pana/Pani dochód
checklist-source-brp = rejestr ludności (Basisregistratie Personen, BRP)
checklist-source-suwinet = Suwinet (UWV i Belastingdienst)
checklist-source-rdw = RDW (urząd ds. pojazdów)
checklist-source-belastingdienst = urząd skarbowy (Belastingdienst)

## Lista

# Imiona się nie odmieniają, dlatego dwukropek zamiast „od Samiry”.
checklist-group-person = Dokumenty: { $name }
checklist-group-together = Wspólne dokumenty: { $names }
checklist-group-household = Dla całego gospodarstwa domowego
checklist-name = { $name }
checklist-comma-join = { $left }, { $right }
checklist-and-join = { $left } i { $right }
checklist-or-join = { $left } lub { $right }
checklist-one-of = jeden z tych dokumentów: { $list }
checklist-of-account = z konta { $iban }
checklist-period = od { $from } do { $to }
checklist-period-month = { $month } { $year }
checklist-period-months = { $from }–{ $to } { $year }
checklist-period-months-years = { $from } { $from_year } – { $to } { $to_year }
checklist-item-period = Okres: { $period }.
# Mianownik: „lipiec 2026”, „lipiec–październik 2026”.
checklist-month = { $month ->
        [1] styczeń
        [2] luty
        [3] marzec
        [4] kwiecień
        [5] maj
        [6] czerwiec
        [7] lipiec
        [8] sierpień
        [9] wrzesień
        [10] październik
        [11] listopad
       *[12] grudzień
    }
checklist-issued-after = Najnowszy dokument. Wystawiony nie wcześniej niż { $date }.
checklist-must-show = Musi zawierać: { $checks }.
checklist-delivery-retrievable = To sprawdzimy sami.
checklist-delivery-already-held = To już mamy.
checklist-delivery-keep-ready = Prosimy to zachować. Nie trzeba tego wysyłać.
checklist-delivery-upload = Prosimy przesłać to przez internet albo wysłać kopię.
checklist-delivery-show-original = Prosimy pokazać oryginał w punkcie obsługi (balie).
checklist-why-none = Tego wymaga { $scheme }.
checklist-why-latest = Tego wymaga { $scheme }: najnowszy dokument, nie starszy niż { $months ->
        [one] { $months } miesiąc
        [few] { $months } miesiące
        [many] { $months } miesięcy
       *[other] { $months } miesiąca
    }.
checklist-why-rolling-months = Tego wymaga { $scheme }: { $months ->
        [one] ostatni miesiąc
        [few] ostatnie { $months } miesiące
        [many] ostatnie { $months } miesięcy
       *[other] ostatnie { $months } miesiąca
    }, od { $from } do { $to }.
checklist-why-complete-months = Tego wymaga { $scheme }: { $months ->
        [one] { $months } pełny miesiąc
        [few] { $months } pełne miesiące
        [many] { $months } pełnych miesięcy
       *[other] { $months } pełnego miesiąca
    }, od { $from } do { $to }.
checklist-why-annual-statements = Tego wymaga { $scheme }: { $years ->
        [one] roczne zestawienie za { $years } rok
        [few] roczne zestawienia za { $years } lata
        [many] roczne zestawienia za { $years } lat
       *[other] roczne zestawienia za { $years } roku
    }, od { $from } do { $to }.
checklist-concept-of = { $what } ({ $whose })
checklist-left-out-retrievable = { $what }: sprawdzimy to sami (źródło: { $source }).
checklist-left-out-held = { $what }: już to mamy.
checklist-left-out-issued-here = { $what }: ten dokument wystawiamy sami.
checklist-left-out-exempt = { $scheme }: nic nie trzeba wysyłać, bo { $fact }.
checklist-deadline = Najpóźniej do { $date }
checklist-pointer = { $scheme }: wniosek trzeba złożyć samodzielnie na stronie { $url }

## Załącznik dla pracowników (helder checklist --explain)

checklist-annex-title = Załącznik dla pracowników: dlaczego prosimy o każdy dokument. Sprawa { $case }, lista z dnia { $date }.
checklist-annex-held = Z tego już mamy: od { $from } do { $to }.
checklist-annex-deadline = Termin: { $date }. Sposób dostarczenia: { $delivery }.
checklist-annex-decided = Źródło ustaleń: okres { $coverage }; aktualność { $recency }; sposób dostarczenia { $delivery }; termin { $deadline }.
checklist-annex-left-out = Nie wymagamy:
checklist-annex-held-documents = już je mamy ({ $documents })
checklist-annex-issued-here = wystawia je sama gmina ({ $evidence })
