# De documentenlijst: één lijst met papieren voor alle regelingen samen.
cl-title = Deze papieren hebben wij van u nodig
cl-intro = { $count ->
    [one] U vroeg deze regeling bij ons aan:
   *[other] U vroeg deze { $count } regelingen bij ons aan:
}
cl-once = { $count ->
    [0] Wij hebben geen papieren van u nodig.
    [one] Wij hebben daarvoor 1 papier van u nodig. U stuurt het maar één keer.
   *[other] Wij hebben daarvoor { $count } papieren van u nodig. U stuurt elk papier maar één keer.
}
cl-deadline-title = Stuur alles uiterlijk op { $deadline }
cl-deadline = Bij elk papier staat de datum. Stuurt u alles tegelijk? Dan bent u op tijd.
cl-not-needed-heading = Dit hoeft u niet te sturen
cl-not-needed = Deze gegevens hebben wij al. Of wij zoeken ze zelf op.
cl-how-heading = Hoe stuurt u de papieren?
cl-upload = Zet de papieren op [onze website]({ $url }). Vul daar ons kenmerk in: { $reference }.
cl-counter = Of breng de papieren naar het stadhuis. U hoeft geen afspraak te maken.
cl-pointer-title = Dit vraagt u zelf aan
