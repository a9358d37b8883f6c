# Besluit op een verzoek om kwijtschelding van gemeentelijke belastingen (Gemeentewet art. 255,
# Invorderingswet 1990 art. 26, Uitvoeringsregeling Invorderingswet 1990, Leidraad invordering).
kw-title = قرارنا بشأن طلبكم للإعفاء من ضرائب البلدية (kwijtschelding)
kw-intro = في { $applied } طلبتم الإعفاء من ضرائب البلدية لسنة { $year }. هذا هو إشعار الضريبة رقم { $assessment }. درسنا طلبكم.
kw-tax = { $tax ->
    [afvalstoffenheffing] رسوم النفايات (afvalstoffenheffing)
    [rioolheffing] رسوم الصرف الصحي (rioolheffing)
    [onroerendezaakbelasting] ضريبة العقارات (onroerendezaakbelasting)
   *[hondenbelasting] ضريبة الكلاب (hondenbelasting)
}
kw-yes-title = لا تحتاجون إلى دفع أي شيء
kw-yes = تحصلون على إعفاء من المبلغ كله: **{ $total }**.
kw-taxes-heading = ما الضرائب التي يشملها القرار؟
kw-yes-done = لا تحتاجون إلى فعل أي شيء. إذا كنتم قد دفعتم جزءًا من المبلغ، فسنعيده إلى حسابكم البنكي.
kw-part-title = لا تحتاجون إلى دفع جزء من المبلغ
kw-part = تحصلون على إعفاء من **{ $remitted }**. مبلغ الضريبة كله { $total }.
kw-no-title = لن تحصلوا على إعفاء
kw-no = يجب عليكم أن تدفعوا الضريبة بأنفسكم. المبلغ هو **{ $total }**.
kw-why-heading = { $outcome ->
    [gedeeltelijk] لماذا لا يشمل الإعفاء المبلغ كله؟
   *[afgewezen] لماذا لن تحصلوا على إعفاء؟
}
kw-why-income = دخلكم { $income } في الشهر. التكاليف التي نحسبها { $costs } في الشهر. هذا هو المبلغ المعياري للمساعدة الاجتماعية (bijstandsnorm) مع جزء من تكاليف سكنكم. إذن يبقى لديكم { $margin } في الشهر.
kw-why-year = { $outcome ->
    [gedeeltelijk] نحسب لفترة 12 شهرًا. في هذه الفترة يبقى لديكم { $capacity }. يمكنكم أن تدفعوا هذا الجزء بأنفسكم.
   *[afgewezen] نحسب لفترة 12 شهرًا. في هذه الفترة يبقى لديكم { $capacity }. هذا أكثر من الضريبة البالغة { $total }. إذن يمكنكم أن تدفعوا الضريبة بأنفسكم.
}
kw-why-assets = { $outcome ->
    [gedeeltelijk] لديكم { $assets } من المال والممتلكات. يحق لكم أن تحتفظوا بمبلغ { $limit }. ما لديكم يزيد على ذلك بمبلغ { $over }. يمكنكم أن تدفعوا هذا الجزء بأنفسكم.
   *[afgewezen] لديكم { $assets } من المال والممتلكات. يحق لكم أن تحتفظوا بمبلغ { $limit }. ما لديكم يزيد على ذلك بمبلغ { $over }. بهذا المال يمكنكم أن تدفعوا الضريبة البالغة { $total } بأنفسكم.
}
kw-pay-title = ادفعوا { $amount }
kw-pay = ادفعوا **{ $amount }** في موعد أقصاه **{ $by }**. اذكروا الرقم { $assessment } عند الدفع.
kw-debt = هل يصعب عليكم دفع المبلغ كله مرة واحدة؟ أو هل تقلقون بشأن المال؟ تعالوا إلى مكتب المساعدة المالية (Geldloket) في مبنى البلدية (stadhuis). نساعدكم مجانًا.
kw-laws = { $outcome ->
    [toegekend] يستند هذا القرار إلى المادة 255 من قانون البلديات (Gemeentewet). ويستند أيضًا إلى المادة 26 من قانون التحصيل لعام 1990 (Invorderingswet 1990). طريقة حسابنا مذكورة في دليل التحصيل لدى البلدية (Leidraad invordering). يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
   *[other] يستند هذا القرار إلى المادة 255 من قانون البلديات (Gemeentewet). ويستند أيضًا إلى المادة 26 من قانون التحصيل لعام 1990 (Invorderingswet 1990). وتنطبق كذلك اللائحة التنفيذية لهذا القانون (Uitvoeringsregeling Invorderingswet 1990). طريقة حسابنا مذكورة في دليل التحصيل لدى البلدية (Leidraad invordering). يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
}
