# The document list: one list of documents for all schemes together.
cl-title = These are the documents we need from you
cl-intro = { $count ->
    [one] You applied for { $schemes }.
   *[other] You applied for { $count } schemes: { $schemes }.
}
cl-once = { $count ->
    [0] You do not need to send us any documents.
    [one] For this, we need 1 document from you. You only need to send it once.
   *[other] For this, we need { $count } documents from you. You only need to send each document once.
}
cl-deadline-title = Send everything by { $deadline }
cl-keep-heading = { $count ->
    [one] Keep this document. You do not need to send it now.
   *[other] Keep these documents. You do not need to send them now.
}
cl-not-needed-heading = You do not need to send these
cl-how-heading = How can you give us the documents?
cl-upload = Upload the documents at { $url }. Enter our reference { $reference }.
cl-post = Or send copies by post to { $address }.
cl-counter = If you need to show us an original, come to the front desk: { $address }.
cl-late-title = What if you are late?
cl-late = If we do not get the documents in time, we may not be able to deal with your application. The law says so in article 4:5 of the General Administrative Law Act (Algemene wet bestuursrecht). If you cannot send them in time, call us before that date.
