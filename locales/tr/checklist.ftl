# Checklist: documents, schemes and the sentences of the merged checklist.
# Owner: checklist. Ids are referenced by schemes/*.toml and src/checklist/letter.rs.
# A name that starts a line is capitalised by code that knows no Turkish casing (i → I):
# evidence names, concepts and schemes here never start with i or ı.

## Documents

evidence-passport = pasaport
evidence-passport-explanation = Geçerli bir pasaport.
evidence-id-card = kimlik kartı
evidence-id-card-explanation = Geçerli bir kimlik kartı (ID-kaart).
evidence-residence-document = oturma izni belgesi
evidence-residence-document-explanation = Geçerli bir oturma izni belgesi (verblijfsdocument).
evidence-driving-licence = ehliyet
evidence-driving-licence-explanation = Geçerli bir ehliyet. Gelir Desteği (bijstand) için olmaz: ehliyette uyruğunuz yazmaz.
evidence-bank-statement = banka dökümleri
evidence-bank-statement-explanation = Dökümleri banka uygulamanızdan veya internet bankacılığından pdf olarak indirin. Ekran görüntüsü kabul etmiyoruz. Dökümlerde hesap numarası, adınız ve adresiniz, bütün para giriş ve çıkışları ve bakiye yazılıdır.
evidence-income-specification = { $count ->
        [one] maaş bordrosu veya ödenek dökümü
       *[other] maaş bordroları veya ödenek dökümleri
    }
evidence-income-specification-explanation = Bir aylık gelirinizin dökümü. Üzerinde brüt ve net tutar yazılıdır.
evidence-annual-income-statement = { $count ->
        [one] yıllık gelir belgesi
       *[other] yıllık gelir belgeleri
    }
evidence-annual-income-statement-explanation = Bir yıllık gelirinizin dökümü. Bunu işvereninizden veya ödeneğinizi ödeyen kurumdan alırsınız.
evidence-rental-contract = kira sözleşmesi
evidence-rental-contract-explanation = Ev sahibinizle yaptığınız sözleşme. Sözleşmede sizin ve ev sahibinizin imzası olmalı.
evidence-rent-payment-proof = kirayı ödediğinizi gösteren belge
evidence-rent-payment-proof-explanation = Örneğin kira ödemesinin göründüğü bir banka dökümü.
evidence-rent-specification = kira dökümü
evidence-rent-specification-explanation = Ev sahibinizden aldığınız, kirayı ve hizmet giderlerini gösteren döküm.
evidence-contents-insurance-policy = ev eşyası sigortası poliçeniz
evidence-contents-insurance-policy-explanation = Evinizdeki eşyalar için yaptırdığınız sigortanın belgesi.
evidence-health-insurance-policy = sağlık sigortası poliçeniz
evidence-health-insurance-policy-explanation = Sağlık sigortanızın belgesi.
evidence-invoice = masrafların faturası
evidence-invoice-explanation = Para istediğiniz masrafların faturası. Üzerinde tarih ve tutar yazılı olmalı.
evidence-cost-necessity-proof = masrafların gerekli olduğunu gösteren belge
evidence-cost-necessity-proof-explanation = Örneğin doktorunuzdan bir mektup.
evidence-car-registration = araç ruhsatı (kentekenbewijs)
evidence-car-registration-explanation = Arabanızın ruhsatı.
evidence-municipal-tax-assessment = belediye vergi bildirimi (aanslag)
evidence-municipal-tax-assessment-explanation = Belediyeden gelen, ödemeniz gereken vergiyi gösteren mektup.
evidence-water-board-tax-assessment = su kurulu vergi bildirimi (waterschapsbelasting)
evidence-water-board-tax-assessment-explanation = Su kurulundan (waterschap) gelen, ödemeniz gereken vergiyi gösteren mektup.
evidence-debt-overview = borçlarınızın listesi
evidence-debt-overview-explanation = Kime ne kadar borcunuz olduğu. Alacaklılarınızdan gelen mektuplar da olur.
evidence-personal-plan = kişisel plan
evidence-personal-plan-explanation = Kendi planınız: hangi yardıma ihtiyacınız olduğu. Bunu göndermek zorunda değilsiniz.

## Forms and checks

checklist-form-original = asıl belge
checklist-form-copy = fotokopi
checklist-form-online-banking-pdf = internet bankacılığından pdf
checklist-form-paper-statement = kâğıt döküm
checklist-form-pdf = pdf
checklist-form-paper-copy = kâğıt fotokopi
checklist-check-valid-on-delivery = henüz geçmemiş bir son geçerlilik tarihi
checklist-check-shows-account-number = hesap numarası
checklist-check-shows-holder-name-and-address = adınız ve adresiniz
checklist-check-shows-all-mutations = bütün para giriş ve çıkışları
checklist-check-shows-balance = bakiye
checklist-check-shows-sequence-numbers = bütün sıra numaraları
checklist-check-shows-gross-and-net = brüt ve net tutar
checklist-check-shows-period = dönem
checklist-check-shows-year = yıl
checklist-check-signed-by-both = sizin ve ev sahibinizin imzası
checklist-check-shows-rent-and-service-costs = kira ve hizmet giderleri
checklist-check-shows-date-and-amount = tarih ve tutar
checklist-check-shows-creditor-and-amount = kime ne kadar borcunuz olduğu

## Schemes

scheme-bijstand = Gelir Desteği (bijstand)
scheme-bijzondere-bijstand = Özel Yardım (bijzondere bijstand)
scheme-individuele-inkomenstoeslag = Bireysel Gelir Eki (individuele inkomenstoeslag)
scheme-kwijtschelding = Belediye Vergisi Muafiyeti (kwijtschelding)
scheme-schuldhulpverlening = Borç Danışmanlığı (schuldhulp)
scheme-kindpakket = Çocuk Paketi (kindpakket)
scheme-wmo = Wmo Desteği (Toplumsal Destek Yasası)
scheme-huurtoeslag = Kira Yardımı (huurtoeslag)

## What is needed (concepts)

checklist-concept-identity = kimlik belgeniz
checklist-concept-account-mutations = banka dökümleri
checklist-concept-account-balance = hesaplarınızın bakiyesi
checklist-concept-income-monthly = aylık geliriniz
checklist-concept-income-annual = yıllık geliriniz
checklist-concept-rent-contract = kira sözleşmeniz
checklist-concept-rent-paid = kirayı ödediğinizi gösteren belge
checklist-concept-rent-amount = kiranız
checklist-concept-contents-insurance = ev eşyası sigortanız
checklist-concept-health-insurance = sağlık sigortanız
checklist-concept-cost-invoice = masrafların faturası
checklist-concept-cost-necessity = masrafların gerekli olduğunu gösteren belge
checklist-concept-car = arabanız
checklist-concept-tax-assessments = vergi bildirimleriniz
checklist-concept-debts = borçlarınız
checklist-concept-personal-plan = kişisel planınız

## Facts and registers

checklist-fact-variable-income = geliriniz her ay aynı değil
checklist-fact-receives-bijstand = Gelir Desteği alıyorsunuz
checklist-fact-bijstand-over-3-years = 3 yıldan uzun süredir Gelir Desteği alıyorsunuz
checklist-fact-known-minima-household = gelirinizi zaten biliyoruz
checklist-source-brp = Kişisel Kayıtlar Veritabanı (Basisregistratie Personen)
checklist-source-suwinet = Suwinet (UWV ve Vergi Dairesi)
checklist-source-rdw = Araç Tescil Kurumu (RDW)
checklist-source-belastingdienst = Vergi Dairesi (Belastingdienst)

## The checklist

checklist-group-person = { $name } için
checklist-group-together = { $names } için ortak
checklist-group-household = Haneniz için
checklist-name = { $name }
checklist-comma-join = { $left }, { $right }
checklist-and-join = { $left } ve { $right }
checklist-or-join = { $left } veya { $right }
checklist-one-of = şunlardan biri: { $list }
checklist-of-account = (hesap numarası: { $iban })
checklist-period = { $from } – { $to }
checklist-period-month = { $month } { $year }
checklist-period-months = { $from } – { $to } { $year }
checklist-period-months-years = { $from } { $from_year } – { $to } { $to_year }
checklist-item-period = Dönem: { $period }.
checklist-month = { $month ->
        [1] Ocak
        [2] Şubat
        [3] Mart
        [4] Nisan
        [5] Mayıs
        [6] Haziran
        [7] Temmuz
        [8] Ağustos
        [9] Eylül
        [10] Ekim
        [11] Kasım
       *[12] Aralık
    }
checklist-issued-after = En yenisi olmalı. Tarihi { $date } veya daha sonra olmalı.
checklist-must-show = Üzerinde şunlar olmalı: { $checks }.
checklist-delivery-retrievable = Bu bilgiyi biz kendimiz buluruz.
checklist-delivery-already-held = Bu belge bizde var.
checklist-delivery-keep-ready = Bunu saklayın. Göndermeyin.
checklist-delivery-upload = Yükleyin veya fotokopisini gönderin.
checklist-delivery-show-original = Aslını danışma masasında gösterin.
checklist-why-none = { $scheme } için gerekli.
checklist-why-latest = { $scheme } için en yenisi gerekli. { $months ->
        [one] 1 aydan
       *[other] { $months } aydan
    } eski olmamalı.
checklist-why-rolling-months = { $scheme } için { $months ->
        [one] son ay
       *[other] son { $months } ay
    } gerekli: { $from } – { $to }.
checklist-why-complete-months = { $scheme } için { $months ->
        [one] 1 tam ay
       *[other] { $months } tam ay
    } gerekli: { $from } – { $to }.
checklist-why-annual-statements = { $scheme } için { $years ->
        [one] 1 yılın yıllık gelir belgesi
       *[other] { $years } yılın yıllık gelir belgeleri
    } gerekli: { $from } – { $to }.
checklist-concept-of = { $what } ({ $whose })
checklist-left-out-retrievable = { $what }: bunu { $source } üzerinden kendimiz öğreniriz.
checklist-left-out-held = { $what }: bu bizde var.
checklist-left-out-issued-here = { $what }: bunu biz kendimiz hazırlarız.
checklist-left-out-exempt = { $scheme }: göndermeniz gereken bir şey yok. Nedeni: { $fact }.
checklist-deadline = Son tarih: { $date }
checklist-pointer = { $scheme } için kendiniz başvurun: { $url }

## The staff annex (helder checklist --explain)

checklist-annex-title = Görevliler için ek: her belgeyi neden istediğimiz. Dosya { $case }, { $date } tarihli liste.
checklist-annex-held = Bunun şu kısmı bizde var: { $from } – { $to }.
checklist-annex-deadline = Süre: { $date }. Teslim: { $delivery }.
checklist-annex-decided = Karar: dönem { $coverage }; güncellik { $recency }; teslim { $delivery }; süre { $deadline }.
checklist-annex-left-out = İstenmeyenler:
checklist-annex-held-documents = zaten bizde ({ $documents })
checklist-annex-issued-here = belediye kendisi hazırlar ({ $evidence })
