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
cl-deadline = If you send everything at once, you are in time.
cl-keep-heading = Keep this. You do not send it.
cl-keep = { $count ->
    [one] You do not need to send this document now. We may ask for it later.
   *[other] You do not need to send these documents now. We may ask for them later.
}
cl-not-needed-heading = You do not need to send this
cl-how-heading = How do you hand in the documents?
cl-upload = Upload the documents at { $url }. Enter our reference there: { $reference }.
cl-post = Or send copies by post to: { $address }. Write our reference { $reference } on the envelope.
cl-counter = Do you need to show an original? Then come to the counter: { $address }.
cl-late-title = Are you late?
cl-late = If we do not receive the documents in time, we may not be able to handle your application. This is in article 4:5 of the General Administrative Law Act. Can you not make it in time? Then call us before that date.
cl-pointer-title = You apply for this yourself
