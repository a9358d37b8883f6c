# House texts: every letter uses these, whatever the scheme.
# Arabic: residents are addressed in the plural of respect (أنتم), which is formal and
# needs no choice between masculine and feminine.

## Details beside the address (date, reference, contact).
detail-date = التاريخ
detail-reference = رقم الملف لدينا
detail-subject = الموضوع
detail-handled-by = الموظف المسؤول
detail-phone = الهاتف
page-of = الصفحة { $page } من { $pages }

## Salutation and closing. $name is the name as the case system has it.
salutation-heer = السيد { $name } المحترم،
salutation-mevrouw = السيدة { $name } المحترمة،
salutation-none = حضرة { $name }،
## The college of burgemeester en wethouders decides; the signatory signs on its behalf (mandaat).
closing = مع أطيب التحيات،
    نيابةً عن المجلس التنفيذي للبلدية (college van burgemeester en wethouders)،

## The invorderingsambtenaar decides on kwijtschelding of municipal taxes (Invorderingswet 1990
## art. 26, Gemeentewet art. 255); a template with signed_for = "invorderingsambtenaar" closes so.
closing-invorderingsambtenaar = مع أطيب التحيات،
    نيابةً عن موظف تحصيل الضرائب في البلدية (invorderingsambtenaar)،

## Default titles of the boxes (::: deadline, ::: warning, ::: info, ::: objection).
callout-deadline = انتبهوا إلى التاريخ
callout-warning = تنبيه
callout-info = من المفيد أن تعرفوا
objection-title = هل أنتم غير موافقين على هذا القرار؟

## Which letter counts (Awb 2:6: the Dutch letter is the official one).
binding-note = هذه ترجمة. الرسالة الرسمية هي الرسالة باللغة الهولندية.
binding-note-title = أي رسالة هي المعتمدة؟
## A bilingual letter (--with-dutch): these are printed in this language and in Dutch.
bilingual-note = هذه الرسالة بلغتين. أولًا تجدون الترجمة. بعد ذلك تجدون النص الهولندي. النص الهولندي وحده هو النص الرسمي.
bilingual-translation = الترجمة
bilingual-binding = النص الهولندي: هذا هو النص الرسمي

## The timeline at the end of an easy-read letter.
timeline-title = ماذا يحدث الآن؟
timeline-letter = تصلكم هذه الرسالة.

## Alt texts of the pictograms (icons/icons.toml names them icon-<name>).
icon-annual-statement = الكشف السنوي
icon-bank-statement = كشف الحساب البنكي
icon-benefit-statement = كشف الإعانة
icon-calendar = التقويم
icon-car = سيارة
icon-checkmark = تمّ
icon-child = طفل
icon-clock = ساعة
icon-computer = حاسوب
icon-counter = مكتب الاستقبال
icon-deadline = آخر موعد
icon-debt = الديون
icon-email = البريد الإلكتروني
icon-energy = الطاقة
icon-envelope = رسالة
icon-family = الأسرة
icon-help-at-home = المساعدة في البيت
icon-house = البيت
icon-id-card = إثبات الهوية
icon-info = معلومات
icon-insurance = التأمين
icon-interview = مقابلة
icon-invoice = فاتورة
icon-loan = قرض
icon-medical = الرعاية الصحية
icon-money = المال
icon-next = ماذا يحدث الآن؟
icon-objection = الاعتراض
icon-opening-hours = ساعات العمل
icon-partner = الشريك
icon-passport = جواز السفر
icon-payment = الدفع
icon-payslip = قسيمة الراتب
icon-person = شخص
icon-phone = الهاتف
icon-post = البريد
icon-question = سؤال
icon-receipt = إيصال
icon-refund = استرداد المال
icon-rent = الإيجار
icon-rental-contract = عقد الإيجار
icon-residence-document = وثيقة الإقامة
icon-savings = المدّخرات
icon-school = المدرسة
icon-signature = التوقيع
icon-stop = لا، هذا غير ممكن
icon-tax = الضرائب
icon-transport = المواصلات
icon-upload = الإرسال عبر الإنترنت
icon-video-call = مكالمة فيديو
icon-wait = مدة الانتظار
icon-warning = تنبيه
icon-website = الموقع الإلكتروني
