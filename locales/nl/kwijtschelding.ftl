# Besluit op een verzoek om kwijtschelding van gemeentelijke belastingen (Gemeentewet art. 255,
# Invorderingswet 1990 art. 26, Uitvoeringsregeling Invorderingswet 1990, Leidraad invordering).
kw-title = Ons besluit over uw verzoek om kwijtschelding
kw-intro = Op { $applied } vroeg u om kwijtschelding van de gemeentelijke belastingen van { $year }. Dat is de aanslag met nummer { $assessment }. Wij hebben uw verzoek bekeken.
kw-tax = { $tax ->
    [afvalstoffenheffing] afvalstoffenheffing (voor uw afval)
    [rioolheffing] rioolheffing (voor het riool)
    [onroerendezaakbelasting] onroerendezaakbelasting (ozb)
   *[hondenbelasting] hondenbelasting
}
kw-yes-title = U hoeft niets te betalen
kw-yes = U krijgt kwijtschelding voor het hele bedrag van **{ $total }**.
kw-taxes-heading = Voor welke belastingen?
kw-yes-done = U hoeft niets te doen. Heeft u al iets betaald? Dan krijgt u dat terug op uw bankrekening.
kw-part-title = U hoeft een deel niet te betalen
kw-part = U krijgt kwijtschelding voor **{ $remitted }**. De belasting is { $total }.
kw-no-title = U krijgt geen kwijtschelding
kw-no = U moet de belasting van **{ $total }** zelf betalen.
kw-why-heading = { $outcome ->
    [gedeeltelijk] Waarom niet voor alles?
   *[afgewezen] Waarom krijgt u geen kwijtschelding?
}
kw-why-income = Uw inkomen is { $income } per maand. De kosten die meetellen zijn { $costs } per maand. Dat is de bijstandsnorm en een deel van uw woonkosten. U houdt dus { $margin } per maand over.
kw-why-year = Wij kijken naar 12 maanden. In die tijd houdt u { $capacity } over. { $outcome ->
    [gedeeltelijk] Dat deel kunt u zelf betalen.
   *[afgewezen] Dat is meer dan de belasting van { $total }. U kunt de belasting dus zelf betalen.
}
kw-why-assets = U heeft { $assets } aan geld en bezit. U mag { $limit } houden. U heeft { $over } meer. { $outcome ->
    [gedeeltelijk] Dat deel kunt u zelf betalen.
   *[afgewezen] Daarmee kunt u de belasting van { $total } zelf betalen.
}
kw-pay-title = Betaal { $amount }
kw-pay = Betaal **{ $amount }** uiterlijk op **{ $by }**. Zet het nummer { $assessment } bij uw betaling.
kw-debt = Kunt u niet in één keer betalen? Of heeft u zorgen over geld? Kom dan langs bij het Geldloket in het stadhuis. Wij helpen u gratis.
kw-laws = { $outcome ->
    [toegekend] Dit besluit is gebaseerd op artikel 255 van de Gemeentewet en artikel 26 van de Invorderingswet 1990.
   *[other] Dit besluit is gebaseerd op artikel 255 van de Gemeentewet en artikel 26 van de Invorderingswet 1990. Ook de Uitvoeringsregeling Invorderingswet 1990 geldt.
} Hoe wij rekenen, staat in de Leidraad invordering van de gemeente. Lees de regels op wetten.overheid.nl.
