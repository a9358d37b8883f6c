# Request for missing documents with a repair term (General Administrative Law Act 4:5).
doc-title = We still need documents from you
doc-scheme = { $scheme ->
    [bijstand] social assistance benefit (bijstand)
    [bijzonderebijstand] special assistance (bijzondere bijstand)
   *[kwijtschelding] remission of municipal taxes (kwijtschelding)
}
doc-kind = { $kind ->
    [bankafschrift] Bank statements of all your accounts
    [loonstrook] Payslips
    [identiteitsbewijs] A copy of your passport, ID card or residence document
    [huurcontract] Your rental contract
    [factuur] The invoice or quote
    [polis] Your insurance policy
   *[jaaropgave] Your annual income statement
}
doc-intro = On { $applied } you applied for { doc-scheme }. We are still missing documents. Without these documents we cannot finish your application.
doc-deadline-title = Send the documents by { $deadline } at the latest
doc-deadline = { $count ->
    [one] Send us the document by **{ $deadline }** at the latest.
   *[other] Send us the { $count } documents by **{ $deadline }** at the latest.
}
doc-list-heading = { $count ->
    [one] This is the document we need
   *[other] These are the documents we need
}
doc-item = { doc-kind }.
doc-item-period = { doc-kind } from { $from } up to and including { $until }.
doc-how-heading = How do you send the documents?
doc-upload = Upload the documents online: [{ $url }]({ $url }). Enter our reference there: { $reference }.
doc-counter = Or bring the documents to the town hall: { $address }. You do not need an appointment.
doc-post = Or send copies by post. Write our reference { $reference } on the envelope. Never send the original documents. Our address is:
doc-late-title = Are you late?
doc-late = If we do not receive the documents in time, we will not process your application. Can you not make it in time? Then call us on { $phone } before the date.
doc-laws = We ask for the documents under sections 4:2 and 4:5 of the General Administrative Law Act (Awb). Read the rules on wetten.overheid.nl.
