# Verzoek om ontbrekende papieren met een hersteltermijn (Awb 4:5).
doc-title = Sizden birkaç belge daha istiyoruz
doc-scheme = { $scheme ->
    [bijstand] Gelir Desteği (bijstand)
    [bijzonderebijstand] Özel Yardım (bijzondere bijstand)
   *[kwijtschelding] belediye vergilerinden muafiyet (kwijtschelding)
}
doc-kind = { $kind ->
    [bankafschrift] Bütün hesaplarınızın banka dökümleri
    [loonstrook] Maaş bordroları
    [identiteitsbewijs] Pasaportunuzun, kimlik kartınızın veya oturma izni belgenizin fotokopisi
    [huurcontract] Kira sözleşmeniz
    [factuur] Fatura veya fiyat teklifi
    [polis] Sigorta poliçeniz
   *[jaaropgave] Yıllık gelir belgeniz (jaaropgave)
}
doc-intro = { $applied } tarihinde { doc-scheme } için başvurdunuz. Bazı belgeler hâlâ eksik. Bu belgeler olmadan başvurunuzu tamamlayamayız.
doc-deadline-title = Belgeleri en geç { $deadline } tarihinde gönderin
doc-deadline = { $count ->
    [one] Belgeyi bize en geç **{ $deadline }** tarihinde gönderin.
   *[other] { $count } belgeyi bize en geç **{ $deadline }** tarihinde gönderin.
}
doc-list-heading = { $count ->
    [one] İhtiyacımız olan belge
   *[other] İhtiyacımız olan belgeler
}
doc-item = { doc-kind }.
doc-item-period = { doc-kind }: { $from } ile { $until } arası (bu tarihler dahil).
doc-how-heading = Belgeleri nasıl gönderebilirsiniz?
doc-upload = Belgeleri internetten yükleyin: [{ $url }]({ $url }). Orada dosya numaramızı yazın: { $reference }.
doc-counter = Ya da belgeleri belediye binasına getirin: { $address }. Randevu almanız gerekmez.
doc-post = Ya da fotokopileri posta ile gönderin. Zarfın üzerine dosya numaramızı yazın: { $reference }. Belgelerin aslını asla göndermeyin. Adresimiz:
doc-late-title = Geç kalırsanız ne olur?
doc-late = Belgeleri zamanında almazsak başvurunuzu işleme almayız. Zamanında gönderemeyecekseniz bu tarihten önce { $phone } numarasından bizi arayın.
doc-laws = Bu belgeleri Genel İdare Hukuku Yasası'na (Algemene wet bestuursrecht) göre istiyoruz. Bu kurallar yasanın 4:2 ve 4:5 numaralı maddelerindedir. Kuralları wetten.overheid.nl adresinde okuyabilirsiniz.
