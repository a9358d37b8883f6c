# Texts of the municipality itself (letterhead, signatory, contact).
municipality-department = Werk en Inkomen
municipality-signature-role = teamleider Inkomen
municipality-contact-phone = Telefoon { $phone }
municipality-contact-hours = Bel op werkdagen van 9.00 tot 17.00 uur.
# Opening hours of the counter (the checklist letter: "bring the original").
municipality-counter-hours = De balie is open op werkdagen van 9.00 tot 16.00 uur. U hoeft geen afspraak te maken.
