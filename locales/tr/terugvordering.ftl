# Besluit: terugvordering van te veel betaalde bijstand met een betaalregeling (Participatiewet art. 58, 60).
tv-title = Ödeneğinizin bir kısmını geri istiyoruz
tv-scheme = { $scheme ->
    [bijstand] Gelir Desteği (bijstand)
   *[bijzonderebijstand] Özel Yardım (bijzondere bijstand)
}
tv-intro = { $from } – { $until } döneminde gereğinden fazla { tv-scheme } aldınız. Bu parayı geri istiyoruz.
tv-amount-title = Geri ödemeniz gereken tutar: { $amount }
tv-amount = Toplam **{ $amount }** geri ödeyeceksiniz. Bunu tek seferde ödemeniz gerekmez: her ay bir kısmını ödersiniz.
tv-why-heading = Neden para geri istiyoruz?
tv-why = { $reason ->
    [inkomen] Bu süre içinde başka bir geliriniz de vardı. Bunu bize bildirmediniz. Bu yüzden fazla para aldınız.
    [vermogen] Bu süre içinde bankada sınırdan fazla paranız vardı. Bunu bize bildirmediniz. Bu yüzden fazla para aldınız.
   *[samenwonen] Bu süre içinde biriyle birlikte yaşıyordunuz. Bunu bize bildirmediniz. Birlikte yaşayanlar daha az Gelir Desteği alır. Bu yüzden fazla para aldınız.
}
tv-plan-heading = Nasıl geri ödeyeceksiniz?
tv-plan = Her ay **{ $monthly }** ödersiniz, toplam { $payments } kez. İlk ödeme **{ $start }** ayındadır.
tv-method = { $method ->
    [inhouding] Bu tutarı her ay ödeneğinizden keseriz. Sizin bir şey yapmanız gerekmez.
   *[overmaken] Bu tutarı her ay kendiniz havale edersiniz. Nasıl ödeyeceğiniz, bu mektubun ekindeki ödeme anlaşmasında yazılıdır.
}
tv-less = Bu tutarı ödeyemiyorsanız bizi arayın: { $phone }. Geçiminize yetecek para size her zaman kalır.
tv-debt = Başka borçlarınız da varsa belediyedeki Para Danışma Masası'na (Geldloket) gidin. Yardımımız ücretsizdir.
tv-laws = Bu kararı Katılım Yasası'nın (Participatiewet) 17, 58 ve 60 numaralı maddelerine göre verdik. Kuralları wetten.overheid.nl adresinde okuyabilirsiniz.
