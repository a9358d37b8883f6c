# Besluit: bijzondere bijstand toegekend (Participatiewet art. 35).
bbt-title = U krijgt bijzondere bijstand
bbt-cost = { $cost ->
    [wasmachine] een wasmachine
    [koelkast] een koelkast
    [bril] een bril
    [tandarts] de tandarts
    [eigenrisico] het eigen risico van uw zorgverzekering
    [bewindvoering] de kosten van bewindvoering
   *[verhuiskosten] de kosten van uw verhuizing
}
bbt-intro = Op { $requested } vroeg u geld voor { bbt-cost }. Wij hebben uw aanvraag bekeken. U krijgt dit geld.
bbt-what-heading = Wat krijgt u?
bbt-amount = U krijgt **{ $amount }**.
bbt-payment = Wij betalen het geld op **{ $date }**. Het geld komt op uw bankrekening.
bbt-gift = U hoeft dit geld niet terug te betalen.
bbt-loan = Dit geld is een lening. U betaalt geen rente. U betaalt het geld terug in { $payments } keer. Elke maand betaalt u **{ $monthly }**. De eerste keer is in **{ $start }**.
bbt-agreement = De afspraken over de lening staan in de leenovereenkomst. { $agreement ->
    [bijlage] Die zit bij deze brief.
   *[apart] Die krijgt u binnen een week met de post.
} Zet uw handtekening erop en stuur hem terug.
bbt-why-heading = Waarom krijgt u dit geld?
bbt-why = U heeft geld nodig voor { bbt-cost }. U heeft te weinig geld om dit zelf te betalen. Daarom helpen wij u.
bbt-do-heading = Wat moet u doen?
bbt-receipt = Bewaar de bon of de factuur. Wij kunnen u vragen om die te laten zien.
bbt-changes = Verandert er iets in uw inkomen of uw gezin? Geef dat dan aan ons door.
bbt-laws = Dit besluit is gebaseerd op artikel 35 van de Participatiewet. Lees de regels op wetten.overheid.nl.
