# De documentenlijst: één lijst met papieren voor alle regelingen samen.
cl-title = Sizden istediğimiz belgeler
cl-intro = { $count ->
    [one] Bize şu başvuruyu yaptınız: { $schemes }.
   *[other] { $count } başvuru yaptınız: { $schemes }.
}
cl-once = { $count ->
    [0] Bize hiçbir belge göndermeniz gerekmez.
    [one] Bunun için sizden 1 belge istiyoruz. Belgeyi yalnızca bir kez gönderirsiniz.
   *[other] Bunun için sizden { $count } belge istiyoruz. Her belgeyi yalnızca bir kez gönderirsiniz.
}
cl-deadline-title = Her şeyi en geç { $deadline } tarihinde gönderin
cl-keep-heading = { $count ->
    [one] Bu belgeyi saklayın. Şimdi göndermeyin.
   *[other] Bu belgeleri saklayın. Şimdi göndermeyin.
}
cl-not-needed-heading = Bunları göndermeniz gerekmez
cl-how-heading = Belgeleri bize nasıl verebilirsiniz?
cl-upload = Belgeleri { $url } adresine yükleyin. Dosya numaramızı yazın: { $reference }.
cl-post = Ya da fotokopileri posta ile şu adrese gönderin: { $address }.
cl-counter = Bir belgenin aslını göstermeniz gerekiyorsa danışma masasına gelin: { $address }.
cl-late-title = Geç kalırsanız ne olur?
cl-late = Belgeleri zamanında almazsak başvurunuzu belki işleme alamayız. Bu kural, Genel İdare Hukuku Yasası'nın (Algemene wet bestuursrecht) 4:5 numaralı maddesinde yazılıdır. Zamanında gönderemeyecekseniz bu tarihten önce bizi arayın.
