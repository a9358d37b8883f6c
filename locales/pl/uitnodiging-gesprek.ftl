# Zaproszenie na rozmowę w sprawie wniosku (Participatiewet art. 17; Wmo 2015 art. 2.3.2).
inv-title = Zapraszamy na rozmowę
# Po „wniosek o” (biernik).
inv-scheme = { $scheme ->
    [bijstand] zasiłek z pomocy społecznej (bijstand)
    [bijzonderebijstand] specjalną pomoc społeczną (bijzondere bijstand)
   *[wmo] pomoc w ramach ustawy Wmo
}
inv-intro = Dnia { $applied } otrzymaliśmy wniosek o { inv-scheme }. Chcemy porozmawiać o tym wniosku.
inv-when-title = Termin spotkania
inv-when = Zapraszamy **{ $day }** o godzinie **{ $starts }**. Rozmowa trwa około { $minutes ->
    [one] { $minutes } minuty
    [few] { $minutes } minut
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}.
inv-where-heading = Gdzie odbędzie się rozmowa?
inv-where = Rozmowa odbędzie się tutaj: { $building }, { $address }. Prosimy zgłosić się w punkcie obsługi (balie).
inv-bring-heading = Co zabrać ze sobą?
inv-bring = { $item ->
    [identiteitsbewijs] Paszport, dowód osobisty lub dokument pobytowy.
    [bankafschrift] Wyciągi bankowe z ostatniego miesiąca.
    [loonstrook] Ostatni odcinek płacowy.
    [huurcontract] Umowa najmu.
    [polis] Polisa ubezpieczenia zdrowotnego.
   *[indicatie] Listy od lekarza lub specjalisty, jeśli są.
}
inv-cannot-heading = Nie może Pan/Pani przyjść?
inv-cannot = Prosimy jak najszybciej zadzwonić pod numer { $phone }. Ustalimy wtedy nowy termin.
inv-absent-title = Nie przyjdzie Pan/Pani?
inv-absent = Jeśli nie przyjdzie Pan/Pani i nie zadzwoni, być może nie rozpatrzymy wniosku.
inv-company = Można przyjść na rozmowę z kimś bliskim. Na przykład z kimś z rodziny albo ze znajomym.
inv-laws = { $scheme ->
    [wmo] Zapraszamy na podstawie artykułu 2.3.2 ustawy o wsparciu społecznym (Wet maatschappelijke ondersteuning 2015).
   *[other] Zapraszamy na podstawie artykułu 17 ustawy o partycypacji (Participatiewet). Trzeba z nami współpracować przy sprawdzaniu wniosku.
} Przepisy (po niderlandzku) są na stronie wetten.overheid.nl.
