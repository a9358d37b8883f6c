# Teksty domu: każdy list ich używa, niezależnie od świadczenia.

## Dane obok adresu (data, znak sprawy, kontakt).
detail-date = Data
detail-reference = Znak sprawy
detail-subject = Dotyczy
detail-handled-by = Sprawę prowadzi
detail-phone = Telefon
page-of = Strona { $page } z { $pages }

## Zwrot grzecznościowy i zakończenie. $name to imię i nazwisko z systemu.
## Po polsku nie łączy się „Szanowny Panie” z nazwiskiem, dlatego $name jest tylko tam,
## gdzie płeć nie jest znana.
# leaves out $name: „Szanowny Panie” stands without the name in Polish.
salutation-heer = Szanowny Panie,
# leaves out $name: „Szanowna Pani” stands without the name in Polish.
salutation-mevrouw = Szanowna Pani,
salutation-none = Dzień dobry, { $name },
## Decyduje college van burgemeester en wethouders; osoba podpisująca podpisuje w jego imieniu.
closing = Z poważaniem,
    w imieniu zarządu gminy (college van burgemeester en wethouders),

## O umorzeniu podatków gminnych decyduje invorderingsambtenaar (Invorderingswet 1990
## art. 26, Gemeentewet art. 255).
closing-invorderingsambtenaar = Z poważaniem,
    w imieniu gminnego urzędnika ds. poboru podatków (invorderingsambtenaar),

## Tytuły ramek (::: deadline, ::: warning, ::: info, ::: objection).
callout-deadline = Ważny termin
callout-warning = Uwaga
callout-info = Warto wiedzieć
objection-title = Nie zgadza się Pan/Pani z tą decyzją?

## Który list obowiązuje (Awb 2:6: oficjalny jest list po niderlandzku).
binding-note = To jest tłumaczenie. Oficjalny jest list w języku niderlandzkim.
binding-note-title = Który list obowiązuje?
## A bilingual letter (--with-dutch): these are printed in this language and in Dutch.
bilingual-note = Ten list jest w dwóch językach. Najpierw jest tłumaczenie. Potem jest tekst w języku niderlandzkim. Oficjalny jest tylko tekst w języku niderlandzkim.
bilingual-translation = Tłumaczenie
bilingual-binding = Tekst w języku niderlandzkim: ten tekst jest oficjalny

## Oś czasu na końcu listu w wersji łatwej do czytania.
timeline-title = Co się teraz stanie?
timeline-letter = Dostaje Pan/Pani ten list.

## Teksty alternatywne piktogramów (icons/icons.toml nazywa je icon-<nazwa>).
icon-annual-statement = Roczne zestawienie dochodów
icon-bank-statement = Wyciąg bankowy
icon-benefit-statement = Zestawienie wypłaty zasiłku
icon-calendar = Kalendarz
icon-car = Samochód
icon-checkmark = Gotowe
icon-child = Dziecko
icon-clock = Zegar
icon-computer = Komputer
icon-counter = Punkt obsługi
icon-deadline = Ostateczny termin
icon-debt = Długi
icon-email = E-mail
icon-energy = Energia
icon-envelope = List
icon-family = Rodzina
icon-help-at-home = Pomoc w domu
icon-house = Dom
icon-id-card = Dokument tożsamości
icon-info = Informacja
icon-insurance = Ubezpieczenie
icon-interview = Rozmowa
icon-invoice = Rachunek
icon-loan = Pożyczka
icon-medical = Zdrowie i opieka
icon-money = Pieniądze
icon-next = Co się teraz stanie?
icon-objection = Sprzeciw
icon-opening-hours = Godziny otwarcia
icon-partner = Partner
icon-passport = Paszport
icon-payment = Płatność
icon-payslip = Odcinek płacowy
icon-person = Osoba
icon-phone = Telefon
icon-post = Poczta
icon-question = Pytanie
icon-receipt = Paragon
icon-refund = Zwrot pieniędzy
icon-rent = Czynsz
icon-rental-contract = Umowa najmu
icon-residence-document = Dokument pobytowy
icon-savings = Oszczędności
icon-school = Szkoła
icon-signature = Podpis
icon-stop = Nie, to niemożliwe
icon-tax = Podatek
icon-transport = Transport
icon-upload = Wyślij przez internet
icon-video-call = Rozmowa wideo
icon-wait = Czas oczekiwania
icon-warning = Uwaga
icon-website = Strona internetowa
