# Рішення щодо прохання про списання муніципальних податків (Gemeentewet ст. 255,
# Invorderingswet 1990 ст. 26, Uitvoeringsregeling Invorderingswet 1990, Leidraad invordering).
kw-title = Наше рішення щодо списання Ваших податків (kwijtschelding)
kw-intro = { $applied } Ви попросили списати муніципальні податки за { $year } рік. Це податкове повідомлення (aanslag) з номером { $assessment }. Ми розглянули Ваше прохання.
kw-tax = { $tax ->
    [afvalstoffenheffing] збір за вивезення сміття (afvalstoffenheffing)
    [rioolheffing] збір за каналізацію (rioolheffing)
    [onroerendezaakbelasting] податок на нерухомість (onroerendezaakbelasting, ozb)
   *[hondenbelasting] податок на собак (hondenbelasting)
}
kw-yes-title = Вам не потрібно нічого платити
kw-yes = Ми списуємо всю суму: **{ $total }**.
kw-taxes-heading = Які податки ми списуємо?
kw-yes-done = Вам нічого не потрібно робити. Ви вже щось заплатили? Тоді ми повернемо ці гроші на Ваш банківський рахунок.
kw-part-title = Частину податку Вам не потрібно платити
kw-part = Ми списуємо **{ $remitted }**. Увесь податок становить { $total }.
kw-no-title = Ми не списуємо податки
kw-no = Ви маєте самі заплатити податок: **{ $total }**.
kw-why-heading = { $outcome ->
    [gedeeltelijk] Чому ми списуємо не все?
   *[afgewezen] Чому ми не списуємо податки?
}
kw-why-income = Ваш дохід — { $income } на місяць. Витрати, які ми враховуємо, — { $costs } на місяць. Це норма соціальної допомоги (bijstandsnorm) і частина витрат на житло. Отже, у Вас залишається { $margin } на місяць.
kw-why-year = Ми беремо до уваги 12 місяців. За цей час у Вас залишається { $capacity }. { $outcome ->
    [gedeeltelijk] Цю частину Ви можете заплатити самі.
   *[afgewezen] Це більше, ніж податок ({ $total }). Отже, Ви можете заплатити податок самі.
}
kw-why-assets = Ваші гроші та майно разом становлять { $assets }. Ви можете залишити собі { $limit }. У Вас на { $over } більше. { $outcome ->
    [gedeeltelijk] Цю частину Ви можете заплатити самі.
   *[afgewezen] З цих грошей Ви можете самі заплатити податок ({ $total }).
}
kw-pay-title = Заплатіть { $amount }
kw-pay = Не пізніше **{ $by }** заплатіть **{ $amount }**. Вкажіть у платежі номер { $assessment }.
kw-debt = Не можете заплатити все одразу? Або маєте турботи через гроші? Тоді приходьте в пункт допомоги з грошових питань (Geldloket) у мерії. Ми допомагаємо безкоштовно.
kw-laws = { $outcome ->
    [toegekend] Це рішення ґрунтується на статті 255 Закону про муніципалітети (Gemeentewet). Воно також ґрунтується на статті 26 Закону про стягнення податків (Invorderingswet 1990).
   *[other] Це рішення ґрунтується на статті 255 Закону про муніципалітети (Gemeentewet). Воно також ґрунтується на статті 26 Закону про стягнення податків (Invorderingswet 1990). Також діють правила виконання цього закону (Uitvoeringsregeling Invorderingswet 1990).
} Як ми рахуємо, описано в настановах муніципалітету (Leidraad invordering). Правила (нідерландською) є на сайті wetten.overheid.nl.
