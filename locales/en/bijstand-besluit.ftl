# Decision on an application for social assistance (Participation Act art. 11, 21, 31, 34, 43).
bs-title = Our decision on your application for social assistance
bs-intro = On { $applied } you applied for social assistance (bijstand). We have now looked at your application.
bs-household = { $household ->
    [alleenstaand] as a single person
    [alleenstaande-ouder] as a single parent
   *[samen] for you and your partner together
}
bs-yes-title = You will get social assistance
bs-yes = You will get social assistance (bijstand) { bs-household }.
bs-what-heading = What will you get?
bs-amount = You will get **{ $amount }** a month. We pay the money into your bank account.
bs-start = Your social assistance starts on **{ $starts }**.
bs-duties-heading = What do you need to do?
bs-duty-tell = Tell us straight away if anything changes in your income, the money in your bank account or your family.
bs-duty-work = Look for work. Or take part in the activities we agree with you to help you find work.
bs-no-title = You will not get social assistance
bs-no = You will not get social assistance (bijstand).
bs-why-heading = Why will you not get social assistance?
bs-why-inkomen = Your income is { $income } a month. The social assistance amount for you is { $norm } a month. Your income is higher than that. That is why you will not get social assistance.
bs-why-vermogen = You have { $assets } in money and possessions. The limit for you is { $limit }. You have more than the limit. That is why you will not get social assistance.
bs-why-medewerking = We asked you to send us documents. We did not get them in time. So we could not check whether you are entitled to social assistance.
bs-can-heading = What can you do now?
bs-can = { $reason ->
    [vermogen] First, live on your own money. When you have less than the limit, you can apply again.
    [medewerking] You can apply again. Send all the documents with your new application.
   *[other] If your income changes, you can apply again.
}
bs-debt = If you have debts or are worried about money, visit the Money Desk (Geldloket) at the town hall. Our help is free.
bs-laws = { $outcome ->
    [toegekend] We made this decision under articles 11, 17, 21 and 43 of the Participation Act (Participatiewet). Article 17 says what you must tell us. Article 9 says what you must do to find work.
   *[afgewezen] We made this decision under articles 11, 31, 34 and 43 of the Participation Act (Participatiewet). Article 4:5 of the General Administrative Law Act (Algemene wet bestuursrecht) also applies.
} You can read the rules on wetten.overheid.nl.
