# Тексти самого муніципалітету (бланк, підписант, контакт).
municipality-department = Відділ роботи та доходів (Werk en Inkomen)
municipality-signature-role = керівник групи з питань доходів
municipality-contact-phone = Телефон { $phone }
municipality-contact-hours = Телефонуйте в робочі дні з 9:00 до 17:00.
# Години роботи стійки обслуговування (лист зі списком документів: «покажіть оригінал»).
municipality-counter-hours = Стійка обслуговування (balie) працює в робочі дні з 9:00 до 16:00. Записуватися заздалегідь не потрібно.
