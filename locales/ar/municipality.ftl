# Texts of the municipality itself (letterhead, signatory, contact).
municipality-department = قسم العمل والدخل (Werk en Inkomen)
municipality-signature-role = رئيس فريق الدخل (teamleider Inkomen)
municipality-contact-phone = الهاتف { $phone }
municipality-contact-hours = اتصلوا بنا في أيام العمل من الساعة 9:00 إلى الساعة 17:00.
# Opening hours of the counter (the checklist letter: "bring the original").
municipality-counter-hours = مكتب الاستقبال مفتوح في أيام العمل من الساعة 9:00 إلى الساعة 16:00. لا تحتاجون إلى موعد.
