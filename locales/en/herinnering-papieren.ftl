# Reminder: the repair term (General Administrative Law Act 4:5) ends soon and documents are still missing.
rem-title = Reminder: send your documents in time
rem-scheme = { $scheme ->
    [bijstand] social assistance benefit (bijstand)
    [bijzonderebijstand] special assistance (bijzondere bijstand)
   *[kwijtschelding] remission of municipal taxes (kwijtschelding)
}
rem-intro = On { $asked } we sent you a letter. In it we asked for documents for your application for { rem-scheme }. We have not received everything yet.
rem-deadline-title = Send the documents by { $due } at the latest
rem-deadline = { $count ->
    [one] We need the document by **{ $due }** at the latest. If we do not receive it in time, we will not process your application.
   *[other] We need the { $count } documents by **{ $due }** at the latest. If we do not receive them in time, we will not process your application.
}
rem-list-heading = { $count ->
    [one] This document is still missing
   *[other] These documents are still missing
}
rem-item = { $kind ->
    [bankafschrift] Bank statements of all your accounts.
    [loonstrook] Your payslips.
    [identiteitsbewijs] A copy of your passport, ID card or residence document.
    [huurcontract] Your rental contract.
    [factuur] The invoice or quote.
    [polis] Your insurance policy.
   *[jaaropgave] Your annual income statement.
}
rem-how-heading = How do you send the documents?
rem-upload = Upload the documents online: [{ $url }]({ $url }). Enter our reference there: { $reference }.
rem-post = Or send copies by post. Write our reference { $reference } on the envelope. Our address is:
rem-help = Can you not make it in time? Or do you need help? Then call us on { $phone } before the date.
rem-sent = Have you already sent the documents? Then you do not need to do anything.
rem-laws = We ask for the documents under sections 4:2 and 4:5 of the General Administrative Law Act (Awb). Read the rules on wetten.overheid.nl.
