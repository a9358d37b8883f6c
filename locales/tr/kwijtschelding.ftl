# Besluit op een verzoek om kwijtschelding van gemeentelijke belastingen (Gemeentewet art. 255,
# Invorderingswet 1990 art. 26, Uitvoeringsregeling Invorderingswet 1990, Leidraad invordering).
kw-title = Muafiyet (kwijtschelding) kararımız
kw-intro = { $applied } tarihinde { $year } yılı belediye vergileriniz için muafiyet (kwijtschelding) istediniz. Bu, { $assessment } numaralı vergi bildirimidir (aanslag). Talebinizi inceledik.
kw-tax = { $tax ->
    [afvalstoffenheffing] çöp vergisi (afvalstoffenheffing)
    [rioolheffing] kanalizasyon vergisi (rioolheffing)
    [onroerendezaakbelasting] emlak vergisi (onroerendezaakbelasting, ozb)
   *[hondenbelasting] köpek vergisi (hondenbelasting)
}
kw-yes-title = Hiçbir şey ödemeniz gerekmez
kw-yes = **{ $total }** tutarındaki verginin tamamı için muafiyet alıyorsunuz.
kw-taxes-heading = Hangi vergiler için?
kw-yes-done = Bir şey yapmanız gerekmez. Daha önce bir ödeme yaptıysanız bu parayı banka hesabınıza geri yatırırız.
kw-part-title = Verginin bir kısmını ödemeniz gerekmez
kw-part = **{ $remitted }** tutarı için muafiyet alıyorsunuz. Toplam vergi tutarı: { $total }.
kw-no-title = Muafiyet almayacaksınız
kw-no = **{ $total }** tutarındaki vergiyi kendiniz ödemelisiniz.
kw-why-heading = { $outcome ->
    [gedeeltelijk] Neden verginin tamamı için değil?
   *[afgewezen] Neden muafiyet almayacaksınız?
}
kw-why-income = Aylık geliriniz { $income }. Hesaba kattığımız aylık giderler { $costs }. Bu tutar, Gelir Desteği (bijstand) tutarı ile konut giderlerinizin bir kısmıdır. Yani her ay elinizde { $margin } kalıyor.
kw-why-year = 12 aylık bir süreye bakıyoruz. Bu sürede elinizde { $capacity } kalıyor. { $outcome ->
    [gedeeltelijk] Bu kısmı kendiniz ödeyebilirsiniz.
   *[afgewezen] Bu tutar, { $total } tutarındaki vergiden fazladır. Yani vergiyi kendiniz ödeyebilirsiniz.
}
kw-why-assets = Paranız ve mal varlığınız toplam { $assets }. Bunun { $limit } kadarını elinizde tutabilirsiniz. Sizde bundan { $over } fazla var. { $outcome ->
    [gedeeltelijk] Bu kısmı kendiniz ödeyebilirsiniz.
   *[afgewezen] Bu parayla { $total } tutarındaki vergiyi kendiniz ödeyebilirsiniz.
}
kw-pay-title = Ödemeniz gereken tutar: { $amount }
kw-pay = **{ $amount }** tutarını en geç **{ $by }** tarihinde ödeyin. Ödemenizin açıklamasına { $assessment } numarasını yazın.
kw-debt = Tek seferde ödeyemiyorsanız veya para konusunda endişeleriniz varsa belediye binasındaki Para Danışma Masası'na (Geldloket) uğrayın. Yardımımız ücretsizdir.
kw-laws = { $outcome ->
    [toegekend] Bu kararı Belediye Yasası'nın (Gemeentewet) 255 numaralı maddesine göre verdik. 1990 Tahsilat Yasası'nın (Invorderingswet 1990) 26 numaralı maddesi de geçerlidir.
   *[other] Bu kararı Belediye Yasası'nın (Gemeentewet) 255 numaralı maddesine göre verdik. 1990 Tahsilat Yasası'nın (Invorderingswet 1990) 26 numaralı maddesi de geçerlidir. Tahsilat Yasası'nın uygulama yönetmeliği (Uitvoeringsregeling Invorderingswet 1990) de geçerlidir.
} Nasıl hesapladığımızı belediyenin tahsilat yönergesinde (Leidraad invordering) bulabilirsiniz. Kuralları wetten.overheid.nl adresinde okuyabilirsiniz.
