# Decyzja: specjalna pomoc społeczna przyznana (Participatiewet art. 35).
bbt-title = Przyznajemy specjalną pomoc społeczną (bijzondere bijstand)
# Po „na” (biernik): „pieniądze na pralkę”.
bbt-cost = { $cost ->
    [wasmachine] pralkę
    [koelkast] lodówkę
    [bril] okulary
    [tandarts] leczenie u dentysty
    [eigenrisico] udział własny w ubezpieczeniu zdrowotnym (eigen risico)
    [bewindvoering] koszty zarządcy finansów (bewindvoering)
   *[verhuiskosten] koszty przeprowadzki
}
bbt-intro = Dnia { $requested } otrzymaliśmy wniosek o pieniądze na { bbt-cost }. Sprawdziliśmy ten wniosek. Przyznajemy te pieniądze.
bbt-what-heading = Co przyznajemy?
bbt-amount = Przyznajemy **{ $amount }**.
bbt-payment = Wypłacimy pieniądze **{ $date }**. Pieniądze wpłyną na konto bankowe.
bbt-gift = Tych pieniędzy nie trzeba oddawać.
bbt-loan = Te pieniądze to pożyczka bez odsetek. Pożyczkę trzeba spłacić w { $payments ->
    [one] { $payments } racie
    [few] { $payments } ratach
    [many] { $payments } ratach
   *[other] { $payments } raty
}. Co miesiąc trzeba zapłacić **{ $monthly }**. Pierwsza rata: **{ $start }**.
bbt-agreement = Zasady pożyczki są w umowie pożyczki. { $agreement ->
    [bijlage] Umowa jest dołączona do tego listu.
   *[apart] Umowę wyślemy pocztą w ciągu tygodnia.
} Prosimy ją podpisać i odesłać do nas.
bbt-why-heading = Dlaczego przyznajemy te pieniądze?
bbt-why = Potrzebuje Pan/Pani pieniędzy na { bbt-cost }. Nie ma Pan/Pani dość pieniędzy, żeby zapłacić za to samodzielnie. Dlatego pomagamy.
bbt-do-heading = Co trzeba zrobić?
bbt-receipt = Prosimy zachować paragon lub fakturę. Możemy poprosić o ich pokazanie.
bbt-changes = Czy zmienią się dochody lub sytuacja rodzinna? Prosimy nas o tym poinformować.
bbt-laws = Ta decyzja opiera się na artykule 35 ustawy o partycypacji (Participatiewet). Przepisy (po niderlandzku) są na stronie wetten.overheid.nl.
