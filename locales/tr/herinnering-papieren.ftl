# Herinnering: de hersteltermijn (Awb 4:5) loopt bijna af en er ontbreken nog papieren.
rem-title = Hatırlatma: belgelerinizi zamanında gönderin
rem-scheme = { $scheme ->
    [bijstand] Gelir Desteği (bijstand)
    [bijzonderebijstand] Özel Yardım (bijzondere bijstand)
   *[kwijtschelding] belediye vergilerinden muafiyet (kwijtschelding)
}
rem-intro = { $asked } tarihinde size bir mektup gönderdik. Bu mektupta { rem-scheme } başvurunuz için belgeler istedik. Henüz her şeyi almadık.
rem-deadline-title = Belgeleri en geç { $due } tarihinde gönderin
rem-deadline = { $count ->
    [one] Belge en geç **{ $due }** tarihinde elimizde olmalıdır. Belgeyi zamanında almazsak başvurunuzu işleme almayız.
   *[other] { $count } belge en geç **{ $due }** tarihinde elimizde olmalıdır. Belgeleri zamanında almazsak başvurunuzu işleme almayız.
}
rem-list-heading = { $count ->
    [one] Bu belgeyi hâlâ bekliyoruz
   *[other] Bu belgeleri hâlâ bekliyoruz
}
rem-item = { $kind ->
    [bankafschrift] Bütün hesaplarınızın banka dökümleri.
    [loonstrook] Maaş bordrolarınız.
    [identiteitsbewijs] Pasaportunuzun, kimlik kartınızın veya oturma izni belgenizin fotokopisi.
    [huurcontract] Kira sözleşmeniz.
    [factuur] Fatura veya fiyat teklifi.
    [polis] Sigorta poliçeniz.
   *[jaaropgave] Yıllık gelir belgeniz (jaaropgave).
}
rem-how-heading = Belgeleri nasıl gönderebilirsiniz?
rem-upload = Belgeleri internetten yükleyin: [{ $url }]({ $url }). Orada dosya numaramızı yazın: { $reference }.
rem-post = Ya da fotokopileri posta ile gönderin. Zarfın üzerine dosya numaramızı yazın: { $reference }. Adresimiz:
rem-help = Zamanında gönderemeyecekseniz veya yardıma ihtiyacınız varsa bu tarihten önce { $phone } numarasından bizi arayın.
rem-sent = Belgeleri zaten gönderdiyseniz bir şey yapmanız gerekmez.
rem-laws = Bu belgeleri Genel İdare Hukuku Yasası'na (Algemene wet bestuursrecht) göre istiyoruz. Bu kurallar yasanın 4:2 ve 4:5 numaralı maddelerindedir. Kuralları wetten.overheid.nl adresinde okuyabilirsiniz.
