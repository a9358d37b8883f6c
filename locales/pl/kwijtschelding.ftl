# Decyzja w sprawie wniosku o umorzenie podatków gminnych (Gemeentewet art. 255,
# Invorderingswet 1990 art. 26, Uitvoeringsregeling Invorderingswet 1990, Leidraad invordering).
kw-title = Decyzja w sprawie umorzenia podatków (kwijtschelding)
kw-intro = Dnia { $applied } otrzymaliśmy wniosek o umorzenie podatków gminnych za rok { $year }. Chodzi o decyzję podatkową (aanslag) numer { $assessment }. Sprawdziliśmy ten wniosek.
kw-tax = { $tax ->
    [afvalstoffenheffing] opłata za odpady (afvalstoffenheffing)
    [rioolheffing] opłata kanalizacyjna (rioolheffing)
    [onroerendezaakbelasting] podatek od nieruchomości (onroerendezaakbelasting, ozb)
   *[hondenbelasting] podatek od psa (hondenbelasting)
}
kw-yes-title = Nie trzeba nic płacić
kw-yes = Umarzamy całą kwotę: **{ $total }**.
kw-taxes-heading = Jakich podatków to dotyczy?
kw-yes-done = Nie trzeba nic robić. Czy coś jest już zapłacone? Wtedy oddamy te pieniądze na konto bankowe.
kw-part-title = Części podatku nie trzeba płacić
kw-part = Umarzamy **{ $remitted }**. Cały podatek wynosi { $total }.
kw-no-title = Nie umarzamy podatków
kw-no = Trzeba samodzielnie zapłacić podatek: **{ $total }**.
kw-why-heading = { $outcome ->
    [gedeeltelijk] Dlaczego nie umarzamy całości?
   *[afgewezen] Dlaczego nie umarzamy podatków?
}
kw-why-income = Pana/Pani dochód wynosi { $income } miesięcznie. Koszty, które liczymy, to { $costs } miesięcznie. To norma pomocy społecznej (bijstandsnorm) i część kosztów mieszkania. Zostaje więc { $margin } miesięcznie.
kw-why-year = Bierzemy pod uwagę 12 miesięcy. W tym czasie zostaje { $capacity }. { $outcome ->
    [gedeeltelijk] Tę część może Pan/Pani zapłacić samodzielnie.
   *[afgewezen] To więcej niż podatek ({ $total }). Może więc Pan/Pani samodzielnie zapłacić podatek.
}
kw-why-assets = Pana/Pani pieniądze i majątek to razem { $assets }. Można zachować { $limit }. Nadwyżka wynosi { $over }. { $outcome ->
    [gedeeltelijk] Tę część może Pan/Pani zapłacić samodzielnie.
   *[afgewezen] Z tych pieniędzy może Pan/Pani zapłacić podatek ({ $total }).
}
kw-pay-title = Prosimy zapłacić { $amount }
kw-pay = Prosimy zapłacić **{ $amount }** najpóźniej do **{ $by }**. W tytule płatności prosimy wpisać numer { $assessment }.
kw-debt = Nie da się zapłacić wszystkiego naraz? Albo ma Pan/Pani kłopoty z pieniędzmi? Prosimy przyjść do Punktu Pomocy Finansowej (Geldloket) w ratuszu. Pomagamy bezpłatnie.
kw-laws = { $outcome ->
    [toegekend] Ta decyzja opiera się na artykule 255 ustawy o gminach (Gemeentewet). Opiera się też na artykule 26 ustawy o poborze podatków (Invorderingswet 1990).
   *[other] Ta decyzja opiera się na artykule 255 ustawy o gminach (Gemeentewet). Opiera się też na artykule 26 ustawy o poborze podatków (Invorderingswet 1990). Obowiązują też przepisy wykonawcze do tej ustawy (Uitvoeringsregeling Invorderingswet 1990).
} Sposób obliczenia opisują wytyczne gminy (Leidraad invordering). Przepisy (po niderlandzku) są na stronie wetten.overheid.nl.
