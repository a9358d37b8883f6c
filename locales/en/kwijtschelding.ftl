# Decision on a request for remission (kwijtschelding) of municipal taxes (Gemeentewet art. 255,
# Invorderingswet 1990 art. 26, Uitvoeringsregeling Invorderingswet 1990, Leidraad invordering).
kw-title = Our decision on your request for remission of municipal taxes
kw-intro = On { $applied } you asked for remission (kwijtschelding) of the municipal taxes for { $year }. That is the tax assessment with number { $assessment }. We have looked at your request.
kw-tax = { $tax ->
    [afvalstoffenheffing] waste collection charge (afvalstoffenheffing)
    [rioolheffing] sewerage charge (rioolheffing)
    [onroerendezaakbelasting] property tax (onroerendezaakbelasting)
   *[hondenbelasting] dog tax (hondenbelasting)
}
kw-yes-title = You do not have to pay anything
kw-yes = You get remission of the full amount of **{ $total }**.
kw-taxes-heading = For which taxes?
kw-yes-done = You do not have to do anything. Have you already paid something? Then we will pay it back into your bank account.
kw-part-title = You do not have to pay part of it
kw-part = You get remission of **{ $remitted }**. The tax is { $total }.
kw-no-title = You do not get remission
kw-no = You have to pay the tax of **{ $total }** yourself.
kw-why-heading = { $outcome ->
    [gedeeltelijk] Why not all of it?
   *[afgewezen] Why do you not get remission?
}
kw-why-income = Your income is { $income } a month. The costs that count are { $costs } a month. That is the social assistance standard and part of your housing costs. So you have { $margin } a month left.
kw-why-year = We look at 12 months. In that time you have { $capacity } left. { $outcome ->
    [gedeeltelijk] You can pay that part yourself.
   *[afgewezen] That is more than the tax of { $total }. So you can pay the tax yourself.
}
kw-why-assets = You have { $assets } in money and property. You may keep { $limit }. You have { $over } more. { $outcome ->
    [gedeeltelijk] You can pay that part yourself.
   *[afgewezen] With that you can pay the tax of { $total } yourself.
}
kw-pay-title = Pay { $amount }
kw-pay = Pay **{ $amount }** by **{ $by }** at the latest. Put the number { $assessment } with your payment.
kw-debt = Can you not pay it all at once? Or are you worried about money? Then come to the Money Desk (Geldloket) in the city hall. We help you free of charge.
kw-laws = { $outcome ->
    [toegekend] This decision is based on article 255 of the Municipalities Act (Gemeentewet) and article 26 of the Collection Act 1990 (Invorderingswet 1990).
   *[other] This decision is based on article 255 of the Municipalities Act (Gemeentewet), article 26 of the Collection Act 1990 (Invorderingswet 1990) and its implementing regulation (Uitvoeringsregeling Invorderingswet 1990).
} How we calculate is in the municipality's collection guidelines (Leidraad invordering). Read the rules on wetten.overheid.nl.
