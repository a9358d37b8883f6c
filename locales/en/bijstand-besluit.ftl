# Decision on an application for social assistance (Participation Act s. 11, 21, 31, 34, 43).
bs-title = Our decision on your application for social assistance
bs-intro = On { $applied } you applied for social assistance (bijstand). We have looked at your application.
bs-household = { $household ->
    [alleenstaand] for yourself
    [alleenstaande-ouder] for you as a single parent
   *[samen] for you and your partner together
}
bs-yes-title = You will receive social assistance
bs-yes = You will receive a social assistance benefit { bs-household }.
bs-what-heading = What will you receive?
bs-amount = You will receive **{ $amount }** per month. The money goes into your bank account.
bs-start = You receive social assistance from **{ $starts }**.
bs-duties-heading = What do you need to do?
bs-duty-tell = Does something change in your income, your savings or your family? Then tell us at once.
bs-duty-work = Look for work, or take part in what we agree with you to find work.
bs-no-title = You will not receive social assistance
bs-no = You will not receive a social assistance benefit.
bs-why-heading = Why do you not receive social assistance?
bs-why-inkomen = Your income is { $income } per month. The assistance for you is { $norm } per month. Your income is higher. That is why you do not receive social assistance.
bs-why-vermogen = You have { $assets } in money and property. The limit for you is { $limit }. You have more than the limit. That is why you do not receive social assistance.
bs-why-medewerking = We asked you for documents. We did not receive them in time. So we could not check if you have a right to social assistance.
bs-can-heading = What can you still do?
bs-can = { $reason ->
    [vermogen] Live on your own money first. Is it less than the limit? Then apply again.
    [medewerking] Apply again. Send all documents with your application straight away.
   *[other] Does your income change? Then apply again.
}
bs-debt = Do you have debts or worries about money? Then visit the Money Desk (Geldloket) in the town hall. We help you for free.
bs-laws = { $outcome ->
    [toegekend] This decision is based on sections 11, 17, 21 and 43 of the Participation Act (Participatiewet). What you must tell us is in section 17. What you do to find work is in section 9.
   *[afgewezen] This decision is based on sections 11, 31, 34 and 43 of the Participation Act (Participatiewet), and section 4:5 of the General Administrative Law Act (Awb).
} Read the rules on wetten.overheid.nl.
