# Decision: tailored support under the Social Support Act granted (Wmo 2015 s. 2.3.5; own contribution s. 2.1.4).
wmo-title = You will receive support under the Wmo
wmo-service = { $service ->
    [huishouden] help with household tasks
   *[begeleiding] personal guidance
}
wmo-intro = On { $requested } you asked for support under the Social Support Act (Wmo). We talked with you and looked at your request. You will receive { wmo-service }.
wmo-what-heading = What support will you receive?
wmo-amount = You will receive **{ $minutes } minutes** of { wmo-service } every week.
wmo-period = The support starts on **{ $starts }**. You receive it up to and including **{ $ends }**.
wmo-provider = { $provider } gives you the support. They will call you to make an appointment.
wmo-contribution = You pay a contribution of **{ $amount }** per month. The CAK sends you a bill for it.
wmo-why-heading = Why do you receive this support?
wmo-why = { $service ->
    [huishouden] You can no longer keep your home clean yourself. Your family or neighbours cannot do it for you either.
   *[begeleiding] You need help to plan your day and deal with your post. Your family or neighbours cannot do it for you.
} That is why you receive this support.
wmo-do-heading = What do you need to do?
wmo-changes = Does something change in your health or your family? Then tell us.
wmo-renew = Do you still need the support after that? Then apply again 2 months before it ends.
wmo-laws = This decision is based on section 2.3.5 of the Social Support Act 2015 (Wmo 2015) and the municipality's Social Support Bylaw. The contribution is set in section 2.1.4 of that act. Read the rules on wetten.overheid.nl.
