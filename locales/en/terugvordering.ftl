# Decision: recovery of benefit paid too much, with a payment plan (Participation Act art. 58, 60).
tv-title = Paying back part of your benefit
tv-scheme = { $scheme ->
    [bijstand] social assistance (bijstand)
   *[bijzonderebijstand] special assistance (bijzondere bijstand)
}
tv-intro = From { $from } to { $until }, you received too much { tv-scheme }. We are asking you to pay this money back.
tv-amount-title = You have to pay back { $amount }
tv-amount = In total, you have to pay back **{ $amount }**. You do not have to pay it all at once: you pay part of it every month.
tv-why-heading = Why are we asking for money back?
tv-why = { $reason ->
    [inkomen] During that time, you also had other income. You did not tell us about it. So you received too much money.
    [vermogen] During that time, you had more money in the bank than the limit. You did not tell us about it. So you received too much money.
   *[samenwonen] During that time, you lived with someone. You did not tell us about it. People who live together get less social assistance. So you received too much money.
}
tv-plan-heading = How will you pay it back?
tv-plan = You pay **{ $monthly }** a month, { $payments } times. The first payment is in **{ $start }**.
tv-method = { $method ->
    [inhouding] We take the amount off your benefit every month, so you do not need to do anything.
   *[overmaken] You transfer the amount yourself every month. The payment agreement that comes with this letter explains how to pay.
}
tv-less = If you cannot pay this amount, call us on { $phone }. You will always keep enough money to live on.
tv-debt = If you have other debts, visit the Money Desk (Geldloket) at the town hall. Our help is free.
tv-laws = We made this decision under articles 17, 58 and 60 of the Participation Act (Participatiewet). You can read the rules on wetten.overheid.nl.
