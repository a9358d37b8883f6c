# Decision on a request for remission (kwijtschelding) of municipal taxes (Gemeentewet art. 255,
# Invorderingswet 1990 art. 26, Uitvoeringsregeling Invorderingswet 1990, Leidraad invordering).
kw-title = Our decision on your request for remission of municipal taxes
kw-intro = On { $applied } you asked us for remission (kwijtschelding) of your municipal taxes for { $year }. This is tax bill (aanslag) number { $assessment }. We have looked at your request.
kw-tax = { $tax ->
    [afvalstoffenheffing] waste collection charge (afvalstoffenheffing)
    [rioolheffing] sewerage charge (rioolheffing)
    [onroerendezaakbelasting] property tax (onroerendezaakbelasting, ozb)
   *[hondenbelasting] dog tax (hondenbelasting)
}
kw-yes-title = You do not have to pay anything
kw-yes = We cancel the full amount of **{ $total }**.
kw-taxes-heading = Which taxes does this cover?
kw-yes-done = You do not need to do anything. If you have already paid something, we will pay it back into your bank account.
kw-part-title = You do not have to pay part of the tax
kw-part = We cancel **{ $remitted }** of the tax. The total tax is { $total }.
kw-no-title = You will not get remission
kw-no = You have to pay the tax of **{ $total }** yourself.
kw-why-heading = { $outcome ->
    [gedeeltelijk] Why do you still have to pay part of it?
   *[afgewezen] Why will you not get remission?
}
kw-why-income = Your income is { $income } a month. The costs we take into account are { $costs } a month. These are the social assistance standard amount and part of your housing costs. So you have { $margin } a month left over.
kw-why-year = We look at 12 months. In that time, you have { $capacity } left over. { $outcome ->
    [gedeeltelijk] You can pay that part yourself.
   *[afgewezen] That is more than the tax of { $total }. So you can pay the tax yourself.
}
kw-why-assets = You have { $assets } in money and possessions. You can keep { $limit }. You have { $over } more than that. { $outcome ->
    [gedeeltelijk] You can pay that part yourself.
   *[afgewezen] With that money, you can pay the tax of { $total } yourself.
}
kw-pay-title = Pay { $amount }
kw-pay = Please pay **{ $amount }** by **{ $by }**. Use the number { $assessment } as the payment reference.
kw-debt = If you cannot pay it all at once, visit the Money Desk (Geldloket) at the town hall. We can also help if you are worried about money. Our help is free.
kw-laws = { $outcome ->
    [toegekend] We made this decision under article 255 of the Municipalities Act (Gemeentewet). Article 26 of the Collection Act 1990 (Invorderingswet 1990) also applies.
   *[other] We made this decision under article 255 of the Municipalities Act (Gemeentewet). Article 26 of the Collection Act 1990 (Invorderingswet 1990) also applies. So does its implementing regulation (Uitvoeringsregeling Invorderingswet 1990).
} The municipality's collection guidelines (Leidraad invordering) explain how we calculate it. You can read the rules on wetten.overheid.nl.
