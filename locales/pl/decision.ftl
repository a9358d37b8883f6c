# Teksty wspólne dla każdej decyzji: pouczenie o sprzeciwie (Awb 3:45, 6:7, 6:8).
objection-what = Może Pan/Pani złożyć sprzeciw (bezwaar) wobec tej decyzji. Wtedy zarząd gminy (college van burgemeester en wethouders) jeszcze raz sprawdzi decyzję.
objection-deadline = Sprzeciw musi do nas dotrzeć najpóźniej do **{ $deadline }**.
objection-how = Sprzeciw można złożyć przez internet: [{ $url }]({ $url }). Można też wysłać list.
objection-letter = Prosimy napisać w liście:
objection-letter-name = imię, nazwisko i adres
objection-letter-date = datę
objection-letter-reference = nasz znak sprawy: { $reference }
objection-letter-why = dlaczego nie zgadza się Pan/Pani z decyzją
objection-letter-sign = podpis
objection-send = List prosimy wysłać do zarządu gminy:
objection-talk = Chce Pan/Pani najpierw z nami porozmawiać? Prosimy zadzwonić pod numer { $phone }. Złożenie sprzeciwu nic nie kosztuje.
questions = Ma Pan/Pani pytania? Prosimy dzwonić pod numer { $phone }. Sprawę prowadzi { $name }. Można też napisać na adres [{ $email }](mailto:{ $email }).
laws-heading = Jakie przepisy obowiązują?

## Pouczenie wybrane przez `remedy` szablonu (template.toml): sprzeciw (bezwaar) do organu,
## który zdecydował, albo odwołanie (administratief beroep) do zarządu gminy, którego
## decyzja jest ostateczna (kwijtschelding: Gemeentewet art. 255 ust. 6, Invorderingswet 1990 art. 26).
remedy-what = { $remedy ->
    [administratief-beroep] Może Pan/Pani złożyć odwołanie (administratief beroep) od tej decyzji. Wtedy zarząd gminy (college van burgemeester en wethouders) jeszcze raz sprawdzi decyzję. Decyzja zarządu gminy jest ostateczna. Potem nie można już iść do sądu.
   *[bezwaar] { objection-what }
}
remedy-deadline = { $remedy ->
    [administratief-beroep] Odwołanie musi dotrzeć do zarządu gminy najpóźniej do **{ $deadline }**.
   *[bezwaar] { objection-deadline }
}
remedy-how = { $remedy ->
    [administratief-beroep] Prosimy wysłać list.
   *[bezwaar] { objection-how }
}
remedy-talk = { $remedy ->
    [administratief-beroep] Chce Pan/Pani najpierw z nami porozmawiać? Prosimy zadzwonić pod numer { $phone }. Złożenie odwołania nic nie kosztuje.
   *[bezwaar] { objection-talk }
}
