# Besluit: bijzondere bijstand toegekend (Participatiewet art. 35).
bbt-title = Özel Yardım alacaksınız
bbt-cost = { $cost ->
    [wasmachine] bir çamaşır makinesi
    [koelkast] bir buzdolabı
    [bril] gözlük
    [tandarts] diş tedavisi
    [eigenrisico] sağlık sigortanızın kendi payı (eigen risico)
    [bewindvoering] mali vesayet (bewindvoering) masrafları
   *[verhuiskosten] taşınma masraflarınız
}
bbt-intro = { $requested } tarihinde { bbt-cost } için bizden para istediniz. Başvurunuzu inceledik. Bu parayı alacaksınız.
bbt-what-heading = Ne kadar alacaksınız?
bbt-amount = **{ $amount }** alacaksınız.
bbt-payment = Parayı **{ $date }** tarihinde banka hesabınıza yatıracağız.
bbt-gift = Bu parayı geri ödemeniz gerekmez.
bbt-loan = Bu para bir borçtur (lening). Faiz ödemezsiniz. Borcu { $payments } taksitte geri ödersiniz. Her ay **{ $monthly }** ödersiniz. İlk ödemeyi **{ $start }** ayında yaparsınız.
bbt-agreement = Borcun kuralları borç sözleşmesinde (leenovereenkomst) yazılıdır. { $agreement ->
    [bijlage] Sözleşme bu mektubun ekindedir.
   *[apart] Sözleşmeyi bir hafta içinde posta ile alacaksınız.
} Sözleşmeyi imzalayıp bize geri gönderin.
bbt-why-heading = Bu parayı neden alıyorsunuz?
bbt-why = Şu masraf için paraya ihtiyacınız var: { bbt-cost }. Bunu kendiniz ödemeye paranız yetmiyor. Bu yüzden size yardım ediyoruz.
bbt-do-heading = Ne yapmanız gerekiyor?
bbt-receipt = Fişi veya faturayı saklayın. Sizden bunu göstermenizi isteyebiliriz.
bbt-changes = Gelirinizde veya ailenizde bir değişiklik olursa bunu bize bildirin.
bbt-laws = Bu kararı Katılım Yasası'nın (Participatiewet) 35 numaralı maddesine göre verdik. Kuralları wetten.overheid.nl adresinde okuyabilirsiniz.
