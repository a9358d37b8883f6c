# Список документів: документи, види допомоги та речення об’єднаного списку.
# Власник: checklist. Ідентифікатори використовують schemes/*.toml і src/checklist/letter.rs.

## Документи (називний відмінок; код пише першу літеру великою)

evidence-passport = паспорт
evidence-passport-explanation = Дійсний паспорт.
evidence-id-card = ID-картка (identiteitskaart)
evidence-id-card-explanation = Дійсна ID-картка (посвідчення особи).
evidence-residence-document = посвідка на проживання (verblijfsdocument)
evidence-residence-document-explanation = Дійсна посвідка на проживання.
evidence-driving-licence = посвідчення водія
evidence-driving-licence-explanation = Дійсне посвідчення водія. Не підходить для соціальної допомоги (bijstand): у ньому не вказано громадянство.
evidence-bank-statement = банківські виписки
evidence-bank-statement-explanation = Завантажте їх у форматі PDF у банківському застосунку або в інтернет-банку. Знімок екрана не підходить. У виписках є номер рахунку, Ваше ім’я та адреса, усі надходження й списання та залишок.
# $count: кількість місяців періоду (назва без числа: лише однина чи множина).
evidence-income-specification = { $count ->
        [one] розрахунковий листок або довідка про виплату допомоги
        [few] розрахункові листки або довідки про виплату допомоги
        [many] розрахункові листки або довідки про виплату допомоги
       *[other] розрахункові листки або довідки про виплату допомоги
    }
evidence-income-specification-explanation = Довідка про Ваш дохід за один місяць, із сумою брутто і нетто.
evidence-annual-income-statement = { $count ->
        [one] річна довідка про доходи (jaaropgave)
        [few] річні довідки про доходи (jaaropgaven)
        [many] річні довідки про доходи (jaaropgaven)
       *[other] річні довідки про доходи (jaaropgaven)
    }
evidence-annual-income-statement-explanation = Довідка про Ваш дохід за цілий рік. Її видає роботодавець або установа, що виплачує Вам допомогу.
evidence-rental-contract = договір оренди
evidence-rental-contract-explanation = Договір з орендодавцем, підписаний Вами та орендодавцем.
evidence-rent-payment-proof = підтвердження оплати оренди
evidence-rent-payment-proof-explanation = Наприклад, банківська виписка з оплатою оренди.
evidence-rent-specification = розрахунок орендної плати (huurspecificatie)
evidence-rent-specification-explanation = Документ від орендодавця із сумою оренди та плати за послуги (servicekosten).
evidence-contents-insurance-policy = поліс страхування домашнього майна (inboedelverzekering)
evidence-contents-insurance-policy-explanation = Підтвердження страхування речей у Вашому домі.
evidence-health-insurance-policy = поліс медичного страхування
evidence-health-insurance-policy-explanation = Підтвердження Вашого медичного страхування.
evidence-invoice = рахунок за витрати
evidence-invoice-explanation = Рахунок (фактура) за витрати, на які Ви просите гроші, з датою та сумою.
evidence-cost-necessity-proof = підтвердження, що витрати потрібні
evidence-cost-necessity-proof-explanation = Наприклад, лист від Вашого лікаря.
evidence-car-registration = свідоцтво про реєстрацію автомобіля (kentekenbewijs)
evidence-car-registration-explanation = Свідоцтво про реєстрацію Вашого автомобіля.
evidence-municipal-tax-assessment = податкове повідомлення муніципалітету (aanslag gemeentelijke belastingen)
evidence-municipal-tax-assessment-explanation = Лист від муніципалітету з податком, який Ви маєте сплатити.
evidence-water-board-tax-assessment = податкове повідомлення водного управління (aanslag waterschapsbelasting)
evidence-water-board-tax-assessment-explanation = Лист від водного управління (waterschap) з податком, який Ви маєте сплатити.
evidence-debt-overview = перелік Ваших боргів
evidence-debt-overview-explanation = Кому і скільки Ви винні. Листи від кредиторів теж підходять.
evidence-personal-plan = особистий план
evidence-personal-plan-explanation = Ваш власний план: яка допомога Вам потрібна. Це не обов’язково.

## Форми і що має містити документ (знахідний відмінок після «Має містити:»)

checklist-form-original = оригінал
checklist-form-copy = копія
checklist-form-online-banking-pdf = PDF з інтернет-банку
checklist-form-paper-statement = паперова виписка
checklist-form-pdf = PDF
checklist-form-paper-copy = паперова копія
checklist-check-valid-on-delivery = термін дії, який ще не закінчився
checklist-check-shows-account-number = номер рахунку
checklist-check-shows-holder-name-and-address = ім’я та адресу
checklist-check-shows-all-mutations = усі операції
checklist-check-shows-balance = залишок
checklist-check-shows-sequence-numbers = порядкові номери виписок
checklist-check-shows-gross-and-net = суму брутто й нетто
checklist-check-shows-period = період
checklist-check-shows-year = рік
checklist-check-signed-by-both = Ваш підпис і підпис орендодавця
checklist-check-shows-rent-and-service-costs = орендну плату та плату за послуги
checklist-check-shows-date-and-amount = дату і суму
checklist-check-shows-creditor-and-amount = кому і скільки Ви маєте заплатити

## Види допомоги (називний відмінок)

scheme-bijstand = соціальна допомога (bijstand)
scheme-bijzondere-bijstand = спеціальна соціальна допомога (bijzondere bijstand)
scheme-individuele-inkomenstoeslag = індивідуальна надбавка до доходу
scheme-kwijtschelding = списання муніципальних податків
scheme-schuldhulpverlening = допомога з боргами
scheme-kindpakket = пакет для дітей (kindpakket)
scheme-wmo = допомога за законом Wmo
scheme-huurtoeslag = допомога на оплату оренди (huurtoeslag)

## Що потрібно (поняття, називний відмінок)

checklist-concept-identity = документ, що посвідчує особу
checklist-concept-account-mutations = банківські виписки
checklist-concept-account-balance = залишок на Ваших рахунках
checklist-concept-income-monthly = Ваш дохід за місяць
checklist-concept-income-annual = Ваш дохід за рік
checklist-concept-rent-contract = Ваш договір оренди
checklist-concept-rent-paid = підтвердження оплати оренди
checklist-concept-rent-amount = Ваша орендна плата
checklist-concept-contents-insurance = Ваше страхування домашнього майна
checklist-concept-health-insurance = Ваше медичне страхування
checklist-concept-cost-invoice = рахунок за витрати
checklist-concept-cost-necessity = підтвердження, що витрати потрібні
checklist-concept-car = Ваш автомобіль
checklist-concept-tax-assessments = Ваші податкові повідомлення
checklist-concept-debts = Ваші борги
checklist-concept-personal-plan = Ваш особистий план

## Факти (речення після «тому що») і реєстри (називний відмінок)

checklist-fact-variable-income = Ваш дохід щомісяця різний
checklist-fact-receives-bijstand = Ви отримуєте соціальну допомогу (bijstand)
checklist-fact-bijstand-over-3-years = Ви отримуєте соціальну допомогу довше ніж 3 роки
checklist-fact-known-minima-household = ми вже знаємо Ваш дохід
checklist-source-brp = реєстр населення (Basisregistratie Personen, BRP)
checklist-source-suwinet = Suwinet (UWV і Belastingdienst)
checklist-source-rdw = RDW (служба реєстрації транспорту)
checklist-source-belastingdienst = податкова служба (Belastingdienst)

## Список

# Імена не відмінюються, тому двокрапка замість «від Саміри».
checklist-group-person = Документи: { $name }
checklist-group-together = Спільні документи: { $names }
checklist-group-household = Для всього домогосподарства
checklist-name = { $name }
checklist-comma-join = { $left }, { $right }
checklist-and-join = { $left } і { $right }
checklist-or-join = { $left } або { $right }
checklist-one-of = один із цих документів: { $list }
checklist-of-account = з рахунку { $iban }
checklist-period = з { $from } по { $to }
checklist-period-month = { $month } { $year }
checklist-period-months = { $from }–{ $to } { $year }
checklist-period-months-years = { $from } { $from_year } – { $to } { $to_year }
# Без крапки в кінці: дата закінчується на «р.».
checklist-item-period = Період: { $period }
# Називний відмінок: «липень 2026», «липень–жовтень 2026».
checklist-month = { $month ->
        [1] січень
        [2] лютий
        [3] березень
        [4] квітень
        [5] травень
        [6] червень
        [7] липень
        [8] серпень
        [9] вересень
        [10] жовтень
        [11] листопад
       *[12] грудень
    }
checklist-issued-after = Найновіший документ (виданий не раніше { $date }).
checklist-must-show = Має містити: { $checks }.
checklist-delivery-retrievable = Це ми знайдемо самі.
checklist-delivery-already-held = Це в нас уже є.
checklist-delivery-keep-ready = Зберігайте це. Не надсилайте.
checklist-delivery-upload = Завантажте онлайн або надішліть копію.
checklist-delivery-show-original = Покажіть оригінал на стійці обслуговування (balie).
checklist-why-none = Потрібно для: { $scheme }.
checklist-why-latest = Потрібно для: { $scheme }. Найновіший документ, не старший за { $months ->
        [one] { $months } місяць
        [few] { $months } місяці
        [many] { $months } місяців
       *[other] { $months } місяця
    }.
checklist-why-rolling-months = Потрібно для: { $scheme }. { $months ->
        [one] Останній місяць
        [few] Останні { $months } місяці
        [many] Останні { $months } місяців
       *[other] Останні { $months } місяця
    }: з { $from } по { $to }
checklist-why-complete-months = Потрібно для: { $scheme }. { $months ->
        [one] { $months } повний місяць
        [few] { $months } повні місяці
        [many] { $months } повних місяців
       *[other] { $months } повного місяця
    }: з { $from } по { $to }
checklist-why-annual-statements = Потрібно для: { $scheme }. { $years ->
        [one] Річна довідка за { $years } рік
        [few] Річні довідки за { $years } роки
        [many] Річні довідки за { $years } років
       *[other] Річні довідки за { $years } року
    }: з { $from } по { $to }
checklist-concept-of = { $what } ({ $whose })
checklist-left-out-retrievable = { $what }: це знайдемо самі (джерело: { $source }).
checklist-left-out-held = { $what }: це в нас уже є.
checklist-left-out-issued-here = { $what }: цей документ ми видаємо самі.
checklist-left-out-exempt = { $scheme }: нічого не треба надсилати, бо { $fact }.
checklist-deadline = Не пізніше { $date }
checklist-pointer = { $scheme }: заяву потрібно подати самостійно на сайті { $url }

## Додаток для працівників (helder checklist --explain)

checklist-annex-title = Додаток для працівників: чому ми просимо кожен документ. Справа { $case }, список від { $date }
checklist-annex-held = Із цього в нас уже є: з { $from } по { $to }
checklist-annex-deadline = Термін: { $date }; спосіб подання: { $delivery }.
checklist-annex-decided = Визначено в: період { $coverage }; актуальність { $recency }; спосіб подання { $delivery }; термін { $deadline }.
checklist-annex-left-out = Не запитано:
checklist-annex-held-documents = уже є в нас ({ $documents })
checklist-annex-issued-here = видає сам муніципалітет ({ $evidence })
