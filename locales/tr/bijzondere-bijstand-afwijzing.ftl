# Besluit: bijzondere bijstand afgewezen (Participatiewet art. 35).
bba-title = Özel Yardım almayacaksınız
bba-cost = { $cost ->
    [wasmachine] bir çamaşır makinesi
    [koelkast] bir buzdolabı
    [bril] gözlük
    [tandarts] diş tedavisi
    [eigenrisico] sağlık sigortanızın kendi payı (eigen risico)
    [bewindvoering] mali vesayet (bewindvoering) masrafları
   *[verhuiskosten] taşınma masraflarınız
}
bba-intro = { $requested } tarihinde { bba-cost } için bizden para istediniz.
bba-amount = İstediğiniz tutar: { $amount }.
bba-no-heading = Bu parayı almayacaksınız
bba-no = Başvurunuzu inceledik. Özel Yardım (bijzondere bijstand) almayacaksınız.
bba-why-heading = Bu parayı neden almayacaksınız?
bba-why-inkomen = Geliriniz sınırın üzerinde. Hesabımız şöyle:
bba-income = Aylık geliriniz: { $amount }
bba-limit = Aylık sınır: { $amount }
bba-margin = Her ay sınırın üzerindeki tutar: { $amount }
bba-period = { $months } aylık bir süreye bakıyoruz. Bu sürede sınırın üzerinde { $total } paranız oluyor. Bu masrafları bu parayla kendiniz ödeyebilirsiniz.
bba-first = { $first ->
    [zorgverzekering] sağlık sigortanız
    [aanvullende-verzekering] tamamlayıcı sağlık sigortanız
    [uwv] İşçi Sigortaları Kurumu (UWV)
    [svb] Sosyal Sigorta Bankası (SVB)
    [toeslagen] Ödenekler Dairesi (Dienst Toeslagen)
   *[duo] Öğrenim Finansmanı Kurumu (DUO)
}
bba-why-voorliggend = Bu masrafları önce { bba-first } öder. Bu yüzden biz ödemiyoruz.
bba-can-voorliggend = Bu para için { bba-first } ile görüşün. Bu olmazsa bize yeniden başvurabilirsiniz.
bba-why = { $reason ->
    [nietnodig] Bu masrafları sizin için gerekli görmüyoruz. Bu masraflar olmadan da geçinebilirsiniz.
   *[achteraf] Bu masrafları bizden para istemeden önce yapmıştınız. Bu yüzden masrafların gerekli olup olmadığını önceden inceleyemedik.
}
bba-can-heading = Şimdi ne yapabilirsiniz?
bba-can = { $reason ->
    [inkomen] Her ay bu masraflar için biraz para biriktirin. Ya da bize borç para sorun.
   *[other] Neler yapılabileceğini bize sorun. Sizin için başka bir yardım olabilir.
}
bba-help = Para işlerinde yardım için bizi arayın: { $phone }. Yardımımız ücretsizdir.
bba-debt = Borcunuz varsa belediyedeki Para Danışma Masası'na (Geldloket) gidin.
bba-laws = { $reason ->
    [voorliggend] Bu kararı Katılım Yasası'nın (Participatiewet) 15 ve 35 numaralı maddelerine göre verdik.
    [achteraf] Bu kararı Katılım Yasası'nın (Participatiewet) 35 ve 44 numaralı maddelerine göre verdik.
   *[other] Bu kararı Katılım Yasası'nın (Participatiewet) 35 numaralı maddesine göre verdik.
} Kuralları wetten.overheid.nl adresinde okuyabilirsiniz.
