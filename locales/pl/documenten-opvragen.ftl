# Prośba o brakujące dokumenty z terminem na uzupełnienie (Awb 4:5).
doc-title = Potrzebujemy jeszcze dokumentów
# Po „wniosek o” (biernik).
doc-scheme = { $scheme ->
    [bijstand] zasiłek z pomocy społecznej (bijstand)
    [bijzonderebijstand] specjalną pomoc społeczną (bijzondere bijstand)
   *[kwijtschelding] umorzenie podatków gminnych (kwijtschelding)
}
doc-kind = { $kind ->
    [bankafschrift] Wyciągi bankowe ze wszystkich kont
    [loonstrook] Odcinki płacowe
    [identiteitsbewijs] Kopia paszportu, dowodu osobistego lub dokumentu pobytowego
    [huurcontract] Umowa najmu
    [factuur] Faktura lub kosztorys
    [polis] Polisa ubezpieczeniowa
   *[jaaropgave] Roczne zestawienie dochodów (jaaropgave)
}
doc-intro = Dnia { $applied } otrzymaliśmy wniosek o { doc-scheme }. Brakuje jeszcze dokumentów. Bez tych dokumentów nie możemy rozpatrzyć wniosku.
doc-deadline-title = Prosimy wysłać dokumenty najpóźniej do { $deadline }
doc-deadline = { $count ->
    [one] Prosimy przesłać ten dokument najpóźniej do **{ $deadline }**.
    [few] Prosimy przesłać te { $count } dokumenty najpóźniej do **{ $deadline }**.
    [many] Prosimy przesłać te { $count } dokumentów najpóźniej do **{ $deadline }**.
   *[other] Prosimy przesłać te { $count } dokumentu najpóźniej do **{ $deadline }**.
}
doc-list-heading = { $count ->
    [one] Potrzebujemy tego dokumentu
    [few] Potrzebujemy tych dokumentów
    [many] Potrzebujemy tych dokumentów
   *[other] Potrzebujemy tych dokumentów
}
doc-item = { doc-kind }.
doc-item-period = { doc-kind } za okres od { $from } do { $until }.
doc-how-heading = Jak wysłać dokumenty?
doc-upload = Prosimy przesłać dokumenty przez internet: [{ $url }]({ $url }). Tam prosimy wpisać nasz znak sprawy: { $reference }.
doc-counter = Można też przynieść dokumenty do ratusza: { $address }. Nie trzeba umawiać wizyty.
doc-post = Można też wysłać kopie pocztą. Prosimy napisać na kopercie nasz znak sprawy { $reference }. Prosimy nigdy nie wysyłać oryginałów. Nasz adres:
doc-late-title = Dokumenty nie dotrą na czas?
doc-late = Jeśli dokumenty nie dotrą do nas na czas, nie rozpatrzymy wniosku. Nie zdąży Pan/Pani? Prosimy zadzwonić przed tym terminem pod numer { $phone }.
doc-laws = Prosimy o dokumenty na podstawie Ogólnej ustawy o prawie administracyjnym (Algemene wet bestuursrecht). Chodzi o artykuł 4:2 i artykuł 4:5. Przepisy (po niderlandzku) są na stronie wetten.overheid.nl.
