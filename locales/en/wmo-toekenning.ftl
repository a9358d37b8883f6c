# Decision: tailored support under the Social Support Act granted (Wmo 2015 art. 2.3.5; own contribution art. 2.1.4).
wmo-title = You will get support under the Wmo
wmo-service = { $service ->
    [huishouden] help with housework
   *[begeleiding] personal support (begeleiding)
}
wmo-intro = On { $requested } you asked for support under the Social Support Act (Wmo). We talked to you and looked at your application. You will get { wmo-service }.
wmo-what-heading = What support will you get?
wmo-amount = You will get **{ $minutes } minutes** of { wmo-service } a week.
wmo-period = The support starts on **{ $starts }**. Its last day is **{ $ends }**.
wmo-provider = { $provider } will give you the support. They will call you to make an appointment.
wmo-contribution = You pay a personal contribution (eigen bijdrage) of **{ $amount }** a month. The CAK will send you a bill for it.
wmo-why-heading = Why will you get this support?
wmo-why = { $service ->
    [huishouden] You can no longer keep your home clean yourself. Your family or neighbours cannot do it for you either.
   *[begeleiding] You need help to plan your day and deal with your post. Your family or neighbours cannot do this for you.
} That is why you will get this support.
wmo-do-heading = What do you need to do?
wmo-changes = If anything changes in your health or your family, tell us.
wmo-renew = If you still need the support after that, apply again 2 months before it ends.
wmo-laws = We made this decision under article 2.3.5 of the Social Support Act 2015 (Wet maatschappelijke ondersteuning 2015). The municipality's Social Support Bylaw (Verordening maatschappelijke ondersteuning) also applies. Article 2.1.4 of the Act covers the personal contribution. You can read the rules on wetten.overheid.nl.
