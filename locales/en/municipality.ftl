# Texts of the municipality itself (letterhead, signatory, contact).
municipality-department = Work and Income
municipality-signature-role = Income team leader
municipality-contact-phone = Phone { $phone }
municipality-contact-hours = You can call us Monday to Friday, 9:00 am to 5:00 pm.
# Opening hours of the counter (the checklist letter: "bring the original").
municipality-counter-hours = The front desk is open Monday to Friday, 9:00 am to 4:00 pm. You do not need an appointment.
