# Decision: special assistance refused (Participation Act, article 35).
bba-title = You will not get special assistance
bba-cost = { $cost ->
    [wasmachine] a washing machine
    [koelkast] a fridge
    [bril] glasses
    [tandarts] dental treatment
    [eigenrisico] the compulsory excess (eigen risico) of your health insurance
    [bewindvoering] the costs of financial administration (bewindvoering)
   *[verhuiskosten] your move
}
bba-intro = On { $requested } you asked us for money for { bba-cost }.
bba-amount = You asked for { $amount }.
bba-no-heading = You will not get this money
bba-no = We have looked at your application. You will not get special assistance (bijzondere bijstand).
bba-why-heading = Why will you not get this money?
bba-why-inkomen = Your income is above the limit. This is our calculation:
bba-income = Your income per month: { $amount }
bba-limit = The limit per month: { $amount }
bba-margin = The amount above the limit per month: { $amount }
bba-period = Over { $months } months, you have { $total } more than the limit. You can use that money to pay these costs yourself.
bba-first = { $first ->
    [zorgverzekering] your health insurance
    [aanvullende-verzekering] your supplementary health insurance
    [uwv] the Employee Insurance Agency (UWV)
    [svb] the Social Insurance Bank (SVB)
    [toeslagen] the Benefits Office (Dienst Toeslagen)
   *[duo] the student finance agency (DUO)
}
bba-why-voorliggend = First, { bba-first } has to pay these costs. That is why we do not pay them.
bba-can-voorliggend = Ask { bba-first } for the money. If that does not work, you can ask us again.
bba-why = { $reason ->
    [nietnodig] We do not think these costs are necessary for you. You can manage without them.
   *[achteraf] You already had these costs before you asked us for money. So we could not check beforehand whether the costs were necessary.
}
bba-can-heading = What can you do now?
bba-can = { $reason ->
    [inkomen] Save a small amount every month for these costs. Or ask us about a loan.
   *[other] Ask us what is possible. Perhaps another scheme can help you.
}
bba-help = For free help with money matters, call us on { $phone }.
bba-debt = If you have debts, visit the Money Desk (Geldloket) at the town hall.
bba-laws = { $reason ->
    [voorliggend] We made this decision under articles 15 and 35 of the Participation Act (Participatiewet).
    [achteraf] We made this decision under articles 35 and 44 of the Participation Act (Participatiewet).
   *[other] We made this decision under article 35 of the Participation Act (Participatiewet).
} You can read the rules on wetten.overheid.nl.
