# Besluit: maatwerkvoorziening Wmo toegekend (Wmo 2015 art. 2.3.5; eigen bijdrage art. 2.1.4).
wmo-title = U krijgt hulp via de Wmo
wmo-service = { $service ->
    [huishouden] hulp bij het huishouden
   *[begeleiding] begeleiding
}
wmo-intro = Op { $requested } vroeg u hulp via de Wmo. Wij hebben met u gepraat en uw aanvraag bekeken. U krijgt { wmo-service }.
wmo-what-heading = Welke hulp krijgt u?
wmo-amount = U krijgt **{ $minutes } minuten** { wmo-service } per week.
wmo-period = De hulp begint op **{ $starts }**. U krijgt de hulp tot en met **{ $ends }**.
wmo-provider = { $provider } geeft u de hulp. Zij bellen u om een afspraak te maken.
wmo-contribution = U betaalt een eigen bijdrage van **{ $amount }** per maand. Het CAK stuurt u daarvoor een rekening.
wmo-why-heading = Waarom krijgt u deze hulp?
wmo-why = { $service ->
    [huishouden] U kunt uw huis niet meer zelf schoonhouden. Uw familie of buren kunnen dat ook niet voor u doen.
   *[begeleiding] U heeft hulp nodig om uw dag te plannen en uw post te regelen. Uw familie of buren kunnen dat niet voor u doen.
} Daarom krijgt u deze hulp.
wmo-do-heading = Wat moet u doen?
wmo-changes = Verandert er iets in uw gezondheid of uw gezin? Geef dat dan aan ons door.
wmo-renew = Heeft u de hulp daarna nog nodig? Vraag het dan 2 maanden voor het einde opnieuw aan.
wmo-laws = Dit besluit is gebaseerd op artikel 2.3.5 van de Wet maatschappelijke ondersteuning 2015. Ook de Verordening maatschappelijke ondersteuning van de gemeente geldt. De eigen bijdrage staat in artikel 2.1.4 van die wet. Lees de regels op wetten.overheid.nl.
