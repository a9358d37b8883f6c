# Texts every decision letter shares: the objection clause (Awb 3:45, 6:7, 6:8).
objection-what = Bu karara itiraz edebilirsiniz. O zaman Belediye Yönetim Kurulu (college van burgemeester en wethouders) kararı yeniden inceler.
objection-deadline = İtirazınız en geç **{ $deadline }** tarihinde elimizde olmalıdır.
objection-how = İtirazınızı internetten yapabilirsiniz: [{ $url }]({ $url }). Ya da bize bir mektup gönderin.
objection-letter = Mektubunuza şunları yazın:
objection-letter-name = adınız ve adresiniz
objection-letter-date = tarih
objection-letter-reference = dosya numaramız: { $reference }
objection-letter-why = karara neden katılmadığınız
objection-letter-sign = imzanız
objection-send = Mektubunuzu Belediye Yönetim Kurulu'na şu adrese gönderin:
objection-talk = İsterseniz önce bizimle konuşun: { $phone }. İtiraz ücretsizdir.
questions = Sorunuz varsa { $name } ile görüşün: { $phone }. Ya da e-posta gönderin: [{ $email }](mailto:{ $email }).
laws-heading = Hangi kurallar geçerli?

## The remedy clause chosen by the template's `remedy` (template.toml): bezwaar to the body
## that decided, or administratief beroep to the college, whose decision is final
## (kwijtschelding: Gemeentewet art. 255 lid 6 with Invorderingswet 1990 art. 26).
remedy-what = { $remedy ->
    [administratief-beroep] Bu karara karşı idari itirazda (administratief beroep) bulunabilirsiniz. O zaman Belediye Yönetim Kurulu (college van burgemeester en wethouders) kararı yeniden inceler. Kurulun kararı kesindir. Bundan sonra mahkemeye gidemezsiniz.
   *[bezwaar] { objection-what }
}
remedy-deadline = { $remedy ->
    [administratief-beroep] İtirazınız en geç **{ $deadline }** tarihinde Belediye Yönetim Kurulu'nda olmalıdır.
   *[bezwaar] { objection-deadline }
}
remedy-how = { $remedy ->
    [administratief-beroep] İtiraz etmek için bir mektup gönderin.
   *[bezwaar] { objection-how }
}
remedy-talk = { $remedy ->
    [administratief-beroep] İsterseniz önce bizimle konuşun: { $phone }. İtiraz ücretsizdir.
   *[bezwaar] { objection-talk }
}
