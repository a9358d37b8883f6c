# Decyzja w sprawie wniosku o pomoc społeczną (Participatiewet art. 11, 21, 31, 34, 43).
bs-title = Decyzja w sprawie wniosku o pomoc społeczną (bijstand)
bs-intro = Dnia { $applied } otrzymaliśmy wniosek o pomoc społeczną (bijstand). Sprawdziliśmy ten wniosek.
bs-household = { $household ->
    [alleenstaand] dla osoby samotnej
    [alleenstaande-ouder] dla samotnego rodzica
   *[samen] dla Pana/Pani i partnera razem
}
bs-yes-title = Przyznajemy pomoc społeczną
bs-yes = Przyznajemy zasiłek z pomocy społecznej (bijstand) { bs-household }.
bs-what-heading = Co przyznajemy?
bs-amount = Zasiłek wynosi **{ $amount }** miesięcznie. Pieniądze wpływają na konto bankowe.
bs-start = Zasiłek przysługuje od **{ $starts }**.
bs-duties-heading = Co trzeba robić?
bs-duty-tell = Czy zmieniają się dochody, pieniądze w banku lub sytuacja rodzinna? Prosimy od razu nas o tym poinformować.
bs-duty-work = Prosimy szukać pracy. Można też brać udział w działaniach, które z nami ustalimy, żeby znaleźć pracę.
bs-no-title = Nie przyznajemy pomocy społecznej
bs-no = Nie przyznajemy zasiłku z pomocy społecznej (bijstand).
bs-why-heading = Dlaczego nie przyznajemy pomocy społecznej?
bs-why-inkomen = Pana/Pani dochód wynosi { $income } miesięcznie. Zasiłek w Pana/Pani sytuacji wynosi { $norm } miesięcznie. Dochód jest wyższy. Dlatego nie przyznajemy zasiłku.
bs-why-vermogen = Pana/Pani pieniądze i majątek to razem { $assets }. Limit w Pana/Pani sytuacji wynosi { $limit }. To więcej niż limit. Dlatego nie przyznajemy zasiłku.
bs-why-medewerking = Prosiliśmy o dokumenty. Nie otrzymaliśmy ich na czas. Dlatego nie mogliśmy sprawdzić, czy ma Pan/Pani prawo do pomocy społecznej.
bs-can-heading = Co jeszcze można zrobić?
bs-can = { $reason ->
    [vermogen] Najpierw trzeba żyć z własnych pieniędzy. Czy jest ich już mniej niż limit? Wtedy można ponownie złożyć wniosek o pomoc społeczną.
    [medewerking] Można ponownie złożyć wniosek o pomoc społeczną. Prosimy od razu dołączyć wszystkie dokumenty.
   *[other] Czy zmienią się dochody? Wtedy można ponownie złożyć wniosek o pomoc społeczną.
}
bs-debt = Ma Pan/Pani długi lub kłopoty z pieniędzmi? Prosimy przyjść do Punktu Pomocy Finansowej (Geldloket) w ratuszu. Pomagamy bezpłatnie.
bs-laws = { $outcome ->
    [toegekend] Ta decyzja opiera się na artykułach 11, 17, 21 i 43 ustawy o partycypacji (Participatiewet). To, co trzeba nam zgłaszać, opisuje artykuł 17. To, co trzeba robić, żeby znaleźć pracę, opisuje artykuł 9.
   *[afgewezen] Ta decyzja opiera się na artykułach 11, 31, 34 i 43 ustawy o partycypacji (Participatiewet). Obowiązuje też artykuł 4:5 Ogólnej ustawy o prawie administracyjnym (Algemene wet bestuursrecht).
} Przepisy (po niderlandzku) są na stronie wetten.overheid.nl.
