# Texts every decision letter shares: the objection clause (Awb 3:45, 6:7, 6:8).
objection-what = You can object to this decision. You then ask the Municipal Executive (college van burgemeester en wethouders) to look at the decision again.
objection-deadline = We must receive your objection by **{ $deadline }** at the latest.
objection-how = Object online: [{ $url }]({ $url }). Or send a letter.
objection-letter = Put in your letter:
objection-letter-name = your name and address
objection-letter-date = the date
objection-letter-reference = our reference: { $reference }
objection-letter-why = why you disagree
objection-letter-sign = your signature
objection-send = Send the letter to the Municipal Executive:
objection-talk = Would you like to talk to us first? Call { $phone }. Objecting is free of charge.
questions = Do you have questions? Call { $name } on { $phone }. Or email [{ $email }](mailto:{ $email }).
laws-heading = Which rules apply?

## The remedy clause chosen by the template's `remedy` (template.toml): bezwaar to the body
## that decided, or administratief beroep to the college, whose decision is final
## (kwijtschelding: Gemeentewet art. 255 lid 6 with Invorderingswet 1990 art. 26).
remedy-what = { $remedy ->
    [administratief-beroep] You can appeal against this decision (administratief beroep). You then ask the Municipal Executive (college van burgemeester en wethouders) to look at the decision again. The decision of the Municipal Executive is final. You cannot go to court after that.
   *[bezwaar] { objection-what }
}
remedy-deadline = { $remedy ->
    [administratief-beroep] The Municipal Executive must receive your appeal by **{ $deadline }** at the latest.
   *[bezwaar] { objection-deadline }
}
remedy-how = { $remedy ->
    [administratief-beroep] Send a letter.
   *[bezwaar] { objection-how }
}
remedy-talk = { $remedy ->
    [administratief-beroep] Would you like to talk to us first? Call { $phone }. Appealing is free of charge.
   *[bezwaar] { objection-talk }
}
