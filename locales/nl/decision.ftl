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

## The remedy clause chosen by the template's `remedy` (template.toml): bezwaar to the body
## that decided, or administratief beroep to the college, whose decision is final
## (kwijtschelding: Gemeentewet art. 255 lid 6 with Invorderingswet 1990 art. 26).
remedy-what = { $remedy ->
    [administratief-beroep] U kunt in beroep gaan tegen dit besluit. U vraagt het college van burgemeester en wethouders dan om opnieuw naar het besluit te kijken. Het besluit van het college is definitief. U kunt daarna niet naar de rechter.
   *[bezwaar] { objection-what }
}
remedy-deadline = { $remedy ->
    [administratief-beroep] Uw beroep moet uiterlijk op **{ $deadline }** bij het college zijn.
   *[bezwaar] { objection-deadline }
}
remedy-how = { $remedy ->
    [administratief-beroep] Stuur een brief.
   *[bezwaar] { objection-how }
}
remedy-talk = { $remedy ->
    [administratief-beroep] Wilt u eerst met ons praten? Bel dan { $phone }. In beroep gaan is gratis.
   *[bezwaar] { objection-talk }
}
