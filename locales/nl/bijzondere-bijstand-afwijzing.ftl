# Besluit: bijzondere bijstand afgewezen (Participatiewet art. 35).
bba-title = U krijgt geen bijzondere bijstand
bba-cost = { $cost ->
    [wasmachine] een wasmachine
    [koelkast] een koelkast
    [bril] een bril
    [tandarts] de tandarts
    [eigenrisico] het eigen risico van uw zorgverzekering
    [bewindvoering] de kosten van bewindvoering
   *[verhuiskosten] de kosten van uw verhuizing
}
bba-intro = Op { $requested } vroeg u geld voor { bba-cost }.
bba-amount = U vroeg { $amount }.
bba-no-heading = U krijgt dit geld niet
bba-no = Wij hebben uw aanvraag bekeken. U krijgt geen bijzondere bijstand.
bba-why-heading = Waarom krijgt u dit geld niet?
bba-why-inkomen = Uw inkomen is hoger dan de grens. Zo rekenen wij:
bba-income = Uw inkomen per maand: { $amount }
bba-limit = De grens per maand: { $amount }
bba-margin = U heeft per maand meer dan de grens: { $amount }
bba-period = Wij kijken naar { $months } maanden. In die tijd heeft u { $total } meer dan de grens. Van dat geld kunt u deze kosten zelf betalen.
bba-first = { $first ->
    [zorgverzekering] uw zorgverzekering
    [aanvullende-verzekering] uw aanvullende zorgverzekering
    [uwv] het UWV
    [svb] de SVB
    [toeslagen] Dienst Toeslagen
   *[duo] DUO
}
bba-why-voorliggend = Eerst betaalt { bba-first } deze kosten. Daarom betalen wij niet.
bba-can-voorliggend = Vraag het geld aan bij { bba-first }. Lukt dat niet? Dan kunt u opnieuw geld bij ons vragen.
bba-why = { $reason ->
    [nietnodig] Wij vinden deze kosten niet nodig voor u. U kunt ook zonder deze kosten rondkomen.
   *[achteraf] U had de kosten al gemaakt voordat u geld vroeg. Wij konden daardoor niet vooraf kijken of de kosten nodig waren.
}
bba-can-heading = Wat kunt u nog doen?
bba-can = { $reason ->
    [inkomen] Spaar elke maand een klein bedrag voor deze kosten. Of vraag ons naar een lening.
   *[other] Vraag ons wat er wel kan. Misschien is er een andere regeling voor u.
}
bba-help = Wilt u hulp bij geldzaken? Bel ons op { $phone }. Wij helpen u gratis.
bba-debt = Heeft u schulden? Kom dan langs bij het Geldloket in het stadhuis.
bba-laws = { $reason ->
    [voorliggend] Dit besluit is gebaseerd op artikel 15 en artikel 35 van de Participatiewet.
    [achteraf] Dit besluit is gebaseerd op artikel 35 en artikel 44 van de Participatiewet.
   *[other] Dit besluit is gebaseerd op artikel 35 van de Participatiewet.
} Lees de regels op wetten.overheid.nl.
