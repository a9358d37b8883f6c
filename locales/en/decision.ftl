# Texts every decision letter shares: the objection clause (Awb 3:45, 6:7, 6:8).
objection-what = You can object to this decision. The Municipal Executive (college van burgemeester en wethouders) then looks at it again.
objection-deadline = Your objection must reach us by **{ $deadline }**.
objection-how = Object online at [{ $url }]({ $url }), or send us a letter.
objection-letter = In your letter, write:
objection-letter-name = your name and address
objection-letter-date = the date
objection-letter-reference = our reference: { $reference }
objection-letter-why = why you disagree with the decision
objection-letter-sign = your signature
objection-send = Send your letter to the Municipal Executive:
objection-talk = If you want to talk to us first, call { $phone }. Objecting is free.
questions = If you have questions, call { $name } on { $phone } or email [{ $email }](mailto:{ $email }).
laws-heading = Which rules apply?

## The remedy clause chosen by the template's `remedy` (template.toml): bezwaar to the body
## that decided, or administratief beroep to the college, whose decision is final
## (kwijtschelding: Gemeentewet art. 255 lid 6 with Invorderingswet 1990 art. 26).
remedy-what = { $remedy ->
    [administratief-beroep] You can appeal against this decision (administratief beroep). The Municipal Executive (college van burgemeester en wethouders) then looks at it again. Their decision is final. You cannot go to court after that.
   *[bezwaar] { objection-what }
}
remedy-deadline = { $remedy ->
    [administratief-beroep] Your appeal must reach the Municipal Executive by **{ $deadline }**.
   *[bezwaar] { objection-deadline }
}
remedy-how = { $remedy ->
    [administratief-beroep] To appeal, send a letter.
   *[bezwaar] { objection-how }
}
remedy-talk = { $remedy ->
    [administratief-beroep] If you want to talk to us first, call { $phone }. Appealing is free.
   *[bezwaar] { objection-talk }
}
