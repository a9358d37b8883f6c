# House texts: every letter uses these, whatever the scheme.

## Details beside the address (date, reference, contact).
detail-date = Tarih
detail-reference = Dosya numaramız
detail-subject = Konu
detail-handled-by = İlgili görevli
detail-phone = Telefon
page-of = Sayfa { $page } / { $pages }

## Salutation and closing. $name is the name as the case system has it.
salutation-heer = Sayın Bay { $name },
salutation-mevrouw = Sayın Bayan { $name },
salutation-none = Sayın { $name },
## The college of burgemeester en wethouders decides; the signatory signs on its behalf (mandaat).
closing = Saygılarımızla,
    Belediye Yönetim Kurulu (college van burgemeester en wethouders) adına,

## The invorderingsambtenaar decides on kwijtschelding of municipal taxes (Invorderingswet 1990
## art. 26, Gemeentewet art. 255); a template with signed_for = "invorderingsambtenaar" closes so.
closing-invorderingsambtenaar = Saygılarımızla,
    belediyenin vergi tahsilat memuru (invorderingsambtenaar) adına,

## Default titles of the boxes (::: deadline, ::: warning, ::: info, ::: objection).
callout-deadline = Tarihe dikkat edin
callout-warning = Dikkat
callout-info = Bilmenizde yarar var
objection-title = Bu karara katılmıyor musunuz?

## Which letter counts (Awb 2:6: the Dutch letter is the official one).
binding-note = Bu mektup bir çeviridir. Resmî mektup, Hollandaca mektuptur.
binding-note-title = Hangi mektup geçerli?
## A bilingual letter (--with-dutch): these are printed in this language and in Dutch.
bilingual-note = Bu mektup iki dildedir. Önce çeviri gelir. Sonra Hollandaca metin gelir. Yalnızca Hollandaca metin resmîdir.
bilingual-translation = Çeviri
bilingual-binding = Hollandaca metin: resmî olan bu metindir

## The timeline at the end of an easy-read letter.
timeline-title = Şimdi ne olacak?
timeline-letter = Bu mektubu alıyorsunuz.

## Alt texts of the pictograms (icons/icons.toml names them icon-<name>).
icon-annual-statement = Yıllık gelir belgesi
icon-bank-statement = Banka hesap dökümü
icon-benefit-statement = Ödenek dökümü
icon-calendar = Takvim
icon-car = Araba
icon-checkmark = Tamam
icon-child = Çocuk
icon-clock = Saat
icon-computer = Bilgisayar
icon-counter = Danışma masası
icon-deadline = Son tarih
icon-debt = Borçlar
icon-email = E-posta
icon-energy = Enerji
icon-envelope = Mektup
icon-family = Aile
icon-help-at-home = Evde yardım
icon-house = Ev
icon-id-card = Kimlik belgesi
icon-info = Bilgi
icon-insurance = Sigorta
icon-interview = Görüşme
icon-invoice = Fatura
icon-loan = Borç para
icon-medical = Sağlık ve bakım
icon-money = Para
icon-next = Şimdi ne olacak?
icon-objection = İtiraz
icon-opening-hours = Çalışma saatleri
icon-partner = Eş veya partner
icon-passport = Pasaport
icon-payment = Ödeme
icon-payslip = Maaş bordrosu
icon-person = Kişi
icon-phone = Telefon
icon-post = Posta
icon-question = Soru
icon-receipt = Fiş
icon-refund = Para iadesi
icon-rent = Kira
icon-rental-contract = Kira sözleşmesi
icon-residence-document = Oturma izni belgesi
icon-savings = Birikim
icon-school = Okul
icon-signature = İmza
icon-stop = Hayır, bu mümkün değil
icon-tax = Vergi
icon-transport = Ulaşım
icon-upload = İnternetten gönderin
icon-video-call = Görüntülü görüşme
icon-wait = Bekleme süresi
icon-warning = Dikkat
icon-website = İnternet sitesi
