# Reminder: the repair term (General Administrative Law Act 4:5) ends soon and documents are still missing.
rem-title = Reminder: please send your documents in time
rem-scheme = { $scheme ->
    [bijstand] social assistance (bijstand)
    [bijzonderebijstand] special assistance (bijzondere bijstand)
   *[kwijtschelding] remission of municipal taxes (kwijtschelding)
}
rem-intro = On { $asked } we wrote to you. We asked for documents for your application for { rem-scheme }. We have not received all of them yet.
rem-deadline-title = Send the documents by { $due }
rem-deadline = { $count ->
    [one] We need the document by **{ $due }**. If we do not get it in time, we will not process your application.
   *[other] We need the { $count } documents by **{ $due }**. If we do not get them in time, we will not process your application.
}
rem-list-heading = { $count ->
    [one] We are still waiting for this document
   *[other] We are still waiting for these documents
}
rem-item = { $kind ->
    [bankafschrift] Bank statements for all your accounts.
    [loonstrook] Your payslips.
    [identiteitsbewijs] A copy of your passport, ID card or residence document.
    [huurcontract] Your rental contract.
    [factuur] The invoice or quote.
    [polis] Your insurance policy.
   *[jaaropgave] Your annual income statement.
}
rem-how-heading = How can you send the documents?
rem-upload = Upload the documents at [{ $url }]({ $url }). Enter our reference: { $reference }.
rem-post = Or send copies by post. Write our reference { $reference } on the envelope. Our address is:
rem-help = If you cannot send them in time, call us on { $phone } before that date. You can also call us if you need help.
rem-sent = If you have already sent the documents, you do not need to do anything.
rem-laws = We ask for these documents under articles 4:2 and 4:5 of the General Administrative Law Act (Algemene wet bestuursrecht). You can read the rules on wetten.overheid.nl.
