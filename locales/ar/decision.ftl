# Texts every decision letter shares: the objection clause (Awb 3:45, 6:7, 6:8).
objection-what = يمكنكم الاعتراض على هذا القرار (bezwaar maken). عندها تطلبون من المجلس التنفيذي للبلدية (college van burgemeester en wethouders) إعادة النظر في القرار.
objection-deadline = يجب أن يصلنا اعتراضكم في موعد أقصاه **{ $deadline }**.
objection-how = قدّموا الاعتراض عبر الإنترنت على الموقع { $url }. أو أرسلوا رسالة.
objection-letter = اكتبوا في رسالتكم:
objection-letter-name = اسمكم وعنوانكم
objection-letter-date = التاريخ
objection-letter-reference = رقم الملف لدينا: { $reference }
objection-letter-why = سبب عدم موافقتكم على القرار
objection-letter-sign = توقيعكم
objection-send = أرسلوا الرسالة إلى المجلس التنفيذي للبلدية:
objection-talk = هل تريدون التحدث معنا أولًا؟ اتصلوا بنا على الرقم { $phone }. الاعتراض مجاني.
questions = هل لديكم أسئلة؟ تواصلوا مع { $name } على الرقم { $phone }. أو راسلونا على البريد الإلكتروني { $email }.
laws-heading = ما القواعد التي تنطبق على هذا القرار؟

## The remedy clause chosen by the template's `remedy` (template.toml): bezwaar to the body
## that decided, or administratief beroep to the college, whose decision is final
## (kwijtschelding: Gemeentewet art. 255 lid 6 with Invorderingswet 1990 art. 26).
remedy-what = { $remedy ->
    [administratief-beroep] يمكنكم الطعن في هذا القرار (administratief beroep). عندها تطلبون من المجلس التنفيذي للبلدية (college van burgemeester en wethouders) إعادة النظر في القرار. قرار المجلس التنفيذي نهائي. لا يمكنكم بعده اللجوء إلى المحكمة.
   *[bezwaar] { objection-what }
}
remedy-deadline = { $remedy ->
    [administratief-beroep] يجب أن يصل طعنكم إلى المجلس التنفيذي للبلدية في موعد أقصاه **{ $deadline }**.
   *[bezwaar] { objection-deadline }
}
remedy-how = { $remedy ->
    [administratief-beroep] أرسلوا رسالة.
   *[bezwaar] { objection-how }
}
remedy-talk = { $remedy ->
    [administratief-beroep] هل تريدون التحدث معنا أولًا؟ اتصلوا بنا على الرقم { $phone }. الطعن مجاني.
   *[bezwaar] { objection-talk }
}
