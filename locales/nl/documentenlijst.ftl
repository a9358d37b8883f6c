# De documentenlijst: één lijst met papieren voor alle regelingen samen.
cl-title = Deze papieren hebben wij van u nodig
cl-intro = { $count ->
    [one] U vroeg bij ons aan: { $schemes }.
   *[other] U vroeg bij ons { $count } regelingen aan: { $schemes }.
}
cl-once = { $count ->
    [0] U hoeft ons geen papieren te sturen.
    [one] Daarvoor hebben wij 1 papier van u nodig. U stuurt het maar één keer.
   *[other] Daarvoor hebben wij { $count } papieren van u nodig. U stuurt elk papier maar één keer.
}
cl-deadline-title = Stuur alles uiterlijk op { $deadline }
cl-keep-heading = { $count ->
    [one] Dit papier bewaart u. U stuurt het nu niet.
   *[other] Deze papieren bewaart u. U stuurt ze nu niet.
}
cl-not-needed-heading = Dit hoeft u niet te sturen
cl-how-heading = Hoe geeft u de papieren?
cl-upload = Upload de papieren op { $url } met ons kenmerk { $reference }.
cl-post = Of stuur kopieën met de post naar { $address }.
cl-counter = Moet u een origineel laten zien? Kom dan naar de balie: { $address }.
cl-late-title = Bent u te laat?
cl-late = Krijgen wij de papieren niet op tijd? Dan kunnen wij uw aanvraag misschien niet behandelen. Dat staat in artikel 4:5 van de Algemene wet bestuursrecht. Lukt het niet op tijd? Bel ons dan vóór die datum.
