# The document list: one list of documents for all schemes together.
cl-title = These are the documents we need from you
cl-intro = { $count ->
    [one] You applied to us for this scheme:
   *[other] You applied to us for these { $count } schemes:
}
cl-once = { $count ->
    [0] We do not need any documents from you.
    [one] For this we need 1 document from you. You send it only once.
   *[other] For this we need { $count } documents from you. You send each document only once.
}
cl-deadline-title = Send everything by { $deadline } at the latest
cl-deadline = Each document shows its date. If you send everything at once, you are in time.
cl-not-needed-heading = You do not need to send this
cl-not-needed = We already have this information. Or we look it up ourselves.
cl-how-heading = How do you send the documents?
cl-upload = Upload the documents on [our website]({ $url }). Enter our reference there: { $reference }.
cl-counter = Or bring the documents to the town hall. You do not need an appointment.
cl-pointer-title = You apply for this yourself
