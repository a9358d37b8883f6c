# Decyzja: odmowa specjalnej pomocy społecznej (Participatiewet art. 35).
bba-title = Nie przyznajemy specjalnej pomocy społecznej (bijzondere bijstand)
# Po „na” (biernik): „pieniądze na pralkę”.
bba-cost = { $cost ->
    [wasmachine] pralkę
    [koelkast] lodówkę
    [bril] okulary
    [tandarts] leczenie u dentysty
    [eigenrisico] udział własny w ubezpieczeniu zdrowotnym (eigen risico)
    [bewindvoering] koszty zarządcy finansów (bewindvoering)
   *[verhuiskosten] koszty przeprowadzki
}
bba-intro = Dnia { $requested } otrzymaliśmy wniosek o pieniądze na { bba-cost }.
bba-amount = Wniosek dotyczył kwoty { $amount }.
bba-no-heading = Nie przyznajemy tych pieniędzy
bba-no = Sprawdziliśmy wniosek. Nie przyznajemy specjalnej pomocy społecznej.
bba-why-heading = Dlaczego nie przyznajemy tych pieniędzy?
bba-why-inkomen = Pana/Pani dochód jest wyższy niż limit. Tak to obliczyliśmy:
bba-income = Dochód miesięczny: { $amount }
bba-limit = Limit miesięczny: { $amount }
bba-margin = Co miesiąc ponad limit: { $amount }
bba-period = Bierzemy pod uwagę { $months ->
    [one] { $months } miesiąc
    [few] { $months } miesiące
    [many] { $months } miesięcy
   *[other] { $months } miesiąca
}. W tym czasie nadwyżka ponad limit wynosi razem { $total }. Z tych pieniędzy można samodzielnie zapłacić te koszty.
# Mianownik: „najpierw płaci UWV”.
bba-first = { $first ->
    [zorgverzekering] ubezpieczenie zdrowotne
    [aanvullende-verzekering] dodatkowe ubezpieczenie zdrowotne
    [uwv] UWV
    [svb] SVB
    [toeslagen] Dienst Toeslagen (urząd ds. dodatków)
   *[duo] DUO
}
bba-why-voorliggend = Za te koszty najpierw płaci { bba-first }. Dlatego my nie płacimy.
# Po „do” (dopełniacz), dlatego bez bba-first.
bba-can-voorliggend = Prosimy wystąpić o te pieniądze do { $first ->
    [zorgverzekering] ubezpieczyciela zdrowotnego
    [aanvullende-verzekering] ubezpieczyciela, u którego ma Pan/Pani dodatkowe ubezpieczenie zdrowotne
    [uwv] UWV
    [svb] SVB
    [toeslagen] Dienst Toeslagen (urzędu ds. dodatków)
   *[duo] DUO
}. Jeśli to się nie uda, można ponownie złożyć wniosek u nas.
bba-why = { $reason ->
    [nietnodig] Uważamy, że te koszty nie są dla Pana/Pani konieczne. Można sobie poradzić bez nich.
   *[achteraf] Koszty powstały, zanim wpłynął wniosek. Dlatego nie mogliśmy wcześniej sprawdzić, czy są konieczne.
}
bba-can-heading = Co jeszcze można zrobić?
bba-can = { $reason ->
    [inkomen] Prosimy odkładać co miesiąc małą kwotę na te koszty. Można też zapytać nas o pożyczkę.
   *[other] Prosimy zapytać nas, co jest możliwe. Może jest dla Pana/Pani inna forma pomocy.
}
bba-help = Potrzebuje Pan/Pani pomocy w sprawach pieniędzy? Prosimy zadzwonić pod numer { $phone }. Pomagamy bezpłatnie.
bba-debt = Ma Pan/Pani długi? Prosimy przyjść do Punktu Pomocy Finansowej (Geldloket) w ratuszu.
bba-laws = { $reason ->
    [voorliggend] Ta decyzja opiera się na artykule 15 i artykule 35 ustawy o partycypacji (Participatiewet).
    [achteraf] Ta decyzja opiera się na artykule 35 i artykule 44 ustawy o partycypacji (Participatiewet).
   *[other] Ta decyzja opiera się na artykule 35 ustawy o partycypacji (Participatiewet).
} Przepisy (po niderlandzku) są na stronie wetten.overheid.nl.
