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
