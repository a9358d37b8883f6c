# Besluit op een aanvraag voor bijstand (Participatiewet art. 11, 21, 31, 34, 43).
bs-title = Gelir Desteği (bijstand) kararımız
bs-intro = { $applied } tarihinde Gelir Desteği (bijstand) için başvurdunuz. Başvurunuzu inceledik.
bs-household = { $household ->
    [alleenstaand] Bu destek, yalnız yaşayan biri olarak sizin içindir.
    [alleenstaande-ouder] Bu destek, tek ebeveyn olarak sizin içindir.
   *[samen] Bu destek, siz ve eşiniz veya partneriniz için ortaktır.
}
bs-yes-title = Gelir Desteği alacaksınız
bs-yes = Gelir Desteği (bijstand) alacaksınız. { bs-household }
bs-what-heading = Ne kadar alacaksınız?
bs-amount = Ayda **{ $amount }** alacaksınız. Parayı banka hesabınıza yatırırız.
bs-start = **{ $starts }** tarihinden itibaren Gelir Desteği alırsınız.
bs-duties-heading = Ne yapmanız gerekiyor?
bs-duty-tell = Gelirinizde, bankadaki paranızda veya ailenizde bir değişiklik olursa bunu hemen bize bildirin.
bs-duty-work = İş arayın. Ya da iş bulmanız için sizinle kararlaştırdığımız çalışmalara katılın.
bs-no-title = Gelir Desteği almayacaksınız
bs-no = Gelir Desteği (bijstand) almayacaksınız.
bs-why-heading = Neden Gelir Desteği almayacaksınız?
bs-why-inkomen = Aylık geliriniz { $income }. Sizin için Gelir Desteği tutarı ayda { $norm }. Geliriniz bu tutardan yüksek. Bu nedenle Gelir Desteği almayacaksınız.
bs-why-vermogen = Paranız ve mal varlığınız toplam { $assets }. Sizin için sınır { $limit }. Sizde sınırdan fazlası var. Bu nedenle Gelir Desteği almayacaksınız.
bs-why-medewerking = Sizden belgeler istedik. Bu belgeler zamanında elimize ulaşmadı. Bu yüzden Gelir Desteği hakkınız olup olmadığını inceleyemedik.
bs-can-heading = Şimdi ne yapabilirsiniz?
bs-can = { $reason ->
    [vermogen] Önce kendi paranızla geçinin. Paranız sınırın altına düşünce yeniden başvurabilirsiniz.
    [medewerking] Yeniden başvurabilirsiniz. Başvururken bütün belgeleri hemen gönderin.
   *[other] Geliriniz değişirse yeniden başvurabilirsiniz.
}
bs-debt = Borcunuz veya para sıkıntınız varsa belediye binasındaki Para Danışma Masası'na (Geldloket) uğrayın. Yardımımız ücretsizdir.
bs-laws = { $outcome ->
    [toegekend] Bu kararı Katılım Yasası'nın (Participatiewet) 11, 17, 21 ve 43 numaralı maddelerine göre verdik. Neleri bize bildirmeniz gerektiği 17 numaralı maddede yazılıdır. İş bulmak için ne yapmanız gerektiği 9 numaralı maddede yazılıdır.
   *[afgewezen] Bu kararı Katılım Yasası'nın (Participatiewet) 11, 31, 34 ve 43 numaralı maddelerine göre verdik. Genel İdare Hukuku Yasası'nın (Algemene wet bestuursrecht) 4:5 numaralı maddesi de geçerlidir.
} Kuralları wetten.overheid.nl adresinde okuyabilirsiniz.
