# Texts every decision letter shares: the objection clause (Awb 3:45, 6:7, 6:8).
objection-what = U kunt bezwaar maken tegen dit besluit. U vraagt het college van burgemeester en wethouders dan om opnieuw naar het besluit te kijken.
objection-deadline = Uw bezwaar moet uiterlijk op **{ $deadline }** bij ons zijn.
objection-how = Maak bezwaar op internet: [{ $url }]({ $url }). Of stuur een brief.
objection-letter = Zet in uw brief:
objection-letter-name = uw naam en adres
objection-letter-date = de datum
objection-letter-reference = ons kenmerk: { $reference }
objection-letter-why = waarom u het niet eens bent
objection-letter-sign = uw handtekening
objection-send = Stuur de brief naar het college:
objection-talk = Wilt u eerst met ons praten? Bel dan { $phone }. Bezwaar maken is gratis.
questions = Heeft u vragen? Bel { $name } op { $phone }. Of mail naar [{ $email }](mailto:{ $email }).
laws-heading = Welke regels gelden?
