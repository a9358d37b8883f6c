# Besluit: maatwerkvoorziening Wmo toegekend (Wmo 2015 art. 2.3.5; eigen bijdrage art. 2.1.4).
wmo-title = ستحصلون على دعم وفق قانون الدعم الاجتماعي (Wmo)
wmo-service = { $service ->
    [huishouden] المساعدة في الأعمال المنزلية
   *[begeleiding] المرافقة والإرشاد (begeleiding)
}
wmo-intro = في { $requested } طلبتم دعمًا وفق قانون الدعم الاجتماعي (Wmo). تحدثنا معكم ودرسنا طلبكم. ستحصلون على { wmo-service }.
wmo-what-heading = ما الدعم الذي ستحصلون عليه؟
# $minutes is a number: Arabic counts 1, 2, 3–10, 11–99 and 100+ differently.
wmo-amount = ستحصلون على { wmo-service } لمدة **{ $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}** كل أسبوع.
wmo-period = يبدأ الدعم في **{ $starts }**. آخر يوم للدعم هو **{ $ends }**.
wmo-provider = الجهة التي تقدّم لكم الدعم هي { $provider }. ستتصل بكم لتحديد موعد.
wmo-contribution = تدفعون مساهمة شخصية (eigen bijdrage) قدرها **{ $amount }** في الشهر. ترسل إليكم هيئة CAK فاتورة بهذا المبلغ.
wmo-why-heading = لماذا تحصلون على هذا الدعم؟
wmo-why = { $service ->
    [huishouden] لم تعودوا قادرين على تنظيف بيتكم بأنفسكم. ولا تستطيع أسرتكم أو جيرانكم القيام بذلك من أجلكم. لهذا تحصلون على هذا الدعم.
   *[begeleiding] تحتاجون إلى مساعدة لتنظيم يومكم وترتيب بريدكم. ولا تستطيع أسرتكم أو جيرانكم القيام بذلك من أجلكم. لهذا تحصلون على هذا الدعم.
}
wmo-do-heading = ماذا يجب عليكم أن تفعلوا؟
wmo-changes = هل تغيّر شيء في صحتكم أو في أسرتكم؟ أخبرونا بذلك.
wmo-renew = هل ستحتاجون إلى الدعم بعد ذلك؟ قدّموا طلبًا جديدًا قبل نهاية الدعم بشهرين.
wmo-laws = يستند هذا القرار إلى المادة 2.3.5 من قانون الدعم الاجتماعي لعام 2015 (Wmo 2015). وتنطبق أيضًا لائحة الدعم الاجتماعي لدى البلدية (Verordening maatschappelijke ondersteuning). المساهمة الشخصية مذكورة في المادة 2.1.4 من هذا القانون. يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
