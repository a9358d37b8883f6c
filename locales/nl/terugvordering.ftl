# Besluit: terugvordering van te veel betaalde bijstand met een betaalregeling (Participatiewet art. 58, 60).
tv-title = Wij vragen geld van uw uitkering terug
tv-scheme = { $scheme ->
    [bijstand] bijstandsuitkering
   *[bijzonderebijstand] bijzondere bijstand
}
tv-intro = Van { $from } tot en met { $until } kreeg u te veel { tv-scheme }. Dat geld vragen wij terug.
tv-amount-title = U moet { $amount } terugbetalen
tv-amount = U betaalt in totaal **{ $amount }** terug. Dat hoeft niet in één keer: u betaalt elke maand een deel.
tv-why-heading = Waarom vragen wij geld terug?
tv-why = { $reason ->
    [inkomen] U had in die tijd ook ander inkomen. Dat heeft u niet aan ons doorgegeven. Daarom kreeg u te veel geld.
    [vermogen] U had in die tijd meer geld op de bank dan de grens. Dat heeft u niet aan ons doorgegeven. Daarom kreeg u te veel geld.
   *[samenwonen] U woonde in die tijd samen. Dat heeft u niet aan ons doorgegeven. Samen krijgt u minder bijstand. Daarom kreeg u te veel geld.
}
tv-plan-heading = Hoe betaalt u terug?
tv-plan = U betaalt elke maand **{ $monthly }**. Dat doet u { $payments } keer. De eerste keer is in **{ $start }**.
tv-method = { $method ->
    [inhouding] Wij halen het bedrag elke maand van uw uitkering af. U hoeft zelf niets te doen.
   *[overmaken] U maakt het bedrag elke maand zelf over. Hoe u betaalt, staat in de betaalafspraak bij deze brief.
}
tv-less = Kunt u dit bedrag niet betalen? Bel ons dan op { $phone }. U houdt altijd genoeg geld over om van te leven.
tv-debt = Heeft u meer schulden? Kom dan langs bij het Geldloket in het stadhuis. Wij helpen u gratis.
tv-laws = Dit besluit is gebaseerd op artikel 17, artikel 58 en artikel 60 van de Participatiewet. Lees de regels op wetten.overheid.nl.
