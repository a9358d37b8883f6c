# Teksty samej gminy (nagłówek, osoba podpisująca, kontakt).
municipality-department = Wydział Pracy i Dochodów (Werk en Inkomen)
municipality-signature-role = kierownik zespołu ds. dochodów
municipality-contact-phone = Telefon { $phone }
municipality-contact-hours = Prosimy dzwonić w dni robocze od 9:00 do 17:00.
# Godziny otwarcia punktu obsługi (lista dokumentów: „proszę przynieść oryginał”).
municipality-counter-hours = Punkt obsługi (balie) jest otwarty w dni robocze od 9:00 do 16:00. Nie trzeba umawiać wizyty.
