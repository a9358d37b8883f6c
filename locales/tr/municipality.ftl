# Texts of the municipality itself (letterhead, signatory, contact).
municipality-department = Çalışma ve Gelir
municipality-signature-role = Gelir Ekibi Yöneticisi
municipality-contact-phone = Telefon { $phone }
municipality-contact-hours = Bizi iş günlerinde 09.00 ile 17.00 arasında arayabilirsiniz.
# Opening hours of the counter (the checklist letter: "bring the original").
municipality-counter-hours = Danışma masası iş günlerinde 09.00 ile 16.00 arasında açıktır. Randevu almanız gerekmez.
