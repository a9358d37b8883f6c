# Besluit: terugvordering van te veel betaalde bijstand met een betaalregeling (Participatiewet art. 58, 60).
tv-title = نطلب منكم إرجاع جزء من إعانتكم
tv-scheme = { $scheme ->
    [bijstand] إعانة المساعدة الاجتماعية (bijstandsuitkering)
   *[bijzonderebijstand] المساعدة الاجتماعية الخاصة (bijzondere bijstand)
}
tv-intro = حصلتم على مبلغ أكبر مما يحق لكم من { tv-scheme }. كان ذلك من { $from } حتى { $until }. نطلب منكم إرجاع هذا المال.
tv-amount-title = يجب عليكم إرجاع { $amount }
tv-amount = تُرجعون **{ $amount }** في المجموع. لا تحتاجون إلى دفعه مرة واحدة: تدفعون جزءًا منه كل شهر.
tv-why-heading = لماذا نطلب منكم إرجاع المال؟
tv-why = { $reason ->
    [inkomen] كان لديكم في تلك الفترة دخل آخر أيضًا. لم تخبرونا بذلك. لهذا حصلتم على مال أكثر مما يحق لكم.
    [vermogen] كان لديكم في تلك الفترة مال في البنك أكثر من الحد. لم تخبرونا بذلك. لهذا حصلتم على مال أكثر مما يحق لكم.
   *[samenwonen] كنتم في تلك الفترة تعيشون مع شخص آخر في بيت واحد. لم تخبرونا بذلك. من يعيشون معًا يحصلون على مساعدة اجتماعية أقل. لهذا حصلتم على مال أكثر مما يحق لكم.
}
tv-plan-heading = كيف تُرجعون المال؟
# $payments is a number: Arabic counts 1, 2, 3–10, 11–99 and 100+ differently.
tv-plan = تدفعون كل شهر **{ $monthly }**. تدفعون هذا المبلغ { $payments ->
    [zero] { $payments } مرة
    [one] مرة واحدة
    [two] مرتين
    [few] { $payments } مرات
    [many] { $payments } مرة
   *[other] { $payments } مرة
}. تكون الدفعة الأولى في **{ $start }**.
tv-method = { $method ->
    [inhouding] نخصم المبلغ كل شهر من إعانتكم. لا تحتاجون إلى فعل أي شيء.
   *[overmaken] تحوّلون المبلغ بأنفسكم كل شهر. طريقة الدفع مذكورة في اتفاق الدفع المرفق بهذه الرسالة.
}
tv-less = هل يصعب عليكم دفع هذا المبلغ؟ اتصلوا بنا على الرقم { $phone }. سيبقى لديكم دائمًا ما يكفي من المال للعيش.
tv-debt = هل عليكم ديون أخرى؟ تعالوا إلى مكتب المساعدة المالية (Geldloket) في مبنى البلدية (stadhuis). نساعدكم مجانًا.
tv-laws = يستند هذا القرار إلى المواد 17 و58 و60 من قانون المشاركة (Participatiewet). يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
