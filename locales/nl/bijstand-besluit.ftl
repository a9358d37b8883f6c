# Besluit op een aanvraag voor bijstand (Participatiewet art. 11, 21, 31, 34, 43).
bs-title = Ons besluit over uw aanvraag voor bijstand
bs-intro = Op { $applied } vroeg u bijstand aan. Wij hebben uw aanvraag bekeken.
bs-household = { $household ->
    [alleenstaand] voor u alleen
    [alleenstaande-ouder] voor u als alleenstaande ouder
   *[samen] voor u en uw partner samen
}
bs-yes-title = U krijgt bijstand
bs-yes = U krijgt een bijstandsuitkering { bs-household }.
bs-what-heading = Wat krijgt u?
bs-amount = U krijgt **{ $amount }** per maand. Het geld komt op uw bankrekening.
bs-start = U krijgt bijstand vanaf **{ $starts }**.
bs-duties-heading = Wat moet u doen?
bs-duty-tell = Verandert er iets in uw inkomen, uw geld op de bank of uw gezin? Geef dat dan meteen aan ons door.
bs-duty-work = Zoek werk, of doe mee aan wat wij met u afspreken om werk te vinden.
bs-no-title = U krijgt geen bijstand
bs-no = U krijgt geen bijstandsuitkering.
bs-why-heading = Waarom krijgt u geen bijstand?
bs-why-inkomen = Uw inkomen is { $income } per maand. De bijstand voor u is { $norm } per maand. Uw inkomen is hoger. Daarom krijgt u geen bijstand.
bs-why-vermogen = U heeft { $assets } aan geld en bezit. De grens voor u is { $limit }. U heeft meer dan de grens. Daarom krijgt u geen bijstand.
bs-why-medewerking = Wij vroegen u om papieren. Die hebben wij niet op tijd gekregen. Daarom konden wij niet kijken of u recht heeft op bijstand.
bs-can-heading = Wat kunt u nog doen?
bs-can = { $reason ->
    [vermogen] Leef eerst van uw eigen geld. Is het minder dan de grens? Vraag dan opnieuw bijstand aan.
    [medewerking] Vraag opnieuw bijstand aan. Stuur dan meteen alle papieren mee.
   *[other] Verandert uw inkomen? Vraag dan opnieuw bijstand aan.
}
bs-debt = Heeft u schulden of zorgen over geld? Kom dan langs bij het Geldloket in het stadhuis. Wij helpen u gratis.
bs-laws = { $outcome ->
    [toegekend] Dit besluit is gebaseerd op artikel 11, 17, 21 en 43 van de Participatiewet. Wat u moet doorgeven, staat in artikel 17. Wat u doet om werk te vinden, staat in artikel 9.
   *[afgewezen] Dit besluit is gebaseerd op artikel 11, 31, 34 en 43 van de Participatiewet. Ook artikel 4:5 van de Algemene wet bestuursrecht geldt.
} Lees de regels op wetten.overheid.nl.
