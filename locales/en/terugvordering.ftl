# Decision: recovery of benefit paid too much, with a payment plan (Participation Act s. 58, 60).
tv-title = We are asking you to pay back part of your benefit
tv-scheme = { $scheme ->
    [bijstand] social assistance benefit (bijstand)
   *[bijzonderebijstand] special assistance (bijzondere bijstand)
}
tv-intro = From { $from } up to and including { $until } you received too much { tv-scheme }. We are asking you to pay that money back.
tv-amount-title = You have to pay back { $amount }
tv-amount = In total you pay back **{ $amount }**. You do not have to pay it all at once: you pay part of it every month.
tv-why-heading = Why are we asking for money back?
tv-why = { $reason ->
    [inkomen] In that time you also had other income. You did not tell us. That is why you received too much money.
    [vermogen] In that time you had more money in the bank than the limit. You did not tell us. That is why you received too much money.
   *[samenwonen] In that time you lived together with someone. You did not tell us. Together you receive less assistance. That is why you received too much money.
}
tv-plan-heading = How do you pay it back?
tv-plan = You pay **{ $monthly }** every month. You do that { $payments } times. The first payment is in **{ $start }**.
tv-method = { $method ->
    [inhouding] We take the amount from your benefit every month. You do not need to do anything.
   *[overmaken] You transfer the amount yourself every month. How to pay is in the payment agreement that comes with this letter.
}
tv-less = Can you not pay this amount? Then call us on { $phone }. You always keep enough money to live on.
tv-debt = Do you have more debts? Then visit the Money Desk (Geldloket) in the town hall. We help you for free.
tv-laws = This decision is based on sections 17, 58 and 60 of the Participation Act (Participatiewet). Read the rules on wetten.overheid.nl.
