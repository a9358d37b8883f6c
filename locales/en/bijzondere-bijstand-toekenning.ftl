# Decision: special assistance granted (Participation Act, section 35).
bbt-title = You will receive special assistance
bbt-cost = { $cost ->
    [wasmachine] a washing machine
    [koelkast] a fridge
    [bril] glasses
    [tandarts] the dentist
    [eigenrisico] the compulsory excess of your health insurance
    [bewindvoering] the costs of financial administration
   *[verhuiskosten] the costs of your move
}
bbt-intro = On { $requested } you asked for money for { bbt-cost }. We have looked at your request. You will receive this money.
bbt-what-heading = What will you receive?
bbt-amount = You will receive **{ $amount }**.
bbt-payment = We will pay the money on **{ $date }**. The money goes into your bank account.
bbt-gift = You do not have to pay this money back.
bbt-loan = This money is a loan. You pay no interest. You pay the money back in { $payments } payments. Every month you pay **{ $monthly }**. The first payment is in **{ $start }**.
bbt-agreement = The terms of the loan are in the loan agreement. { $agreement ->
    [bijlage] It comes with this letter.
   *[apart] You will receive it by post within a week.
} Sign it and send it back to us.
bbt-why-heading = Why do you get this money?
bbt-why = You need money for { bbt-cost }. You do not have enough money to pay for this yourself. That is why we help you.
bbt-do-heading = What do you need to do?
bbt-receipt = Keep the receipt or the invoice. We may ask you to show it.
bbt-changes = Does something change in your income or your family? Then tell us.
bbt-laws = This decision is based on section 35 of the Participation Act (Participatiewet). Read the rules on wetten.overheid.nl.
