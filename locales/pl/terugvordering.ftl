# Decyzja: zwrot nadpłaconego zasiłku z planem spłaty (Participatiewet art. 58, 60).
tv-title = Prosimy o zwrot części zasiłku
# Po „za dużo” (dopełniacz).
tv-scheme = { $scheme ->
    [bijstand] pomocy społecznej (bijstand)
   *[bijzonderebijstand] specjalnej pomocy społecznej (bijzondere bijstand)
}
tv-intro = Od { $from } do { $until } wypłaciliśmy za dużo { tv-scheme }. Prosimy o zwrot tych pieniędzy.
tv-amount-title = Do zwrotu: { $amount }
tv-amount = Łącznie trzeba zwrócić **{ $amount }**. Nie trzeba płacić wszystkiego naraz. Co miesiąc spłaca Pan/Pani część kwoty.
tv-why-heading = Dlaczego prosimy o zwrot pieniędzy?
tv-why = { $reason ->
    [inkomen] W tym czasie były też inne dochody. Nie dostaliśmy o nich informacji. Dlatego wypłaciliśmy za dużo pieniędzy.
    [vermogen] W tym czasie na koncie było więcej pieniędzy niż limit. Nie dostaliśmy o tym informacji. Dlatego wypłaciliśmy za dużo pieniędzy.
   *[samenwonen] W tym czasie mieszkał Pan / mieszkała Pani z partnerem lub partnerką. Nie dostaliśmy o tym informacji. Para dostaje niższy zasiłek. Dlatego wypłaciliśmy za dużo pieniędzy.
}
tv-plan-heading = Jak spłacić pieniądze?
tv-plan = Co miesiąc trzeba zapłacić **{ $monthly }**. Łącznie to { $payments ->
    [one] { $payments } rata
    [few] { $payments } raty
    [many] { $payments } rat
   *[other] { $payments } raty
}. Pierwsza rata: **{ $start }**.
tv-method = { $method ->
    [inhouding] Co miesiąc potrącamy tę kwotę z zasiłku. Nie trzeba nic robić.
   *[overmaken] Kwotę trzeba co miesiąc samodzielnie przelać. Jak to zrobić, opisuje umowa o spłacie (betaalafspraak) dołączona do tego listu.
}
tv-less = Nie jest Pan/Pani w stanie płacić tej kwoty? Prosimy zadzwonić pod numer { $phone }. Zawsze zostaje dość pieniędzy na życie.
tv-debt = Ma Pan/Pani więcej długów? Prosimy przyjść do Punktu Pomocy Finansowej (Geldloket) w ratuszu. Pomagamy bezpłatnie.
tv-laws = Ta decyzja opiera się na artykułach 17, 58 i 60 ustawy o partycypacji (Participatiewet). Przepisy (po niderlandzku) są na stronie wetten.overheid.nl.
