# Verzoek om ontbrekende papieren met een hersteltermijn (Awb 4:5).
doc-title = ما زلنا نحتاج إلى وثائق منكم
doc-scheme = { $scheme ->
    [bijstand] إعانة المساعدة الاجتماعية (bijstand)
    [bijzonderebijstand] المساعدة الاجتماعية الخاصة (bijzondere bijstand)
   *[kwijtschelding] الإعفاء من ضرائب البلدية (kwijtschelding)
}
doc-kind = { $kind ->
    [bankafschrift] كشوف الحساب لكل حساباتكم البنكية
    [loonstrook] قسائم الراتب
    [identiteitsbewijs] نسخة من جواز سفركم أو بطاقة هويتكم أو وثيقة إقامتكم
    [huurcontract] عقد الإيجار
    [factuur] الفاتورة أو عرض السعر
    [polis] وثيقة التأمين الخاصة بكم
   *[jaaropgave] كشف الدخل السنوي (jaaropgave)
}
doc-intro = في { $applied } قدّمتم طلبًا للحصول على { doc-scheme }. ما زالت تنقصنا بعض الوثائق. من دون هذه الوثائق لا نستطيع إكمال دراسة طلبكم.
doc-deadline-title = أرسلوا الوثائق في موعد أقصاه { $deadline }
# $count is a number: Arabic counts 1, 2, 3–10, 11–99 and 100+ differently.
doc-deadline = { $count ->
    [zero] أرسلوا إلينا الوثائق في موعد أقصاه **{ $deadline }**.
    [one] أرسلوا إلينا الوثيقة في موعد أقصاه **{ $deadline }**.
    [two] أرسلوا إلينا الوثيقتين في موعد أقصاه **{ $deadline }**.
    [few] أرسلوا إلينا { $count } وثائق في موعد أقصاه **{ $deadline }**.
    [many] أرسلوا إلينا { $count } وثيقة في موعد أقصاه **{ $deadline }**.
   *[other] أرسلوا إلينا { $count } وثيقة في موعد أقصاه **{ $deadline }**.
}
doc-list-heading = { $count ->
    [zero] هذه هي الوثائق التي نحتاج إليها
    [one] هذه هي الوثيقة التي نحتاج إليها
    [two] هاتان هما الوثيقتان اللتان نحتاج إليهما
    [few] هذه هي الوثائق التي نحتاج إليها
    [many] هذه هي الوثائق التي نحتاج إليها
   *[other] هذه هي الوثائق التي نحتاج إليها
}
doc-item = { doc-kind }.
doc-item-period = { doc-kind } من { $from } حتى { $until }.
doc-how-heading = كيف ترسلون الوثائق؟
doc-upload = ارفعوا الوثائق عبر الإنترنت على الموقع { $url }. اكتبوا هناك رقم الملف لدينا: { $reference }.
doc-counter = أو أحضروا الوثائق إلى مبنى البلدية (stadhuis): { $address }. لا تحتاجون إلى موعد.
doc-post = أو أرسلوا نسخًا منها بالبريد. اكتبوا رقم الملف لدينا { $reference } على الظرف. لا ترسلوا الوثائق الأصلية أبدًا. عنواننا هو:
doc-late-title = هل تأخرتم؟
doc-late = إذا لم تصلنا الوثائق في الوقت المحدد، فلن ندرس طلبكم. هل تحتاجون إلى وقت أطول؟ اتصلوا بنا قبل ذلك التاريخ على الرقم { $phone }.
doc-laws = نطلب هذه الوثائق استنادًا إلى المادتين 4:2 و4:5 من القانون الإداري العام (Algemene wet bestuursrecht). يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
