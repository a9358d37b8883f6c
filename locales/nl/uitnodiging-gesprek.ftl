# Uitnodiging voor een gesprek over een aanvraag (Participatiewet art. 17; Wmo 2015 art. 2.3.2).
inv-title = Wij nodigen u uit voor een gesprek
inv-scheme = { $scheme ->
    [bijstand] een bijstandsuitkering
    [bijzonderebijstand] bijzondere bijstand
   *[wmo] hulp via de Wmo
}
inv-intro = Op { $applied } vroeg u { inv-scheme } aan. Wij willen graag met u praten over uw aanvraag.
inv-when-title = Uw afspraak
inv-when = U bent welkom op **{ $day }** om **{ $starts } uur**. Het gesprek duurt ongeveer { $minutes } minuten.
inv-where-heading = Waar is het gesprek?
inv-where = Het gesprek is in { $building }, { $address }. Meld u bij de balie.
inv-bring-heading = Wat neemt u mee?
inv-bring = { $item ->
    [identiteitsbewijs] Uw paspoort, ID-kaart of verblijfsdocument.
    [bankafschrift] Uw bankafschriften van de laatste maand.
    [loonstrook] Uw laatste loonstrook.
    [huurcontract] Uw huurcontract.
    [polis] De polis van uw zorgverzekering.
   *[indicatie] Brieven van uw dokter of specialist, als u die heeft.
}
inv-cannot-heading = Kunt u niet komen?
inv-cannot = Bel ons dan zo snel mogelijk op { $phone }. Wij maken dan een nieuwe afspraak met u.
inv-absent-title = Komt u niet?
inv-absent = Komt u niet en belt u niet af? Dan kunnen wij uw aanvraag misschien niet afmaken.
inv-company = U mag iemand meenemen naar het gesprek. Bijvoorbeeld iemand uit uw familie of een vriend.
inv-laws = { $scheme ->
    [wmo] Wij nodigen u uit op grond van artikel 2.3.2 van de Wet maatschappelijke ondersteuning 2015.
   *[other] Wij nodigen u uit op grond van artikel 17 van de Participatiewet. U moet meewerken aan het onderzoek naar uw aanvraag.
} Lees de regels op wetten.overheid.nl.
