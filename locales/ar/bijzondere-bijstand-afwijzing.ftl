# Besluit: bijzondere bijstand afgewezen (Participatiewet art. 35).
bba-title = لن تحصلوا على المساعدة الاجتماعية الخاصة (bijzondere bijstand)
bba-cost = { $cost ->
    [wasmachine] شراء غسالة ملابس
    [koelkast] شراء ثلاجة
    [bril] شراء نظارة
    [tandarts] علاج الأسنان
    [eigenrisico] دفع الجزء الذي تتحمّلونه بأنفسكم من تكاليف التأمين الصحي (eigen risico)
    [bewindvoering] دفع تكاليف إدارة أموالكم (bewindvoering)
   *[verhuiskosten] دفع تكاليف انتقالكم إلى بيت جديد
}
bba-intro = في { $requested } طلبتم مالًا من أجل { bba-cost }.
bba-amount = المبلغ الذي طلبتموه: { $amount }.
bba-no-heading = لن تحصلوا على هذا المال
bba-no = درسنا طلبكم. لن تحصلوا على المساعدة الاجتماعية الخاصة.
bba-why-heading = لماذا لن تحصلوا على هذا المال؟
bba-why-inkomen = دخلكم أعلى من الحد. هكذا نحسب ذلك:
bba-income = دخلكم في الشهر: { $amount }
bba-limit = الحد في الشهر: { $amount }
bba-margin = ما يزيد على الحد في الشهر: { $amount }
# $months is a number: Arabic counts 1, 2, 3–10, 11–99 and 100+ differently.
bba-period = نحسب لفترة { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}. في هذه الفترة يكون لديكم { $total } فوق الحد. من هذا المال يمكنكم أن تدفعوا هذه التكاليف بأنفسكم.
bba-first = { $first ->
    [zorgverzekering] شركة تأمينكم الصحي (zorgverzekering)
    [aanvullende-verzekering] شركة تأمينكم الصحي الإضافي (aanvullende zorgverzekering)
    [uwv] هيئة تأمينات الموظفين (UWV)
    [svb] بنك التأمينات الاجتماعية (SVB)
    [toeslagen] مصلحة البدلات (Dienst Toeslagen)
   *[duo] هيئة تمويل الدراسة (DUO)
}
bba-why-voorliggend = الجهة التي تدفع هذه التكاليف أولًا هي { bba-first }. لهذا لا ندفعها نحن.
bba-can-voorliggend = اطلبوا المال من { bba-first }. إذا لم ينجح ذلك، يمكنكم أن تطلبوا المال منا مرة أخرى.
bba-why = { $reason ->
    [nietnodig] نرى أن هذه التكاليف ليست ضرورية لكم. يمكنكم أن تتدبروا أموركم من دونها.
   *[achteraf] كنتم قد دفعتم التكاليف قبل أن تطلبوا المال. لهذا لم نستطع أن نتحقق مسبقًا من أن التكاليف ضرورية.
}
bba-can-heading = ماذا يمكنكم أن تفعلوا الآن؟
bba-can = { $reason ->
    [inkomen] ادّخروا كل شهر مبلغًا صغيرًا لهذه التكاليف. أو اسألونا عن قرض.
   *[other] اسألونا عما هو ممكن. ربما يوجد نوع آخر من الدعم يناسبكم.
}
bba-help = هل تريدون مساعدة في الأمور المالية؟ اتصلوا بنا على الرقم { $phone }. نساعدكم مجانًا.
bba-debt = هل عليكم ديون؟ تعالوا إلى مكتب المساعدة المالية (Geldloket) في مبنى البلدية (stadhuis).
bba-laws = { $reason ->
    [voorliggend] يستند هذا القرار إلى المادتين 15 و35 من قانون المشاركة (Participatiewet). يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
    [achteraf] يستند هذا القرار إلى المادتين 35 و44 من قانون المشاركة (Participatiewet). يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
   *[other] يستند هذا القرار إلى المادة 35 من قانون المشاركة (Participatiewet). يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
}
