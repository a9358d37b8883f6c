# Besluit: maatwerkvoorziening Wmo toegekend (Wmo 2015 art. 2.3.5; eigen bijdrage art. 2.1.4).
wmo-title = Wmo kapsamında destek alacaksınız
wmo-service = { $service ->
    [huishouden] ev işlerinde yardım
   *[begeleiding] kişisel rehberlik (begeleiding)
}
wmo-intro = { $requested } tarihinde Wmo kapsamında destek istediniz. Sizinle konuştuk ve başvurunuzu inceledik. Size { wmo-service } sağlayacağız.
wmo-what-heading = Hangi desteği alacaksınız?
wmo-amount = Haftada **{ $minutes } dakika** { wmo-service } alacaksınız.
wmo-period = Destek **{ $starts }** tarihinde başlar. Desteğin son günü: **{ $ends }**.
wmo-provider = Desteği { $provider } verir. Randevu için sizi arayacaklar.
wmo-contribution = Ayda **{ $amount }** katkı payı (eigen bijdrage) ödersiniz. Faturayı CAK gönderir.
wmo-why-heading = Bu desteği neden alıyorsunuz?
wmo-why = { $service ->
    [huishouden] Evinizi artık kendiniz temizleyemiyorsunuz. Aileniz veya komşularınız da bunu sizin için yapamıyor.
   *[begeleiding] Gününüzü planlamak ve postanızla ilgilenmek için yardıma ihtiyacınız var. Aileniz veya komşularınız bunu sizin için yapamıyor.
} Bu yüzden bu desteği alıyorsunuz.
wmo-do-heading = Ne yapmanız gerekiyor?
wmo-changes = Sağlığınızda veya ailenizde bir değişiklik olursa bunu bize bildirin.
wmo-renew = Sonra da desteğe ihtiyacınız varsa, bitişten 2 ay önce yeniden başvurun.
wmo-laws = Bu kararı 2015 Toplumsal Destek Yasası'nın (Wet maatschappelijke ondersteuning 2015) 2.3.5 numaralı maddesine göre verdik. Belediyenin Wmo yönetmeliği (Verordening maatschappelijke ondersteuning) de geçerlidir. Katkı payı, yasanın 2.1.4 numaralı maddesindedir. Kuralları wetten.overheid.nl adresinde okuyabilirsiniz.
