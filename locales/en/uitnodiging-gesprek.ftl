# Invitation to an interview about an application (Participation Act s. 17; Social Support Act 2015 s. 2.3.2).
inv-title = We invite you to an interview
inv-scheme = { $scheme ->
    [bijstand] social assistance benefit (bijstand)
    [bijzonderebijstand] special assistance (bijzondere bijstand)
   *[wmo] support under the Social Support Act (Wmo)
}
inv-intro = On { $applied } you applied for { inv-scheme }. We would like to talk with you about your application.
inv-when-title = Your appointment
inv-when = You are welcome on **{ $day }** at **{ $starts }**. The interview takes about { $minutes } minutes.
inv-where-heading = Where is the interview?
inv-where = The interview is at { $building }, { $address }. Report to the desk.
inv-bring-heading = What do you bring?
inv-bring = { $item ->
    [identiteitsbewijs] Your passport, ID card or residence document.
    [bankafschrift] Your bank statements of the last month.
    [loonstrook] Your latest payslip.
    [huurcontract] Your rental contract.
    [polis] The policy of your health insurance.
   *[indicatie] Letters from your doctor or specialist, if you have them.
}
inv-cannot-heading = Can you not come?
inv-cannot = Then call us as soon as possible on { $phone }. We will then make a new appointment with you.
inv-absent-title = Will you not come?
inv-absent = If you do not come and do not call us, we may not be able to finish your application.
inv-company = You may bring someone to the interview. For example someone from your family or a friend.
inv-laws = { $scheme ->
    [wmo] We invite you under section 2.3.2 of the Social Support Act 2015 (Wmo 2015).
   *[other] We invite you under section 17 of the Participation Act (Participatiewet). You must help us look into your application.
} Read the rules on wetten.overheid.nl.
