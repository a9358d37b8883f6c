# Verzoek om ontbrekende papieren met een hersteltermijn (Awb 4:5).
doc-title = Wij hebben nog papieren van u nodig
doc-scheme = { $scheme ->
    [bijstand] een bijstandsuitkering
    [bijzonderebijstand] bijzondere bijstand
   *[kwijtschelding] kwijtschelding van gemeentelijke belastingen
}
doc-kind = { $kind ->
    [bankafschrift] Bankafschriften van al uw rekeningen
    [loonstrook] Loonstroken
    [identiteitsbewijs] Een kopie van uw paspoort, ID-kaart of verblijfsdocument
    [huurcontract] Uw huurcontract
    [factuur] De factuur of offerte
    [polis] Uw verzekeringspolis
   *[jaaropgave] Uw jaaropgave
}
doc-intro = Op { $applied } vroeg u { doc-scheme } aan. Wij missen nog papieren. Zonder deze papieren kunnen wij uw aanvraag niet afmaken.
doc-deadline-title = Stuur de papieren uiterlijk op { $deadline }
doc-deadline = { $count ->
    [one] Stuur ons het papier uiterlijk op **{ $deadline }**.
   *[other] Stuur ons de { $count } papieren uiterlijk op **{ $deadline }**.
}
doc-list-heading = { $count ->
    [one] Dit papier hebben wij nodig
   *[other] Deze papieren hebben wij nodig
}
doc-item = { doc-kind }.
doc-item-period = { doc-kind } van { $from } tot en met { $until }.
doc-how-heading = Hoe stuurt u de papieren?
doc-upload = Zet de papieren op internet: [{ $url }]({ $url }). Vul daar ons kenmerk in: { $reference }.
doc-counter = Of breng de papieren naar het stadhuis: { $address }. U hoeft geen afspraak te maken.
doc-post = Of stuur kopieën met de post. Schrijf ons kenmerk { $reference } op de envelop. Stuur nooit de echte papieren. Ons adres is:
doc-late-title = Bent u te laat?
doc-late = Krijgen wij de papieren niet op tijd? Dan behandelen wij uw aanvraag niet. Lukt het niet op tijd? Bel ons dan vóór die datum op { $phone }.
doc-laws = Wij vragen de papieren op grond van artikel 4:2 en artikel 4:5 van de Algemene wet bestuursrecht. Lees de regels op wetten.overheid.nl.
