# Decyzja: przyznanie świadczenia z ustawy Wmo (Wmo 2015 art. 2.3.5; wkład własny art. 2.1.4).
wmo-title = Przyznajemy pomoc w ramach ustawy Wmo
# Mianownik i biernik (takie same): „przyznajemy pomoc w prowadzeniu domu”.
wmo-service = { $service ->
    [huishouden] pomoc w prowadzeniu domu
   *[begeleiding] wsparcie w codziennym życiu (begeleiding)
}
wmo-intro = Dnia { $requested } otrzymaliśmy wniosek o pomoc w ramach ustawy Wmo. Rozmawialiśmy z Panem/Panią i sprawdziliśmy wniosek. Przyznajemy { wmo-service }.
wmo-what-heading = Jaką pomoc przyznajemy?
wmo-amount = Przyznajemy { wmo-service }: **{ $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}** tygodniowo.
wmo-period = Pomoc zaczyna się **{ $starts }**. Pomoc trwa do **{ $ends }** włącznie.
wmo-provider = Pomocy udziela { $provider }. Ta organizacja zadzwoni, żeby umówić termin.
wmo-contribution = Płaci Pan/Pani wkład własny (eigen bijdrage): **{ $amount }** miesięcznie. Rachunek przysyła urząd CAK.
wmo-why-heading = Dlaczego przyznajemy tę pomoc?
wmo-why = { $service ->
    [huishouden] Nie może Pan/Pani już samodzielnie sprzątać domu. Rodzina i sąsiedzi też nie mogą tego robić za Pana/Panią.
   *[begeleiding] Potrzebuje Pan/Pani pomocy, żeby zaplanować dzień i załatwić sprawy z listami. Rodzina i sąsiedzi nie mogą tego robić za Pana/Panią.
} Dlatego przyznajemy tę pomoc.
wmo-do-heading = Co trzeba zrobić?
wmo-changes = Zmienia się coś w zdrowiu lub w rodzinie? Prosimy nas o tym poinformować.
wmo-renew = Pomoc będzie potrzebna dłużej? Prosimy złożyć nowy wniosek 2 miesiące przed końcem.
wmo-laws = Ta decyzja opiera się na artykule 2.3.5 ustawy o wsparciu społecznym (Wet maatschappelijke ondersteuning 2015). Obowiązuje też gminne rozporządzenie (Verordening maatschappelijke ondersteuning). Wkład własny opisuje artykuł 2.1.4 tej ustawy. Przepisy (po niderlandzku) są na stronie wetten.overheid.nl.
