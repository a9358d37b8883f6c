# Invitation to an interview about an application (Participation Act art. 17; Social Support Act 2015 art. 2.3.2).
inv-title = Invitation to an interview
inv-scheme = { $scheme ->
    [bijstand] social assistance (bijstand)
    [bijzonderebijstand] special assistance (bijzondere bijstand)
   *[wmo] support under the Social Support Act (Wmo)
}
inv-intro = On { $applied } you applied for { inv-scheme }. We would like to talk to you about your application.
inv-when-title = Your appointment
inv-when = Please come on **{ $day }** at **{ $starts }**. The interview takes about { $minutes } minutes.
inv-where-heading = Where is the interview?
inv-where = The interview is at { $building }, { $address }. Please report to the front desk.
inv-bring-heading = What do you need to bring?
inv-bring = { $item ->
    [identiteitsbewijs] Your passport, ID card or residence document.
    [bankafschrift] Your bank statements for the last month.
    [loonstrook] Your most recent payslip.
    [huurcontract] Your rental contract.
    [polis] Your health insurance policy.
   *[indicatie] Letters from your doctor or specialist, if you have any.
}
inv-cannot-heading = What if you cannot come?
inv-cannot = Call us as soon as possible on { $phone }. We will make a new appointment with you.
inv-absent-title = If you do not come
inv-absent = If you do not come and do not call us, we may not be able to finish your application.
inv-company = You can bring someone with you to the interview, for example a family member or a friend.
inv-laws = { $scheme ->
    [wmo] We are inviting you under article 2.3.2 of the Social Support Act 2015 (Wet maatschappelijke ondersteuning 2015).
   *[other] We are inviting you under article 17 of the Participation Act (Participatiewet). You must help us look into your application.
} You can read the rules on wetten.overheid.nl.
