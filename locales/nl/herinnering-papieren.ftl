# Herinnering: de hersteltermijn (Awb 4:5) loopt bijna af en er ontbreken nog papieren.
rem-title = Herinnering: stuur uw papieren op tijd
rem-scheme = { $scheme ->
    [bijstand] een bijstandsuitkering
    [bijzonderebijstand] bijzondere bijstand
   *[kwijtschelding] kwijtschelding van gemeentelijke belastingen
}
rem-intro = Op { $asked } stuurden wij u een brief. Daarin vroegen wij papieren voor uw aanvraag voor { rem-scheme }. Wij hebben nog niet alles gekregen.
rem-deadline-title = Stuur de papieren uiterlijk op { $due }
rem-deadline = { $count ->
    [one] Wij hebben het papier uiterlijk op **{ $due }** nodig. Krijgen wij het niet op tijd?
   *[other] Wij hebben de { $count } papieren uiterlijk op **{ $due }** nodig. Krijgen wij ze niet op tijd?
} Dan behandelen wij uw aanvraag niet.
rem-list-heading = { $count ->
    [one] Dit papier missen wij nog
   *[other] Deze papieren missen wij nog
}
rem-item = { $kind ->
    [bankafschrift] Bankafschriften van al uw rekeningen.
    [loonstrook] Uw loonstroken.
    [identiteitsbewijs] Een kopie van uw paspoort, ID-kaart of verblijfsdocument.
    [huurcontract] Uw huurcontract.
    [factuur] De factuur of offerte.
    [polis] Uw verzekeringspolis.
   *[jaaropgave] Uw jaaropgave.
}
rem-how-heading = Hoe stuurt u de papieren?
rem-upload = Zet de papieren op internet: [{ $url }]({ $url }). Vul daar ons kenmerk in: { $reference }.
rem-post = Of stuur kopieën met de post. Schrijf ons kenmerk { $reference } op de envelop. Ons adres is:
rem-help = Lukt het niet op tijd? Of heeft u hulp nodig? Bel ons dan vóór die datum op { $phone }.
rem-sent = Heeft u de papieren al gestuurd? Dan hoeft u niets te doen.
rem-laws = Wij vragen de papieren op grond van artikel 4:2 en artikel 4:5 van de Algemene wet bestuursrecht. Lees de regels op wetten.overheid.nl.
