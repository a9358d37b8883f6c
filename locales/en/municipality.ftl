# Texts of the municipality itself (letterhead, signatory, contact).
municipality-department = Work and Income
municipality-signature-role = Income team leader
municipality-contact-phone = Phone { $phone }
municipality-contact-hours = Call on weekdays from 9:00 to 17:00.
# Opening hours of the counter (the checklist letter: "bring the original").
municipality-counter-hours = The counter is open on working days from 9.00 to 16.00. You do not need an appointment.
