# Besluit: bijzondere bijstand toegekend (Participatiewet art. 35).
bbt-title = ستحصلون على المساعدة الاجتماعية الخاصة (bijzondere bijstand)
bbt-cost = { $cost ->
    [wasmachine] شراء غسالة ملابس
    [koelkast] شراء ثلاجة
    [bril] شراء نظارة
    [tandarts] علاج الأسنان
    [eigenrisico] دفع الجزء الذي تتحمّلونه بأنفسكم من تكاليف التأمين الصحي (eigen risico)
    [bewindvoering] دفع تكاليف إدارة أموالكم (bewindvoering)
   *[verhuiskosten] دفع تكاليف انتقالكم إلى بيت جديد
}
bbt-intro = في { $requested } طلبتم مالًا من أجل { bbt-cost }. درسنا طلبكم. ستحصلون على هذا المال.
bbt-what-heading = ماذا ستحصلون؟
bbt-amount = ستحصلون على **{ $amount }**.
bbt-payment = سندفع المال في **{ $date }**. يصل المال إلى حسابكم البنكي.
bbt-gift = ليس عليكم أن تُرجعوا هذا المال.
# $payments is a number (1 to 120): Arabic counts 1, 2, 3–10, 11–99 and 100+ differently.
bbt-loan = هذا المال قرض. لا تدفعون عليه فائدة. تسدّدون القرض على { $payments ->
    [zero] { $payments } دفعات شهرية
    [one] دفعة شهرية واحدة
    [two] دفعتين شهريتين
    [few] { $payments } دفعات شهرية
    [many] { $payments } دفعة شهرية
   *[other] { $payments } دفعة شهرية
}. تدفعون كل شهر **{ $monthly }**. تكون الدفعة الأولى في **{ $start }**.
bbt-agreement = { $agreement ->
    [bijlage] شروط القرض مكتوبة في عقد القرض. العقد مرفق بهذه الرسالة. وقّعوا العقد وأرسلوه إلينا.
   *[apart] شروط القرض مكتوبة في عقد القرض. سيصلكم العقد بالبريد خلال أسبوع. وقّعوا العقد وأرسلوه إلينا.
}
bbt-why-heading = لماذا تحصلون على هذا المال؟
bbt-why = تحتاجون إلى مال من أجل { bbt-cost }. ليس لديكم ما يكفي من المال لتدفعوا ذلك بأنفسكم. لهذا نساعدكم.
bbt-do-heading = ماذا يجب عليكم أن تفعلوا؟
bbt-receipt = احتفظوا بالإيصال أو الفاتورة. قد نطلب منكم أن تعرضوه علينا.
bbt-changes = هل تغيّر شيء في دخلكم أو في أسرتكم؟ أخبرونا بذلك.
bbt-laws = يستند هذا القرار إلى المادة 35 من قانون المشاركة (Participatiewet). يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
