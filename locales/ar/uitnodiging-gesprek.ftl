# Uitnodiging voor een gesprek over een aanvraag (Participatiewet art. 17; Wmo 2015 art. 2.3.2).
inv-title = ندعوكم إلى مقابلة
inv-scheme = { $scheme ->
    [bijstand] إعانة المساعدة الاجتماعية (bijstand)
    [bijzonderebijstand] المساعدة الاجتماعية الخاصة (bijzondere bijstand)
   *[wmo] الدعم وفق قانون الدعم الاجتماعي (Wmo)
}
inv-intro = في { $applied } قدّمتم طلبًا للحصول على { inv-scheme }. نودّ أن نتحدث معكم عن طلبكم.
inv-when-title = موعدكم
# $minutes is a number: Arabic counts 1, 2, 3–10, 11–99 and 100+ differently.
inv-when = ننتظركم يوم **{ $day }** في الساعة **{ $starts }**. تستغرق المقابلة نحو { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
inv-where-heading = أين تكون المقابلة؟
inv-where = تكون المقابلة في { $building }، { $address }. توجّهوا إلى مكتب الاستقبال عند وصولكم.
inv-bring-heading = ماذا تحضرون معكم؟
inv-bring = { $item ->
    [identiteitsbewijs] جواز سفركم أو بطاقة هويتكم أو وثيقة إقامتكم.
    [bankafschrift] كشوف حسابكم البنكي عن الشهر الأخير.
    [loonstrook] آخر قسيمة راتب لكم.
    [huurcontract] عقد الإيجار.
    [polis] وثيقة تأمينكم الصحي.
   *[indicatie] رسائل من طبيبكم أو من الطبيب المختص، إن كانت لديكم.
}
inv-cannot-heading = هل يتعذّر عليكم الحضور؟
inv-cannot = اتصلوا بنا في أقرب وقت ممكن على الرقم { $phone }. عندها نحدد معكم موعدًا جديدًا.
inv-absent-title = ماذا يحدث إذا لم تحضروا؟
inv-absent = إذا لم تحضروا ولم تتصلوا بنا لإلغاء الموعد، فقد لا نستطيع إكمال دراسة طلبكم.
inv-company = يمكنكم أن تحضروا معكم شخصًا إلى المقابلة. مثلًا أحد أفراد أسرتكم أو صديقًا.
inv-laws = { $scheme ->
    [wmo] ندعوكم استنادًا إلى المادة 2.3.2 من قانون الدعم الاجتماعي لعام 2015 (Wet maatschappelijke ondersteuning 2015). يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
   *[other] ندعوكم استنادًا إلى المادة 17 من قانون المشاركة (Participatiewet). يجب عليكم أن تتعاونوا معنا في دراسة طلبكم. يمكنكم قراءة القواعد على الموقع wetten.overheid.nl.
}
