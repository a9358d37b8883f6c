# Uitnodiging voor een gesprek over een aanvraag (Participatiewet art. 17; Wmo 2015 art. 2.3.2).
inv-title = Sizi bir görüşmeye davet ediyoruz
inv-scheme = { $scheme ->
    [bijstand] Gelir Desteği (bijstand)
    [bijzonderebijstand] Özel Yardım (bijzondere bijstand)
   *[wmo] Wmo (Toplumsal Destek Yasası) kapsamında destek
}
inv-intro = { $applied } tarihinde { inv-scheme } için başvurdunuz. Başvurunuz hakkında sizinle konuşmak istiyoruz.
inv-when-title = Randevunuz
inv-when = Sizi **{ $day }** tarihinde bekliyoruz. Görüşme saati: **{ $starts }**. Görüşme yaklaşık { $minutes } dakika sürer.
inv-where-heading = Görüşme nerede?
inv-where = Görüşme { $building } binasında: { $address }. Geldiğinizde danışma masasına haber verin.
inv-bring-heading = Yanınızda ne getirmelisiniz?
inv-bring = { $item ->
    [identiteitsbewijs] Pasaportunuz, kimlik kartınız veya oturma izni belgeniz.
    [bankafschrift] Son aya ait banka dökümleriniz.
    [loonstrook] Son maaş bordronuz.
    [huurcontract] Kira sözleşmeniz.
    [polis] Sağlık sigortası poliçeniz.
   *[indicatie] Varsa doktorunuzdan veya uzman doktorunuzdan aldığınız mektuplar.
}
inv-cannot-heading = Gelemiyor musunuz?
inv-cannot = En kısa sürede { $phone } numarasından bizi arayın. Size yeni bir randevu veririz.
inv-absent-title = Gelmezseniz
inv-absent = Gelmez ve bize haber vermezseniz başvurunuzu belki tamamlayamayız.
inv-company = Görüşmeye yanınızda birini getirebilirsiniz. Örneğin bir aile üyenizi veya bir arkadaşınızı.
inv-laws = { $scheme ->
    [wmo] Sizi 2015 Toplumsal Destek Yasası'nın (Wet maatschappelijke ondersteuning 2015) 2.3.2 numaralı maddesine göre davet ediyoruz.
   *[other] Sizi Katılım Yasası'nın (Participatiewet) 17 numaralı maddesine göre davet ediyoruz. Başvurunuzun incelenmesine yardımcı olmak zorundasınız.
} Kuralları wetten.overheid.nl adresinde okuyabilirsiniz.
