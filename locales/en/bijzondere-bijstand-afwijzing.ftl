# Decision: special assistance refused (Participation Act, section 35).
bba-title = You will not receive special assistance
bba-cost = { $cost ->
    [wasmachine] a washing machine
    [koelkast] a fridge
    [bril] glasses
    [tandarts] the dentist
    [eigenrisico] the compulsory excess of your health insurance
    [bewindvoering] the costs of financial administration
   *[verhuiskosten] the costs of your move
}
bba-intro = On { $requested } you asked for money for { bba-cost }.
bba-amount = You asked for { $amount }.
bba-no-heading = You will not get this money
bba-no = We have looked at your request. You will not receive special assistance.
bba-why-heading = Why do you not get this money?
bba-why-inkomen = Your income is above the limit. This is how we calculate it:
bba-income = Your income per month: { $amount }
bba-limit = The limit per month: { $amount }
bba-margin = What you have above the limit per month: { $amount }
bba-period = We look at { $months } months. In that time you have { $total } more than the limit. You can pay these costs yourself from that money.
bba-first = { $first ->
    [zorgverzekering] your health insurance
    [aanvullende-verzekering] your supplementary health insurance
    [uwv] UWV (the Employee Insurance Agency)
    [svb] SVB (the Social Insurance Bank)
    [toeslagen] the Benefits Office (Dienst Toeslagen)
   *[duo] DUO (student finance)
}
bba-why-voorliggend = { bba-first } pays these costs first. That is why we do not pay.
bba-can-voorliggend = Ask { bba-first } for the money. Does that not work? Then you can ask us again.
bba-why = { $reason ->
    [nietnodig] We do not think you need these costs. You can manage without them.
   *[achteraf] You had already paid the costs before you asked for money. So we could not check first if the costs were needed.
}
bba-can-heading = What can you still do?
bba-can = { $reason ->
    [inkomen] Save a small amount every month for these costs. Or ask us about a loan.
   *[other] Ask us what is possible. Maybe there is another scheme for you.
}
bba-help = Would you like help with money matters? Call us on { $phone }. We help you for free.
bba-debt = Do you have debts? Then visit the Money Desk (Geldloket) in the town hall.
bba-laws = { $reason ->
    [voorliggend] This decision is based on sections 15 and 35 of the Participation Act (Participatiewet).
    [achteraf] This decision is based on sections 35 and 44 of the Participation Act (Participatiewet).
   *[other] This decision is based on section 35 of the Participation Act (Participatiewet).
} Read the rules on wetten.overheid.nl.
