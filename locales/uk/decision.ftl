# Тексти, спільні для всіх рішень: як подати заперечення (Awb 3:45, 6:7, 6:8).
objection-what = Ви можете подати заперечення (bezwaar) проти цього рішення. Тоді виконавчий комітет муніципалітету (college van burgemeester en wethouders) ще раз розгляне рішення.
objection-deadline = Не пізніше **{ $deadline }** Ваше заперечення має надійти до нас.
objection-how = Подайте заперечення онлайн: [{ $url }]({ $url }). Або надішліть лист.
objection-letter = У листі мають бути:
objection-letter-name = Ваше ім’я та адреса
objection-letter-date = дата
objection-letter-reference = наш номер справи: { $reference }
objection-letter-why = чому Ви не згодні
objection-letter-sign = Ваш підпис
objection-send = Надішліть лист до виконавчого комітету:
objection-talk = Хочете спочатку поговорити з нами? Тоді телефонуйте за номером { $phone }. Подати заперечення можна безкоштовно.
questions = Маєте запитання? Ваша контактна особа: { $name }, телефон { $phone }. Або напишіть на [{ $email }](mailto:{ $email }).
laws-heading = Які правила діють?

## Спосіб оскарження за `remedy` шаблону (template.toml): заперечення (bezwaar) до органу,
## який ухвалив рішення, або адміністративна скарга (administratief beroep) до виконавчого
## комітету, чиє рішення остаточне (kwijtschelding: Gemeentewet ст. 255 ч. 6, Invorderingswet 1990 ст. 26).
remedy-what = { $remedy ->
    [administratief-beroep] Ви можете подати адміністративну скаргу (administratief beroep) на це рішення. Тоді виконавчий комітет муніципалітету (college van burgemeester en wethouders) ще раз розгляне рішення. Рішення виконавчого комітету остаточне. Після цього звернутися до суду не можна.
   *[bezwaar] { objection-what }
}
remedy-deadline = { $remedy ->
    [administratief-beroep] Не пізніше **{ $deadline }** Ваша скарга має надійти до виконавчого комітету.
   *[bezwaar] { objection-deadline }
}
remedy-how = { $remedy ->
    [administratief-beroep] Надішліть лист.
   *[bezwaar] { objection-how }
}
remedy-talk = { $remedy ->
    [administratief-beroep] Хочете спочатку поговорити з нами? Тоді телефонуйте за номером { $phone }. Подати скаргу можна безкоштовно.
   *[bezwaar] { objection-talk }
}
