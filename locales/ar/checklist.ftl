# Checklist: documents, schemes and the sentences of the merged checklist.
# Owner: checklist. Ids are referenced by schemes/*.toml and src/checklist/letter.rs.

## Documents

evidence-passport = جواز السفر
evidence-passport-explanation = جواز سفر ساري المفعول.
evidence-id-card = بطاقة الهوية
evidence-id-card-explanation = بطاقة هوية سارية المفعول (ID-kaart).
evidence-residence-document = وثيقة الإقامة
evidence-residence-document-explanation = وثيقة إقامة سارية المفعول.
evidence-driving-licence = رخصة القيادة
evidence-driving-licence-explanation = رخصة قيادة سارية المفعول. لا تصلح للمساعدة الاجتماعية (bijstand)، لأن الجنسية غير مذكورة فيها.
evidence-bank-statement = كشوف الحساب البنكي
evidence-bank-statement-explanation = نزّلوها بصيغة PDF من تطبيق البنك أو من موقع البنك. صورة الشاشة لا تصلح. يظهر في الكشوف رقم الحساب واسمكم وعنوانكم. ويظهر فيها أيضًا كل المبالغ الداخلة والخارجة والرصيد.
# $count is the number of months the documents cover: one, two (dual) or more (plural).
evidence-income-specification = { $count ->
        [zero] قسائم الراتب أو كشوف الإعانة
        [one] قسيمة الراتب أو كشف الإعانة
        [two] قسيمتا الراتب أو كشفا الإعانة
        [few] قسائم الراتب أو كشوف الإعانة
        [many] قسائم الراتب أو كشوف الإعانة
       *[other] قسائم الراتب أو كشوف الإعانة
    }
evidence-income-specification-explanation = كشف دخلكم عن شهر واحد، مع المبلغ الإجمالي والمبلغ الصافي.
evidence-annual-income-statement = { $count ->
        [zero] كشوف الدخل السنوي (jaaropgaven)
        [one] كشف الدخل السنوي (jaaropgave)
        [two] كشفا الدخل السنوي (jaaropgaven)
        [few] كشوف الدخل السنوي (jaaropgaven)
        [many] كشوف الدخل السنوي (jaaropgaven)
       *[other] كشوف الدخل السنوي (jaaropgaven)
    }
evidence-annual-income-statement-explanation = كشف دخلكم عن سنة كاملة. يرسله إليكم صاحب العمل أو الجهة التي تدفع لكم الإعانة.
evidence-rental-contract = عقد الإيجار
evidence-rental-contract-explanation = العقد بينكم وبين المؤجِّر، وعليه توقيعكم وتوقيع المؤجِّر.
evidence-rent-payment-proof = إثبات دفع الإيجار
evidence-rent-payment-proof-explanation = مثلًا كشف حساب بنكي يظهر فيه دفع الإيجار.
evidence-rent-specification = تفاصيل الإيجار (huurspecificatie)
evidence-rent-specification-explanation = كشف من المؤجِّر يذكر الإيجار وتكاليف الخدمات.
evidence-contents-insurance-policy = وثيقة تأمين محتويات البيت (inboedelverzekering)
evidence-contents-insurance-policy-explanation = إثبات تأمينكم على الأغراض الموجودة في بيتكم.
evidence-health-insurance-policy = وثيقة التأمين الصحي (zorgverzekering)
evidence-health-insurance-policy-explanation = إثبات تأمينكم الصحي.
evidence-invoice = فاتورة التكاليف
evidence-invoice-explanation = فاتورة التكاليف التي تطلبون المال من أجلها، مع التاريخ والمبلغ.
evidence-cost-necessity-proof = إثبات أن التكاليف ضرورية
evidence-cost-necessity-proof-explanation = مثلًا رسالة من طبيبكم.
evidence-car-registration = وثيقة تسجيل السيارة (kentekenbewijs)
evidence-car-registration-explanation = وثيقة تسجيل سيارتكم.
evidence-municipal-tax-assessment = إشعار ضرائب البلدية (aanslag gemeentelijke belastingen)
evidence-municipal-tax-assessment-explanation = رسالة البلدية التي تذكر الضريبة المطلوبة منكم.
evidence-water-board-tax-assessment = إشعار ضريبة هيئة المياه (aanslag waterschapsbelasting)
evidence-water-board-tax-assessment-explanation = رسالة هيئة المياه (waterschap) التي تذكر الضريبة المطلوبة منكم.
evidence-debt-overview = قائمة بديونكم
evidence-debt-overview-explanation = لمن عليكم مال، وكم المبلغ. رسائل الدائنين تصلح أيضًا.
evidence-personal-plan = الخطة الشخصية
evidence-personal-plan-explanation = خطتكم أنتم: ما المساعدة التي تحتاجون إليها. هذه الوثيقة ليست إلزامية.

## Forms and checks

checklist-form-original = الأصل
checklist-form-copy = نسخة
checklist-form-online-banking-pdf = ملف PDF من موقع البنك أو تطبيقه
checklist-form-paper-statement = كشف ورقي
checklist-form-pdf = ملف PDF
checklist-form-paper-copy = نسخة ورقية
checklist-check-valid-on-delivery = تاريخ انتهاء لم يمضِ بعد
checklist-check-shows-account-number = رقم الحساب
checklist-check-shows-holder-name-and-address = اسمكم وعنوانكم
checklist-check-shows-all-mutations = كل المبالغ الداخلة والخارجة
checklist-check-shows-balance = الرصيد
checklist-check-shows-sequence-numbers = كل الأرقام التسلسلية
checklist-check-shows-gross-and-net = المبلغ الإجمالي والمبلغ الصافي
checklist-check-shows-period = الفترة
checklist-check-shows-year = السنة
checklist-check-signed-by-both = توقيعكم وتوقيع المؤجِّر
checklist-check-shows-rent-and-service-costs = الإيجار وتكاليف الخدمات
checklist-check-shows-date-and-amount = التاريخ والمبلغ
checklist-check-shows-creditor-and-amount = لمن يجب عليكم أن تدفعوا، وكم المبلغ

## Schemes

scheme-bijstand = المساعدة الاجتماعية (bijstand)
scheme-bijzondere-bijstand = المساعدة الاجتماعية الخاصة (bijzondere bijstand)
scheme-individuele-inkomenstoeslag = بدل الدخل الفردي (individuele inkomenstoeslag)
scheme-kwijtschelding = الإعفاء من ضرائب البلدية (kwijtschelding)
scheme-schuldhulpverlening = المساعدة في الديون (schuldhulpverlening)
scheme-kindpakket = حزمة الأطفال (kindpakket)
scheme-wmo = الدعم وفق قانون الدعم الاجتماعي (Wmo)
scheme-huurtoeslag = بدل الإيجار (huurtoeslag)

## What is needed (concepts)

checklist-concept-identity = إثبات هويتكم
checklist-concept-account-mutations = كشوف الحساب البنكي
checklist-concept-account-balance = رصيد حساباتكم
checklist-concept-income-monthly = دخلكم الشهري
checklist-concept-income-annual = دخلكم السنوي
checklist-concept-rent-contract = عقد الإيجار
checklist-concept-rent-paid = إثبات دفع الإيجار
checklist-concept-rent-amount = مبلغ الإيجار
checklist-concept-contents-insurance = تأمين محتويات بيتكم
checklist-concept-health-insurance = تأمينكم الصحي
checklist-concept-cost-invoice = فاتورة التكاليف
checklist-concept-cost-necessity = إثبات أن التكاليف ضرورية
checklist-concept-car = سيارتكم
checklist-concept-tax-assessments = إشعارات الضرائب
checklist-concept-debts = ديونكم
checklist-concept-personal-plan = خطتكم الشخصية

## Facts and registers
## A fact follows "السبب:" (the reason): each is a sentence of its own.

checklist-fact-variable-income = دخلكم يتغيّر من شهر إلى آخر
checklist-fact-receives-bijstand = تحصلون على المساعدة الاجتماعية (bijstand)
checklist-fact-bijstand-over-3-years = تحصلون على المساعدة الاجتماعية منذ أكثر من 3 سنوات
checklist-fact-known-minima-household = نعرف دخلكم بالفعل
checklist-source-brp = السجل الأساسي للأشخاص (Basisregistratie Personen)
checklist-source-suwinet = نظام Suwinet (لدى UWV ومصلحة الضرائب)
checklist-source-rdw = هيئة المركبات (RDW)
checklist-source-belastingdienst = مصلحة الضرائب (Belastingdienst)

## The checklist

checklist-group-person = وثائق { $name }
checklist-group-together = وثائق { $names } معًا
checklist-group-household = وثائق تخص أسرتكم
checklist-name = { $name }
checklist-comma-join = { $left }، { $right }
## و is written against the next word; it never joins to it, so no space is needed.
checklist-and-join = { $left } و{ $right }
checklist-or-join = { $left } أو { $right }
checklist-one-of = إحدى هذه الوثائق: { $list }
checklist-of-account = من الحساب { $iban }
checklist-period = من { $from } حتى { $to }
checklist-period-month = { $month } { $year }
checklist-period-months = من { $from } حتى { $to } { $year }
checklist-period-months-years = من { $from } { $from_year } حتى { $to } { $to_year }
checklist-item-period = الفترة: { $period }.
## Month names as CLDR's Arabic (ar) writes them, the same as the dates of the letters.
checklist-month = { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
checklist-issued-after = أحدث نسخة، صادرة في { $date } أو بعده.
checklist-must-show = يظهر فيها: { $checks }.
checklist-delivery-retrievable = سنحصل على هذا بأنفسنا.
checklist-delivery-already-held = هذا موجود لدينا بالفعل.
checklist-delivery-keep-ready = احتفظوا بهذا. لا ترسلوه.
checklist-delivery-upload = ارفعوه عبر الإنترنت أو أرسلوا نسخة منه.
checklist-delivery-show-original = أظهروا الأصل في مكتب الاستقبال.
checklist-why-none = هذا مطلوب من أجل { $scheme }.
# $months and $years are numbers: Arabic counts 1, 2, 3–10, 11–99 and 100+ differently.
checklist-why-latest = من أجل { $scheme }: أحدث نسخة، لا يزيد عمرها على { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }.
checklist-why-rolling-months = من أجل { $scheme }: { $months ->
        [zero] آخر { $months } شهر
        [one] الشهر الأخير
        [two] الشهران الأخيران
        [few] آخر { $months } أشهر
        [many] آخر { $months } شهرًا
       *[other] آخر { $months } شهر
    }، من { $from } حتى { $to }.
checklist-why-complete-months = من أجل { $scheme }: { $months ->
        [zero] { $months } شهر كامل
        [one] شهر كامل
        [two] شهران كاملان
        [few] { $months } أشهر كاملة
        [many] { $months } شهرًا كاملًا
       *[other] { $months } شهر كامل
    }، من { $from } حتى { $to }.
checklist-why-annual-statements = من أجل { $scheme }: { $years ->
        [zero] كشوف الدخل السنوي عن { $years } سنة
        [one] كشف الدخل السنوي عن سنة واحدة
        [two] كشفا الدخل السنوي عن سنتين
        [few] كشوف الدخل السنوي عن { $years } سنوات
        [many] كشوف الدخل السنوي عن { $years } سنةً
       *[other] كشوف الدخل السنوي عن { $years } سنة
    }، من { $from } حتى { $to }.
checklist-concept-of = { $what } ({ $whose })
checklist-left-out-retrievable = { $what }: سنحصل على هذا بأنفسنا من { $source }.
checklist-left-out-held = { $what }: هذا موجود لدينا بالفعل.
checklist-left-out-issued-here = { $what }: نُصدر هذا بأنفسنا.
checklist-left-out-exempt = { $scheme }: لا تحتاجون إلى إرسال أي شيء. السبب: { $fact }.
checklist-deadline = في موعد أقصاه { $date }
checklist-pointer = قدّموا طلب { $scheme } بأنفسكم: { $url }

## The staff annex (helder checklist --explain)

checklist-annex-title = ملحق للموظفين: لماذا نطلب كل وثيقة. الملف { $case }، القائمة بتاريخ { $date }.
checklist-annex-held = لدينا منها بالفعل: من { $from } حتى { $to }.
checklist-annex-deadline = المهلة: { $date }. طريقة التسليم: { $delivery }.
checklist-annex-decided = تقرّر في: الفترة { $coverage }؛ الحداثة { $recency }؛ التسليم { $delivery }؛ المهلة { $deadline }.
checklist-annex-left-out = غير مطلوب:
checklist-annex-held-documents = موجود لدينا بالفعل ({ $documents })
checklist-annex-issued-here = تُصدره البلدية بنفسها ({ $evidence })
