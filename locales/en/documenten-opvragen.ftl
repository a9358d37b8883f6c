# Request for missing documents with a repair term (General Administrative Law Act 4:5).
doc-title = We need more documents from you
doc-scheme = { $scheme ->
    [bijstand] social assistance (bijstand)
    [bijzonderebijstand] special assistance (bijzondere bijstand)
   *[kwijtschelding] remission of municipal taxes (kwijtschelding)
}
doc-kind = { $kind ->
    [bankafschrift] Bank statements for all your accounts
    [loonstrook] Payslips
    [identiteitsbewijs] A copy of your passport, ID card or residence document
    [huurcontract] Your rental contract
    [factuur] The invoice or quote
    [polis] Your insurance policy
   *[jaaropgave] Your annual income statement
}
doc-intro = On { $applied } you applied for { doc-scheme }. Some documents are still missing. Without them, we cannot finish dealing with your application.
doc-deadline-title = Send the documents by { $deadline }
doc-deadline = { $count ->
    [one] Please send us the document by **{ $deadline }**.
   *[other] Please send us the { $count } documents by **{ $deadline }**.
}
doc-list-heading = { $count ->
    [one] The document we need
   *[other] The documents we need
}
doc-item = { doc-kind }.
doc-item-period = { doc-kind } from { $from } to { $until }.
doc-how-heading = How can you send the documents?
doc-upload = Upload the documents at [{ $url }]({ $url }). Enter our reference: { $reference }.
doc-counter = Or bring the documents to the town hall: { $address }. You do not need an appointment.
doc-post = Or send copies by post. Write our reference { $reference } on the envelope. Never send the originals. Our address is:
doc-late-title = What if you are late?
doc-late = If we do not get the documents in time, we will not process your application. If you cannot send them in time, call us on { $phone } before that date.
doc-laws = We ask for these documents under articles 4:2 and 4:5 of the General Administrative Law Act (Algemene wet bestuursrecht). You can read the rules on wetten.overheid.nl.
