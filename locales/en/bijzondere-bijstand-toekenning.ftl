# Decision: special assistance granted (Participation Act, article 35).
bbt-title = You will get special assistance
bbt-cost = { $cost ->
    [wasmachine] a washing machine
    [koelkast] a fridge
    [bril] glasses
    [tandarts] dental treatment
    [eigenrisico] the compulsory excess (eigen risico) of your health insurance
    [bewindvoering] the costs of financial administration (bewindvoering)
   *[verhuiskosten] your move
}
bbt-intro = On { $requested } you asked us for money for { bbt-cost }. We have looked at your application. You will get this money.
bbt-what-heading = What will you get?
bbt-amount = You will get **{ $amount }**.
bbt-payment = We will pay the money into your bank account on **{ $date }**.
bbt-gift = You do not have to pay this money back.
bbt-loan = This money is a loan. You do not pay interest. You pay the money back in { $payments } monthly payments of **{ $monthly }**. The first payment is in **{ $start }**.
bbt-agreement = The terms of the loan are in the loan agreement. { $agreement ->
    [bijlage] It comes with this letter.
   *[apart] You will get it by post within a week.
} Please sign it and send it back to us.
bbt-why-heading = Why will you get this money?
bbt-why = You need money for { bbt-cost }. You do not have enough money to pay for it yourself. That is why we are helping you.
bbt-do-heading = What do you need to do?
bbt-receipt = Keep the receipt or the invoice. We can ask you to show it to us.
bbt-changes = If anything changes in your income or your family, tell us.
bbt-laws = We made this decision under article 35 of the Participation Act (Participatiewet). You can read the rules on wetten.overheid.nl.
