# Przypomnienie: termin na uzupełnienie (Awb 4:5) wkrótce mija, a brakuje jeszcze dokumentów.
rem-title = Przypomnienie: prosimy wysłać dokumenty na czas
# Po „wniosek o” (biernik).
rem-scheme = { $scheme ->
    [bijstand] zasiłek z pomocy społecznej (bijstand)
    [bijzonderebijstand] specjalną pomoc społeczną (bijzondere bijstand)
   *[kwijtschelding] umorzenie podatków gminnych (kwijtschelding)
}
rem-intro = Dnia { $asked } wysłaliśmy do Pana/Pani list. Prosiliśmy w nim o dokumenty do wniosku o { rem-scheme }. Nie otrzymaliśmy jeszcze wszystkich dokumentów.
rem-deadline-title = Prosimy wysłać dokumenty najpóźniej do { $due }
rem-deadline = { $count ->
    [one] Potrzebujemy tego dokumentu najpóźniej do **{ $due }**. Nie dotrze do nas na czas?
    [few] Potrzebujemy tych { $count } dokumentów najpóźniej do **{ $due }**. Nie dotrą do nas na czas?
    [many] Potrzebujemy tych { $count } dokumentów najpóźniej do **{ $due }**. Nie dotrą do nas na czas?
   *[other] Potrzebujemy tych { $count } dokumentu najpóźniej do **{ $due }**. Nie dotrą do nas na czas?
} Wtedy nie rozpatrzymy wniosku.
rem-list-heading = { $count ->
    [one] Brakuje jeszcze tego dokumentu
    [few] Brakuje jeszcze tych dokumentów
    [many] Brakuje jeszcze tych dokumentów
   *[other] Brakuje jeszcze tych dokumentów
}
rem-item = { $kind ->
    [bankafschrift] Wyciągi bankowe ze wszystkich kont.
    [loonstrook] Odcinki płacowe.
    [identiteitsbewijs] Kopia paszportu, dowodu osobistego lub dokumentu pobytowego.
    [huurcontract] Umowa najmu.
    [factuur] Faktura lub kosztorys.
    [polis] Polisa ubezpieczeniowa.
   *[jaaropgave] Roczne zestawienie dochodów (jaaropgave).
}
rem-how-heading = Jak wysłać dokumenty?
rem-upload = Prosimy przesłać dokumenty przez internet: [{ $url }]({ $url }). Tam prosimy wpisać nasz znak sprawy: { $reference }.
rem-post = Można też wysłać kopie pocztą. Prosimy napisać na kopercie nasz znak sprawy { $reference }. Nasz adres:
rem-help = Nie zdąży Pan/Pani na czas? Potrzebna jest pomoc? Prosimy zadzwonić przed tym terminem pod numer { $phone }.
rem-sent = Dokumenty są już wysłane? Wtedy nie trzeba nic robić.
rem-laws = Prosimy o dokumenty na podstawie Ogólnej ustawy o prawie administracyjnym (Algemene wet bestuursrecht). Chodzi o artykuł 4:2 i artykuł 4:5. Przepisy (po niderlandzku) są na stronie wetten.overheid.nl.
