# The document list: one list of documents for all schemes together.
cl-title = These are the documents we need from you
cl-intro = { $count ->
    [one] You applied to us for: { $schemes }.
   *[other] You applied to us for { $count } schemes: { $schemes }.
}
cl-once = { $count ->
    [0] You do not need to send us any documents.
    [one] For this we need 1 document from you. You send it only once.
   *[other] For this we need { $count } documents from you. You send each document only once.
}
cl-deadline-title = Send everything by { $deadline } at the latest
cl-keep-heading = { $count ->
    [one] Keep this document. You do not send it now.
   *[other] Keep these documents. You do not send them now.
}
cl-not-needed-heading = You do not need to send this
cl-how-heading = How do you hand in the documents?
cl-upload = Upload the documents at { $url } with our reference { $reference }.
cl-post = Or send copies by post to { $address }.
cl-counter = Do you need to show an original? Then come to the counter: { $address }.
cl-late-title = Are you late?
cl-late = If we do not receive the documents in time, we may not be able to handle your application. This is in article 4:5 of the General Administrative Law Act. Can you not make it in time? Then call us before that date.
