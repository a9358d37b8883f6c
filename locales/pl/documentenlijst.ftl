# Lista dokumentów: jedna lista dokumentów dla wszystkich świadczeń razem.
cl-title = Te dokumenty są nam potrzebne
cl-intro = { $count ->
    [one] Otrzymaliśmy wniosek. Dotyczy on: { $schemes }.
    [few] Otrzymaliśmy wnioski o { $count } formy pomocy. Są to: { $schemes }.
    [many] Otrzymaliśmy wnioski o { $count } form pomocy. Są to: { $schemes }.
   *[other] Otrzymaliśmy wnioski o { $count } formy pomocy. Są to: { $schemes }.
}
cl-once = { $count ->
    [0] Nie trzeba nam wysyłać żadnych dokumentów.
    [one] Potrzebujemy do tego { $count } dokumentu. Wystarczy wysłać go tylko raz.
    [few] Potrzebujemy do tego { $count } dokumentów. Każdy dokument wystarczy wysłać tylko raz.
    [many] Potrzebujemy do tego { $count } dokumentów. Każdy dokument wystarczy wysłać tylko raz.
   *[other] Potrzebujemy do tego { $count } dokumentu. Każdy dokument wystarczy wysłać tylko raz.
}
cl-deadline-title = Prosimy wysłać wszystko najpóźniej do { $deadline }
cl-keep-heading = { $count ->
    [one] Ten dokument prosimy zachować. Nie trzeba go teraz wysyłać.
    [few] Te dokumenty prosimy zachować. Nie trzeba ich teraz wysyłać.
    [many] Te dokumenty prosimy zachować. Nie trzeba ich teraz wysyłać.
   *[other] Te dokumenty prosimy zachować. Nie trzeba ich teraz wysyłać.
}
cl-not-needed-heading = Tego nie trzeba wysyłać
cl-how-heading = Jak przekazać dokumenty?
cl-upload = Prosimy przesłać dokumenty na stronie { $url }. Prosimy podać nasz znak sprawy { $reference }.
cl-post = Można też wysłać kopie pocztą na adres: { $address }.
cl-counter = Trzeba pokazać oryginał? Prosimy przyjść do punktu obsługi (balie): { $address }.
cl-late-title = Dokumenty nie dotrą na czas?
cl-late = Jeśli dokumenty nie dotrą do nas na czas, być może nie rozpatrzymy wniosku. Tak mówi artykuł 4:5 Ogólnej ustawy o prawie administracyjnym (Algemene wet bestuursrecht). Nie zdąży Pan/Pani? Prosimy zadzwonić przed tym terminem.
