<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionItems</name>
    <message>
        <source>No action item with id %1.</source>
        <translation>لا يوجد بند إجراء بالمعرّف %1.</translation>
    </message>
    <message>
        <source>An action item needs a text.</source>
        <translation>يحتاج بند الإجراء إلى نص.</translation>
    </message>
</context>
<context>
    <name>AppealsPanelProcess</name>
    <message>
        <source>Independent Appeals Panel</source>
        <translation>هيئة الاستئناف المستقلة</translation>
    </message>
    <message>
        <source>Binding arbitration on agreed service levels, and what follows its finding.</source>
        <translation>تحكيم ملزم بشأن مستويات الخدمة المتفق عليها، وما يلي قرارها.</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Panel under way</source>
        <translation>الاستئناف جارٍ</translation>
    </message>
    <message>
        <source>The panel hears the dispute about agreed service levels.</source>
        <translation>تنظر الهيئة في النزاع حول مستويات الخدمة المتفق عليها.</translation>
    </message>
    <message>
        <source>Breach remediable: remedy period</source>
        <translation>إخلال قابل للتصحيح: مهلة التصحيح</translation>
    </message>
    <message>
        <source>IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The panel found a breach capable of remedy; the IFO has the days it set.</source>
        <translation>وجدت الهيئة إخلالاً قابلاً للتصحيح؛ لدى IFO الأيام التي حددتها.</translation>
    </message>
    <message>
        <source>Further escalation options</source>
        <translation>خيارات التصعيد الإضافية</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>An irremediable breach, or a remedy not made in time: further escalation is open.</source>
        <translation>إخلال غير قابل للتصحيح، أو تصحيح لم يتم في موعده: التصعيد الإضافي مفتوح.</translation>
    </message>
    <message>
        <source>Finding: no breach</source>
        <translation>القرار: لا إخلال</translation>
    </message>
    <message>
        <source>No breach: resolved, no further action.</source>
        <translation>لا إخلال: حُلّت، ولا إجراء آخر.</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>صُحّح</translation>
    </message>
    <message>
        <source>The breach was remedied in time.</source>
        <translation>صُحّح الإخلال في الموعد.</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>اختُتم</translation>
    </message>
    <message>
        <source>The further escalation is concluded.</source>
        <translation>اختُتم التصعيد الإضافي.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>Registry operator</source>
        <translation>مشغّل السجل</translation>
    </message>
    <message>
        <source>The appeal was withdrawn.</source>
        <translation>سُحب الاستئناف.</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>قرار الهيئة</translation>
    </message>
    <message>
        <source>Finding: breach capable of remedy</source>
        <translation>القرار: إخلال قابل للتصحيح</translation>
    </message>
    <message>
        <source>Finding: breach not capable of remedy</source>
        <translation>القرار: إخلال غير قابل للتصحيح</translation>
    </message>
    <message>
        <source>Appeal withdrawn</source>
        <translation>سُحب الاستئناف</translation>
    </message>
    <message>
        <source>Remedy confirmed</source>
        <translation>تأكّد التصحيح</translation>
    </message>
    <message>
        <source>Remedy not made in time</source>
        <translation>لم يتم التصحيح في الموعد</translation>
    </message>
    <message>
        <source>Conclude the escalation</source>
        <translation>اختتام التصعيد</translation>
    </message>
    <message>
        <source>IFO&apos;s report of the remedy</source>
        <translation>تقرير IFO عن التصحيح</translation>
    </message>
</context>
<context>
    <name>AttendanceRecord</name>
    <message>
        <source>Quorate: %1 of %2 voting members present.</source>
        <translation>النصاب مكتمل: حضر %1 من %2 من الأعضاء المصوّتين.</translation>
    </message>
    <message>
        <source>Decisions can be taken.</source>
        <translation>يمكن اتخاذ القرارات.</translation>
    </message>
    <message>
        <source>No decisions can be taken: at least %1 voting members must be present.</source>
        <translation>لا يمكن اتخاذ قرارات: يجب أن يحضر %1 من الأعضاء المصوّتين على الأقل.</translation>
    </message>
    <message>
        <source>Not quorate: %1 of %2 voting members present (a quorum needs all of them). Decisions can still be taken, as at least %3 members are present; the minutes record that the meeting was not quorate.</source>
        <translation>النصاب غير مكتمل: حضر %1 من %2 من الأعضاء المصوّتين (يتطلب النصاب حضورهم جميعاً). ومع ذلك يمكن اتخاذ القرارات، إذ حضر %3 أعضاء على الأقل؛ ويُثبت المحضر أن نصاب الاجتماع لم يكتمل.</translation>
    </message>
    <message>
        <source>Not quorate: %1 of %2 voting members present. No decisions can be taken: at least %3 voting members must be present.</source>
        <translation>النصاب غير مكتمل: حضر %1 من %2 من الأعضاء المصوّتين. لا يمكن اتخاذ قرارات: يجب أن يحضر %3 من الأعضاء المصوّتين على الأقل.</translation>
    </message>
    <message>
        <source>With vacancies on the committee, decisions must be unanimous.</source>
        <translation>مع وجود شواغر في اللجنة، يجب أن تكون القرارات بالإجماع.</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>The audit head of “%1” cannot be noted: %2</source>
        <translation>تعذّر تدوين رأس سجل التدقيق لـ «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not an audit chain head.</source>
        <translation>«%1» ليس رأس سلسلة تدقيق.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>the head noted for “%1” on %2</source>
        <translation>الرأس المدوَّن لـ «%1» في %2</translation>
    </message>
    <message>
        <source>the chain ends at entry %1, but %2 (“%3”) names entry %4: the last %5 entries were cut off</source>
        <translation>تنتهي السلسلة عند القيد %1، لكن %2 («%3») يشير إلى القيد %4: اقتُطعت القيود الأخيرة وعددها %5</translation>
    </message>
    <message>
        <source> after entry %1 (the newest head that still matches)</source>
        <translation> بعد القيد %1 (أحدث رأس لا يزال مطابقاً)</translation>
    </message>
    <message>
        <source>entry %1 no longer has the hash of %2 (“%3”): the chain was rewritten%4 with recomputed hashes, or the head is another database&apos;s</source>
        <translation>لم يعد للقيد %1 قيمة التجزئة الواردة في %2 («%3»): أُعيدت كتابة السلسلة%4 بقيم تجزئة أُعيد حسابها، أو أن الرأس يعود إلى قاعدة بيانات أخرى</translation>
    </message>
    <message>
        <source>the append-only trigger %1 on %2 is missing: entries can be changed or removed without SQLite refusing</source>
        <translation>مُطلِق الإلحاق فقط %1 على %2 مفقود: يمكن تغيير القيود أو حذفها دون أن يرفض SQLite ذلك</translation>
    </message>
    <message>
        <source>the append-only trigger %1 on %2 was altered</source>
        <translation>عُدِّل مُطلِق الإلحاق فقط %1 على %2</translation>
    </message>
    <message>
        <source>an unexpected trigger %1 acts on %2</source>
        <translation>مُطلِق غير متوقع %1 يعمل على %2</translation>
    </message>
</context>
<context>
    <name>AuditHeadReader</name>
    <message>
        <source>the head given</source>
        <translation>الرأس المُعطى</translation>
    </message>
    <message>
        <source>“%1” is neither an audit head (“audit COUNT SHA-256”) nor a file.</source>
        <translation>«%1» ليس رأس سجل تدقيق («audit COUNT SHA-256») ولا ملفاً.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«%1» ليس ملفاً عادياً.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>the head in “%1”</source>
        <translation>الرأس الوارد في «%1»</translation>
    </message>
    <message>
        <source>“%1” carries no audit head (“audit COUNT SHA-256”).</source>
        <translation>لا يحمل «%1» رأس سجل تدقيق («audit COUNT SHA-256»).</translation>
    </message>
    <message>
        <source>“%1” is not a review copy that carries an audit head.</source>
        <translation>«%1» ليس نسخة مراجعة تحمل رأس سجل تدقيق.</translation>
    </message>
    <message>
        <source>Reading the text of the PDF “%1” needs pdftotext (Debian package poppler-utils); give the head as text instead.</source>
        <translation>تحتاج قراءة نص ملف PDF «%1» إلى pdftotext (حزمة Debian poppler-utils)؛ أعطِ الرأس نصاً بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The text of the PDF “%1” could not be read.</source>
        <translation>تعذّرت قراءة نص ملف PDF «%1».</translation>
    </message>
    <message>
        <source>“%1” is too large to be a document of this committee.</source>
        <translation>«%1» أكبر من أن يكون مستنداً لهذه اللجنة.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>entry %1 is missing: entries were removed before entry %2</source>
        <translation>القيد %1 مفقود: حُذفت قيود قبل القيد %2</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was inserted or removed</source>
        <translation>القيد %1 لا يتبع القيد الذي قبله: أُدرج قيد أو حُذف</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>عُدّل القيد %1 بعد كتابته</translation>
    </message>
    <message>
        <source>“%1” is not an audit chain head (expected “audit COUNT SHA-256”).</source>
        <translation>«%1» ليس رأس سلسلة تدقيق (المتوقع «audit COUNT SHA-256»).</translation>
    </message>
</context>
<context>
    <name>CaseCategories</name>
    <message>
        <source>Technical checks</source>
        <translation>الفحوص الفنية</translation>
    </message>
    <message>
        <source>Root zone change</source>
        <translation>تغيير في منطقة الجذر</translation>
    </message>
    <message>
        <source>Contact update</source>
        <translation>تحديث جهات الاتصال</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>الالتزام بالمواعيد</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Ticketing</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Delegation of a TLD</source>
        <translation>تفويض نطاق علوي</translation>
    </message>
    <message>
        <source>Re-delegation of a TLD</source>
        <translation>إعادة تفويض نطاق علوي</translation>
    </message>
    <message>
        <source>Disputes about the delegation or re-delegation of a TLD are excluded from the committee&apos;s escalation processes; such a case cannot be opened. The operator keeps its right to take legal action directly.</source>
        <translation>النزاعات حول تفويض نطاق علوي أو إعادة تفويضه مستثناة من إجراءات التصعيد في اللجنة؛ لا يمكن فتح حالة كهذه. ويحتفظ المشغّل بحقه في اللجوء إلى القضاء مباشرة.</translation>
    </message>
    <message>
        <source>“%1” is not a case category.</source>
        <translation>«%1» ليست فئة حالة.</translation>
    </message>
</context>
<context>
    <name>CaseComments</name>
    <message>
        <source>A comment needs some text.</source>
        <translation>يحتاج التعليق إلى نص.</translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
    <message>
        <source>Met</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>متأخر بمقدار %1</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>بلا رد</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>تجاوز الموعد بمقدار %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>بقي %1</translation>
    </message>
</context>
<context>
    <name>CaseDetailDocument</name>
    <message>
        <source>Case %1: %2</source>
        <translation>الحالة %1: %2</translation>
    </message>
    <message>
        <source>Confidential: for the committee only.</source>
        <translation>سري: للجنة فقط.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (مؤرشفة)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>Table-top exercise</source>
        <translation>تمرين محاكاة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>opened at %1</source>
        <translation>فُتحت في %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (أُلغي)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>“%1” does not exist or is not a file.</source>
        <translation>«%1» غير موجود أو ليس ملفاً.</translation>
    </message>
    <message>
        <source>“%1” is %2; documents of a case can be at most %3.</source>
        <translation>حجم «%1» هو %2؛ يمكن أن تبلغ مستندات الحالة %3 على الأكثر.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read completely.</source>
        <translation>تعذّرت قراءة «%1» بالكامل.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to store.</source>
        <translation>«%1» فارغ؛ لا يوجد ما يُحفظ.</translation>
    </message>
    <message>
        <source>There is no document #%1, or it is confidential.</source>
        <translation>لا يوجد مستند رقم %1، أو أنه سري.</translation>
    </message>
</context>
<context>
    <name>CaseHandOver</name>
    <message>
        <source>“%1” is not a panel finding (no_breach, remediable or not_remediable).</source>
        <translation>«%1» ليس قرار هيئة (no_breach أو remediable أو not_remediable).</translation>
    </message>
    <message>
        <source>No breach</source>
        <translation>لا إخلال</translation>
    </message>
    <message>
        <source>Breach capable of remedy</source>
        <translation>إخلال قابل للتصحيح</translation>
    </message>
    <message>
        <source>Breach not capable of remedy</source>
        <translation>إخلال غير قابل للتصحيح</translation>
    </message>
    <message>
        <source>A Problem Management case is opened from a complaint at “%1”; %2 is at “%3”.</source>
        <translation>تُفتح حالة إدارة المشكلات من شكوى في «%1»؛ و%2 في «%3».</translation>
    </message>
    <message>
        <source>The hand-over cannot predate %1&apos;s step (%2).</source>
        <translation>لا يمكن أن تسبق الإحالة خطوة %1 (%2).</translation>
    </message>
    <message>
        <source>Systemic failure found in complaint %1 (step 6).</source>
        <translation>وُجد إخفاق منهجي في الشكوى %1 (الخطوة 6).</translation>
    </message>
    <message>
        <source>Systemic failure: %1</source>
        <translation>إخفاق منهجي: %1</translation>
    </message>
    <message>
        <source>An Independent Appeals Panel case is opened from the appeal step of a complaint or a Problem Management case; %1 is at “%2”.</source>
        <translation>تُفتح حالة أمام هيئة الاستئناف المستقلة من خطوة الاستئناف في شكوى أو في حالة إدارة مشكلات؛ و%1 في «%2».</translation>
    </message>
    <message>
        <source>%1 already has an Independent Appeals Panel case under way.</source>
        <translation>لدى %1 بالفعل حالة جارية أمام هيئة الاستئناف المستقلة.</translation>
    </message>
    <message>
        <source>Appeal from %1 (%2).</source>
        <translation>استئناف من %1 (%2).</translation>
    </message>
    <message>
        <source>Appeal: %1</source>
        <translation>استئناف: %1</translation>
    </message>
    <message>
        <source>A finding is recorded on an Independent Appeals Panel case under way; %1 is not.</source>
        <translation>يُسجَّل القرار على حالة جارية أمام هيئة الاستئناف المستقلة؛ و%1 ليست كذلك.</translation>
    </message>
    <message>
        <source>A panel finding needs its public text: all findings are published, while the dispute stays confidential.</source>
        <translation>يحتاج قرار الهيئة إلى نصه العلني: تُنشر جميع القرارات، بينما يبقى النزاع سرياً.</translation>
    </message>
    <message>
        <source>A breach capable of remedy needs the days the panel gave the IFO (calendar days).</source>
        <translation>يحتاج الإخلال القابل للتصحيح إلى عدد الأيام التي منحتها الهيئة لـ IFO (أيام تقويمية).</translation>
    </message>
    <message>
        <source>Panel finding in %1: %2</source>
        <translation>قرار الهيئة في %1: %2</translation>
    </message>
    <message>
        <source>%1 has no panel finding yet.</source>
        <translation>ليس لـ %1 قرار من الهيئة بعد.</translation>
    </message>
</context>
<context>
    <name>CaseMoves</name>
    <message>
        <source>Registry Stakeholder Group</source>
        <translation>مجموعة أصحاب المصلحة من السجلات</translation>
    </message>
    <message>
        <source>ccNSO Council</source>
        <translation>مجلس ccNSO</translation>
    </message>
    <message>
        <source>GNSO Council</source>
        <translation>مجلس GNSO</translation>
    </message>
    <message>
        <source>%1 is in the archive; restore it before changing it.</source>
        <translation>%1 في الأرشيف؛ استعده قبل تغييره.</translation>
    </message>
    <message>
        <source>“%1” needs a note saying why.</source>
        <translation>«%1» تحتاج إلى ملاحظة تبيّن السبب.</translation>
    </message>
    <message>
        <source>“%1” needs the %2: attach it to the move.</source>
        <translation>«%1» تحتاج إلى %2: أرفقه بالنقل.</translation>
    </message>
    <message>
        <source>The move cannot be dated %1: %2 entered “%3” on %4.</source>
        <translation>لا يمكن تأريخ النقل بـ %1: دخلت %2 إلى «%3» في %4.</translation>
    </message>
    <message>
        <source>There is no move #%1.</source>
        <translation>لا يوجد نقل رقم %1.</translation>
    </message>
    <message>
        <source>Only the latest move of %1 still in effect can be undone.</source>
        <translation>لا يمكن التراجع إلا عن آخر نقل لـ %1 لا يزال سارياً.</translation>
    </message>
    <message>
        <source>Undo of the move to “%1”</source>
        <translation>التراجع عن النقل إلى «%1»</translation>
    </message>
    <message>
        <source>%1 is not in remedial action; there is no escalation to advance.</source>
        <translation>%1 ليست في إجراء تصحيحي؛ لا يوجد تصعيد للمضي فيه.</translation>
    </message>
    <message>
        <source>%1 is already at the last escalation level (%2).</source>
        <translation>%1 في آخر مستوى تصعيد بالفعل (%2).</translation>
    </message>
    <message>
        <source>Advancing the escalation needs a note saying why.</source>
        <translation>يحتاج المضي في التصعيد إلى ملاحظة تبيّن السبب.</translation>
    </message>
    <message>
        <source>Escalated to %1: %2</source>
        <translation>صُعّدت إلى %1: %2</translation>
    </message>
    <message>
        <source>“%1” needs the %2: attach it to the move, or record the response. Without a response the move is possible after the due date (%3).</source>
        <translation>«%1» تحتاج إلى %2: أرفقه بالنقل، أو سجّل الرد. وفي غياب الرد يمكن النقل بعد تاريخ الاستحقاق (%3).</translation>
    </message>
    <message>
        <source>“%1” needs the period it runs for, in %2.</source>
        <translation>«%1» تحتاج إلى المدة التي تستغرقها، بـ %2.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>There is no case #%1, or it is confidential.</source>
        <translation>لا توجد حالة رقم %1، أو أنها سرية.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>تحتاج الحالة إلى عنوان.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future (%1).</source>
        <translation>لا يمكن فتح حالة في المستقبل (%1).</translation>
    </message>
    <message>
        <source>Service level #%1 is not in the catalogue.</source>
        <translation>مستوى الخدمة رقم %1 غير موجود في الفهرس.</translation>
    </message>
    <message>
        <source>There is no case %1, or it is confidential.</source>
        <translation>لا توجد حالة %1، أو أنها سرية.</translation>
    </message>
    <message>
        <source>Making a case public needs the parties&apos; consent: say who agreed and how.</source>
        <translation>يحتاج جعل الحالة علنية إلى موافقة الأطراف: اذكر من وافق وكيف.</translation>
    </message>
    <message>
        <source>%1 is still open; only closed cases go to the archive.</source>
        <translation>%1 لا تزال مفتوحة؛ لا تذهب إلى الأرشيف إلا الحالات المغلقة.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>لا يمكن ربط الحالة بنفسها.</translation>
    </message>
</context>
<context>
    <name>CaseResponses</name>
    <message>
        <source>%1 is closed; a response belongs to an open step.</source>
        <translation>%1 مغلقة؛ الرد يخص خطوة مفتوحة.</translation>
    </message>
    <message>
        <source>%1 is at “%2”, which does not wait for anyone&apos;s response.</source>
        <translation>%1 في «%2»، وهي خطوة لا تنتظر رد أحد.</translation>
    </message>
    <message>
        <source>A response to “%1” of %2 is already recorded; it is not changed afterwards (add a comment to correct it).</source>
        <translation>سُجّل بالفعل رد على «%1» في %2؛ ولا يُغيَّر بعد ذلك (أضف تعليقاً لتصحيحه).</translation>
    </message>
    <message>
        <source>no response by %1</source>
        <translation>لا رد حتى %1</translation>
    </message>
    <message>
        <source>Say on which day the response was received.</source>
        <translation>اذكر يوم استلام الرد.</translation>
    </message>
    <message>
        <source>A response to %1 received on %2 is outside the step (entered %3, today %4).</source>
        <translation>الرد على %1 المستلم في %2 يقع خارج الخطوة (بدأت في %3، واليوم %4).</translation>
    </message>
    <message>
        <source>A received response needs its document: attach it.</source>
        <translation>يحتاج الرد المستلم إلى مستنده: أرفقه.</translation>
    </message>
    <message>
        <source>Response (%1)</source>
        <translation>الرد (%1)</translation>
    </message>
    <message>
        <source>“%1” has no due date, so “no response by the due date” cannot be recorded; record the response when it comes.</source>
        <translation>ليس لـ «%1» تاريخ استحقاق، لذا لا يمكن تسجيل «لا رد حتى تاريخ الاستحقاق»؛ سجّل الرد عند وصوله.</translation>
    </message>
    <message>
        <source>The response to %1 is due on %2; “no response” can be recorded only after that day.</source>
        <translation>يُستحق الرد على %1 في %2؛ ولا يمكن تسجيل «لا رد» إلا بعد ذلك اليوم.</translation>
    </message>
</context>
<context>
    <name>CaseStepActions</name>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Response to %1</source>
        <translation>الرد على %1</translation>
    </message>
    <message>
        <source>Response received from the %1…</source>
        <translation>استُلم رد من %1…</translation>
    </message>
    <message>
        <source>No response by the due date</source>
        <translation>لا رد حتى تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation>ما الذي ورد؟</translation>
    </message>
    <message>
        <source>Received on (YYYY-MM-DD):</source>
        <translation>تاريخ الاستلام (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>The Response Received</source>
        <translation>الرد المستلم</translation>
    </message>
    <message>
        <source>Publish the Finding</source>
        <translation>نشر القرار</translation>
    </message>
    <message>
        <source>Publish the public text of the panel&apos;s finding in %1? The dispute itself stays confidential.</source>
        <translation>نشر النص العلني لقرار الهيئة في %1؟ يبقى النزاع نفسه سرياً.</translation>
    </message>
    <message>
        <source>Open a linked Problem Management case from %1?</source>
        <translation>فتح حالة إدارة مشكلات مرتبطة انطلاقاً من %1؟</translation>
    </message>
    <message>
        <source>Open a linked Independent Appeals Panel case from %1?</source>
        <translation>فتح حالة مرتبطة أمام هيئة الاستئناف المستقلة انطلاقاً من %1؟</translation>
    </message>
    <message>
        <source>Open Problem Management Case</source>
        <translation>فتح حالة إدارة مشكلات</translation>
    </message>
    <message>
        <source>Open Appeals Panel Case</source>
        <translation>فتح حالة أمام هيئة الاستئناف</translation>
    </message>
    <message>
        <source>A note (optional):</source>
        <translation>ملاحظة (اختيارية):</translation>
    </message>
    <message>
        <source>Panel Finding</source>
        <translation>قرار الهيئة</translation>
    </message>
    <message>
        <source>The panel found:</source>
        <translation>قررت الهيئة:</translation>
    </message>
    <message>
        <source>Days the IFO has to remedy it (calendar days):</source>
        <translation>الأيام المتاحة لـ IFO للتصحيح (أيام تقويمية):</translation>
    </message>
    <message>
        <source>The finding&apos;s public text (published; the dispute stays confidential):</source>
        <translation>النص العلني للقرار (يُنشر؛ ويبقى النزاع سرياً):</translation>
    </message>
    <message>
        <source>The Panel&apos;s Finding</source>
        <translation>قرار الهيئة</translation>
    </message>
</context>
<context>
    <name>CatalogueTransfer</name>
    <message>
        <source>“%1” is not a process category (I to V).</source>
        <translation>«%1» ليست فئة إجراء (من I إلى V).</translation>
    </message>
    <message>
        <source>The metric has no name.</source>
        <translation>ليس للمقياس اسم.</translation>
    </message>
    <message>
        <source>The threshold “%1” is not a positive number.</source>
        <translation>الحد «%1» ليس عدداً موجباً.</translation>
    </message>
    <message>
        <source>The unit “%1” is not seconds, minutes, hours or days.</source>
        <translation>الوحدة «%1» ليست seconds أو minutes أو hours أو days.</translation>
    </message>
    <message>
        <source>The type “%1” is not Max or Min.</source>
        <translation>النوع «%1» ليس Max ولا Min.</translation>
    </message>
    <message>
        <source>The compliance target “%1” is not a percentage above 0 and up to 100.</source>
        <translation>هدف الامتثال «%1» ليس نسبة مئوية أكبر من 0 وحتى 100.</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>«%1» ليس شهراً (YYYY-MM).</translation>
    </message>
    <message>
        <source>%1 “%2” is given twice for %3 (first on line %4).</source>
        <translation>ورد %1 «%2» مرتين لـ %3 (أول مرة في السطر %4).</translation>
    </message>
    <message>
        <source>%1 “%2” already has a different definition from %3; change it with an amendment, not an import.</source>
        <translation>لـ %1 «%2» تعريف مختلف بالفعل اعتباراً من %3؛ غيّره بتعديل، لا باستيراد.</translation>
    </message>
    <message>
        <source>%1 “%2” already has a version from %3; an imported version must start later.</source>
        <translation>لـ %1 «%2» إصدار بالفعل اعتباراً من %3؛ يجب أن يبدأ الإصدار المستورد في تاريخ لاحق.</translation>
    </message>
    <message>
        <source>%1 is already rated; a change never rewrites a month already evaluated.</source>
        <translation>%1 مُقيَّم بالفعل؛ ولا يعيد أي تغيير كتابة شهر سبق تقييمه.</translation>
    </message>
    <message>
        <source>Catalogue imported from %1, effective %2</source>
        <translation>استُورد الفهرس من %1، ويسري اعتباراً من %2</translation>
    </message>
    <message>
        <source>Imported with the catalogue.</source>
        <translation>استُورد مع الفهرس.</translation>
    </message>
</context>
<context>
    <name>ChangesFile</name>
    <message>
        <source>“%1” is not a CSC Desk changes file or is damaged: %2.</source>
        <translation>«%1» ليس ملف تغييرات من CSC Desk أو أنه تالف: %2.</translation>
    </message>
    <message>
        <source>its header is missing</source>
        <translation>ترويسته مفقودة</translation>
    </message>
    <message>
        <source>its description is cut short</source>
        <translation>وصفه مبتور</translation>
    </message>
    <message>
        <source>its description is unreadable</source>
        <translation>وصفه غير مقروء</translation>
    </message>
    <message>
        <source>its description is incomplete</source>
        <translation>وصفه غير مكتمل</translation>
    </message>
    <message>
        <source>“%1” comes from another committee&apos;s database; nothing was changed.</source>
        <translation>«%1» صادر عن قاعدة بيانات لجنة أخرى؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“%1” was made with a newer CSC Desk (schema %2; this database has %3); update CSC Desk first. Nothing was changed.</source>
        <translation>أُنشئ «%1» بإصدار أحدث من CSC Desk (المخطط %2؛ وهذه القاعدة %3)؛ حدّث CSC Desk أولاً. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This review copy has no seal secret; it was made by an earlier CSC Desk. Ask the secretariat for a new review copy.</source>
        <translation>ليس لنسخة المراجعة هذه سر ختم؛ فقد أُنشئت بإصدار سابق من CSC Desk. اطلب من الأمانة نسخة مراجعة جديدة.</translation>
    </message>
    <message>
        <source>a changes file</source>
        <translation>ملف تغييرات</translation>
    </message>
    <message>
        <source>“%1” is an unsealed changes file of an earlier CSC Desk: it cannot be told from a forgery. Ask the member for a new review copy. Nothing was changed.</source>
        <translation>«%1» ملف تغييرات غير مختوم من إصدار سابق من CSC Desk: لا يمكن تمييزه من ملف مزوَّر. اطلب من العضو نسخة مراجعة جديدة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>its seal is missing</source>
        <translation>ختمه مفقود</translation>
    </message>
    <message>
        <source>its seal is unreadable</source>
        <translation>ختمه غير مقروء</translation>
    </message>
    <message>
        <source>its audit head is unreadable</source>
        <translation>رأس سجل التدقيق فيه غير مقروء</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not make the image “%1”.</source>
        <translation>تعذّر إنشاء الصورة «%1».</translation>
    </message>
    <message>
        <source>Could not make the drawing “%1”.</source>
        <translation>تعذّر إنشاء الرسم «%1».</translation>
    </message>
</context>
<context>
    <name>CirculationMail</name>
    <message>
        <source>Nobody on the roster has an e-mail address: add them in Committee.</source>
        <translation>لا يملك أحد في قائمة الأعضاء عنوان بريد إلكتروني: أضف العناوين في قسم اللجنة.</translation>
    </message>
    <message>
        <source>CSC secretariat</source>
        <translation>أمانة CSC</translation>
    </message>
    <message>
        <source>CSC findings on IFO performance, %1</source>
        <translation>استنتاجات CSC بشأن أداء IFO، %1</translation>
    </message>
    <message>
        <source>Dear colleagues,

Please find attached the committee&apos;s findings on the IFO&apos;s performance for %1.

Kind regards,
%2
</source>
        <translation>الزملاء الأعزاء،

تجدون مرفقاً استنتاجات اللجنة بشأن أداء IFO عن %1.

مع أطيب التحيات،
%2
</translation>
    </message>
    <message>
        <source>CSC minutes of meeting no. %1 (%2): draft for review</source>
        <translation>محضر اجتماع CSC رقم %1 (%2): مسودة للمراجعة</translation>
    </message>
    <message>
        <source>Dear colleagues,

Please find attached the draft public minutes of meeting no. %1 of %2 for your review. Confidential sections are in CSC Desk and your review copy only, not in this attachment.

Please send your comments or approval before the publication deadline.

Kind regards,
%3
</source>
        <translation>الزملاء الأعزاء،

تجدون مرفقاً مسودة المحضر العلني للاجتماع رقم %1 المنعقد في %2 لمراجعتها. الأقسام السرية موجودة في CSC Desk وفي نسخة المراجعة الخاصة بكم فقط، وليست في هذا المرفق.

يُرجى إرسال تعليقاتكم أو اعتمادكم قبل الموعد النهائي للنشر.

مع أطيب التحيات،
%3
</translation>
    </message>
    <message>
        <source>CSC minutes of meeting no. %1 (%2) published</source>
        <translation>نُشر محضر اجتماع CSC رقم %1 (%2)</translation>
    </message>
    <message>
        <source>Dear colleagues,

The approved minutes of meeting no. %1 of %2 are published; the public version is attached.

Kind regards,
%3
</source>
        <translation>الزملاء الأعزاء،

نُشر المحضر المعتمد للاجتماع رقم %1 المنعقد في %2؛ وتجدون النسخة العلنية مرفقة.

مع أطيب التحيات،
%3
</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>تعذّر إنشاء المجلد «%1».</translation>
    </message>
    <message>
        <source>Circulated to members</source>
        <translation>عُمِّم على الأعضاء</translation>
    </message>
    <message>
        <source>Publication announced</source>
        <translation>أُعلن النشر</translation>
    </message>
    <message>
        <source>Findings sent</source>
        <translation>أُرسلت الاستنتاجات</translation>
    </message>
    <message>
        <source>There is no kept e-mail %1.</source>
        <translation>لا توجد رسالة بريد إلكتروني محفوظة %1.</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>No member with id %1.</source>
        <translation>لا يوجد عضو بالمعرّف %1.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>يحتاج العضو إلى اسم.</translation>
    </message>
    <message>
        <source>%1 needs a term start date.</source>
        <translation>يحتاج %1 إلى تاريخ بداية للعضوية.</translation>
    </message>
    <message>
        <source>%1&apos;s term ends (%2) before it starts (%3).</source>
        <translation>تنتهي عضوية %1 (%2) قبل أن تبدأ (%3).</translation>
    </message>
    <message>
        <source>%1 is a liaison (%2); liaisons do not vote.</source>
        <translation>%1 مسؤول اتصال (%2)؛ مسؤولو الاتصال لا يصوّتون.</translation>
    </message>
</context>
<context>
    <name>CommitteeSettings</name>
    <message>
        <source>A holiday has no valid date.</source>
        <translation>العطلة ليس لها تاريخ صالح.</translation>
    </message>
    <message>
        <source>The holiday on %1 has no name. Name it or remove the row.</source>
        <translation>ليس للعطلة الواقعة في %1 اسم. سمّها أو احذف الصف.</translation>
    </message>
</context>
<context>
    <name>CommitteeSetup</name>
    <message>
        <source>the committee&apos;s name</source>
        <translation>اسم اللجنة</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>قائمة الأعضاء</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>تقويم العطلات</translation>
    </message>
    <message>
        <source>the service level catalogue</source>
        <translation>فهرس مستويات الخدمة</translation>
    </message>
    <message>
        <source>the rules (response windows, thresholds)</source>
        <translation>القواعد (مهل الرد، والحدود)</translation>
    </message>
    <message>
        <source>A new committee needs a name.</source>
        <translation>تحتاج اللجنة الجديدة إلى اسم.</translation>
    </message>
</context>
<context>
    <name>CommitteeTransfer</name>
    <message>
        <source>The audit trail of the %1 does not verify: %2</source>
        <translation>لم يجتز سجل تدقيق %1 التحقق: %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows after the copy instead of %3.</source>
        <translation>في الجدول %1 بعد النسخ %2 من الصفوف بدلاً من %3.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail ends elsewhere than the source&apos;s.</source>
        <translation>ينتهي سجل تدقيق النسخة عند موضع غير الذي ينتهي عنده سجل تدقيق المصدر.</translation>
    </message>
</context>
<context>
    <name>CompareAndSet</name>
    <message>
        <source>“%1” was not undone or redone: the record was changed since this step (in another window, by a merged review copy or from the command line). It keeps its current value.</source>
        <translation>لم يُنفَّذ التراجع عن «%1» أو إعادته: تغيّر السجل منذ هذه الخطوة (في نافذة أخرى، أو بدمج نسخة مراجعة، أو من سطر الأوامر). ويحتفظ بقيمته الحالية.</translation>
    </message>
</context>
<context>
    <name>ComplaintPatterns</name>
    <message>
        <source>No service level</source>
        <translation>بلا مستوى خدمة</translation>
    </message>
    <message>
        <source>Rising complaints: %1</source>
        <translation>شكاوى متزايدة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about this service level between %1 and %2: %3.</source>
        <translation>
            <numerusform>لا شكاوى بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform>
            <numerusform>شكوى واحدة بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform>
            <numerusform>شكويان بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform>
            <numerusform>%n شكاوى بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform>
            <numerusform>%n شكوى بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform>
            <numerusform>%n شكوى بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintProcess</name>
    <message>
        <source>Customer Service Complaint</source>
        <translation>شكوى بشأن خدمة العملاء</translation>
    </message>
    <message>
        <source>An individual complaint about the IFO&apos;s customer service, escalated step by step.</source>
        <translation>شكوى فردية بشأن خدمة العملاء لدى IFO، تُصعَّد خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>المشتكي</translation>
    </message>
    <message>
        <source>1 · Raised with the IFO</source>
        <translation>1 · أُثيرت مع IFO</translation>
    </message>
    <message>
        <source>The operator raised the problem with the IFO&apos;s customer service (e-mail, then phone).</source>
        <translation>أثار المشغّل المشكلة مع خدمة العملاء لدى IFO (البريد الإلكتروني، ثم الهاتف).</translation>
    </message>
    <message>
        <source>2 · Reported to the committee</source>
        <translation>2 · أُبلغت اللجنة</translation>
    </message>
    <message>
        <source>Reported to the committee for the record only; the complainant may go to the Ombudsman.</source>
        <translation>أُبلغت اللجنة للتوثيق فقط؛ ويمكن للمشتكي التوجّه إلى أمين المظالم.</translation>
    </message>
    <message>
        <source>3 · Ombudsman</source>
        <translation>3 · أمين المظالم</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>أمين المظالم</translation>
    </message>
    <message>
        <source>The Ombudsman reports the result to the operator and the committee, or redirects the matter.</source>
        <translation>يُبلغ أمين المظالم المشغّلَ واللجنة بالنتيجة، أو يحيل المسألة.</translation>
    </message>
    <message>
        <source>4 · Written response requested</source>
        <translation>4 · طُلب رد مكتوب</translation>
    </message>
    <message>
        <source>The committee requested a written response from the IFO and facilitates an agreed outcome.</source>
        <translation>طلبت اللجنة رداً مكتوباً من IFO وتسعى إلى نتيجة متفق عليها.</translation>
    </message>
    <message>
        <source>5 · External mediation</source>
        <translation>5 · وساطة خارجية</translation>
    </message>
    <message>
        <source>Committee and mediator</source>
        <translation>اللجنة والوسيط</translation>
    </message>
    <message>
        <source>An external mediator, with reports on the earlier attempts from the committee and the IFO.</source>
        <translation>وسيط خارجي، مع تقارير من اللجنة ومن IFO عن المحاولات السابقة.</translation>
    </message>
    <message>
        <source>6 · Systemic failure?</source>
        <translation>6 · إخفاق منهجي؟</translation>
    </message>
    <message>
        <source>The committee decides whether a systemic failure is involved (and may open Problem Management).</source>
        <translation>تقرر اللجنة ما إذا كان هناك إخفاق منهجي (ويمكنها فتح إدارة المشكلات).</translation>
    </message>
    <message>
        <source>7 · Independent Appeals Panel</source>
        <translation>7 · هيئة الاستئناف المستقلة</translation>
    </message>
    <message>
        <source>Registry operator</source>
        <translation>مشغّل السجل</translation>
    </message>
    <message>
        <source>The registry operator started an Independent Appeals Panel on its own.</source>
        <translation>بدأ مشغّل السجل من تلقاء نفسه إجراء أمام هيئة الاستئناف المستقلة.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حُلّت</translation>
    </message>
    <message>
        <source>Resolved with the remedial action agreed.</source>
        <translation>حُلّت مع الإجراء التصحيحي المتفق عليه.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>Withdrawn by the complainant.</source>
        <translation>سحبها المشتكي.</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>أُحيلت</translation>
    </message>
    <message>
        <source>Not an IANA operational issue: redirected to the right body.</source>
        <translation>ليست مسألة تشغيلية لـ IANA: أُحيلت إلى الجهة المختصة.</translation>
    </message>
    <message>
        <source>Report to the committee</source>
        <translation>إبلاغ اللجنة</translation>
    </message>
    <message>
        <source>Go to the Ombudsman</source>
        <translation>التوجّه إلى أمين المظالم</translation>
    </message>
    <message>
        <source>Skip the Ombudsman: request a written response</source>
        <translation>تجاوز أمين المظالم: طلب رد مكتوب</translation>
    </message>
    <message>
        <source>Ombudsman failed: request a written response</source>
        <translation>أخفق أمين المظالم: طلب رد مكتوب</translation>
    </message>
    <message>
        <source>Ombudsman&apos;s report</source>
        <translation>تقرير أمين المظالم</translation>
    </message>
    <message>
        <source>Redirect to another body</source>
        <translation>الإحالة إلى جهة أخرى</translation>
    </message>
    <message>
        <source>Facilitation failed: engage a mediator</source>
        <translation>أخفق التيسير: الاستعانة بوسيط</translation>
    </message>
    <message>
        <source>IFO&apos;s written response</source>
        <translation>الرد المكتوب من IFO</translation>
    </message>
    <message>
        <source>Mediation failed: consider systemic failure</source>
        <translation>أخفقت الوساطة: النظر في إخفاق منهجي</translation>
    </message>
    <message>
        <source>Mediator&apos;s report</source>
        <translation>تقرير الوسيط</translation>
    </message>
    <message>
        <source>Operator starts an Independent Appeals Panel</source>
        <translation>المشغّل يبدأ إجراءً أمام هيئة الاستئناف المستقلة</translation>
    </message>
    <message>
        <source>Resolve (remedial action agreed)</source>
        <translation>حل (إجراء تصحيحي متفق عليه)</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>قرار الهيئة</translation>
    </message>
    <message>
        <source>Withdrawn by the complainant</source>
        <translation>سحبها المشتكي</translation>
    </message>
    <message>
        <source>Panel: remedy period</source>
        <translation>الهيئة: مهلة التصحيح</translation>
    </message>
    <message>
        <source>IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The panel found a breach capable of remedy; the IFO has the days it set.</source>
        <translation>وجدت الهيئة إخلالاً قابلاً للتصحيح؛ لدى IFO الأيام التي حددتها.</translation>
    </message>
    <message>
        <source>Further escalation options</source>
        <translation>خيارات التصعيد الإضافية</translation>
    </message>
    <message>
        <source>An irremediable breach, or a remedy not made in time: the further escalation options are open.</source>
        <translation>إخلال غير قابل للتصحيح، أو تصحيح لم يتم في موعده: خيارات التصعيد الإضافية متاحة.</translation>
    </message>
    <message>
        <source>Panel finding: breach capable of remedy</source>
        <translation>قرار الهيئة: إخلال قابل للتصحيح</translation>
    </message>
    <message>
        <source>Panel finding: breach not capable of remedy</source>
        <translation>قرار الهيئة: إخلال غير قابل للتصحيح</translation>
    </message>
    <message>
        <source>Remedy not made in time</source>
        <translation>لم يتم التصحيح في الموعد</translation>
    </message>
    <message>
        <source>IFO&apos;s report of the remedy</source>
        <translation>تقرير IFO عن التصحيح</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>الهيئة</translation>
    </message>
</context>
<context>
    <name>CompositionCheck</name>
    <message>
        <source>1 gTLD member; the charter asks for at least %1</source>
        <translation>عضو gTLD واحد؛ يشترط الميثاق %1 على الأقل</translation>
    </message>
    <message>
        <source>%1 gTLD members; the charter asks for at least %2</source>
        <translation>%1 من أعضاء gTLD؛ يشترط الميثاق %2 على الأقل</translation>
    </message>
    <message>
        <source>1 ccTLD member; the charter asks for at least %1</source>
        <translation>عضو ccTLD واحد؛ يشترط الميثاق %1 على الأقل</translation>
    </message>
    <message>
        <source>%1 ccTLD members; the charter asks for at least %2</source>
        <translation>%1 من أعضاء ccTLD؛ يشترط الميثاق %2 على الأقل</translation>
    </message>
    <message>
        <source>No liaison from the IFO; the charter asks for one</source>
        <translation>لا يوجد مسؤول اتصال من IFO؛ ينص الميثاق على واحد</translation>
    </message>
    <message>
        <source>%1 IFO liaisons; the charter provides for one</source>
        <translation>%1 من مسؤولي اتصال IFO؛ ينص الميثاق على واحد</translation>
    </message>
    <message>
        <source>%1 × %2; the charter provides for at most one</source>
        <translation>%1 × %2؛ ينص الميثاق على واحد على الأكثر</translation>
    </message>
    <message>
        <source>%1 is a liaison (%2) but marked as voting; liaisons do not vote</source>
        <translation>%1 مسؤول اتصال (%2) لكنه معلَّم كمصوّت؛ مسؤولو الاتصال لا يصوّتون</translation>
    </message>
    <message>
        <source>No chair; the committee elects one</source>
        <translation>لا يوجد رئيس؛ تنتخب اللجنة رئيساً</translation>
    </message>
    <message>
        <source>%1 chairs; the committee has one</source>
        <translation>%1 رؤساء؛ للجنة رئيس واحد</translation>
    </message>
    <message>
        <source>No %1 for the IFO</source>
        <translation>لا يوجد %1 لدى IFO</translation>
    </message>
    <message>
        <source>%1 members are the %2; there should be one</source>
        <translation>%1 أعضاء هم %2؛ يجب أن يكون واحداً</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: it is not an SQLite file.</source>
        <translation>«%1» ليس قاعدة بيانات CSC Desk: ليس ملف SQLite.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>تعذّر فتح «%1».</translation>
    </message>
    <message>
        <source>“%1” is damaged and was left untouched. Restore it from a backup copy.</source>
        <translation>«%1» تالف وتُرك دون مساس. استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>تعذّرت قراءة «%1».</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>قاعدة البيانات «%1» غير موجودة.</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>تعذّر إنشاء المجلد الخاص بـ «%1».</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a CSC Desk database. It was left untouched.</source>
        <translation>«%1» قاعدة بيانات SQLite لتطبيق آخر، وليست قاعدة بيانات CSC Desk. تُركت دون مساس.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer CSC Desk (schema %2; this version reads up to %3). Update CSC Desk to open it; the file was left untouched.</source>
        <translation>كُتب «%1» بإصدار أحدث من CSC Desk (المخطط %2؛ هذا الإصدار يقرأ حتى %3). حدّث CSC Desk لفتحه؛ تُرك الملف دون مساس.</translation>
    </message>
    <message>
        <source>Opened read-only as requested.</source>
        <translation>فُتحت للقراءة فقط كما طُلب.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only; changes cannot be saved.</source>
        <translation>الملف أو مجلده للقراءة فقط؛ لا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>تعذّر إنشاء «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to this version of CSC Desk, but it is read-only: %2</source>
        <translation>يحتاج «%1» إلى ترقية لهذا الإصدار من CSC Desk، لكنه للقراءة فقط: %2</translation>
    </message>
    <message>
        <source>Could not save a backup of “%1” before upgrading it; nothing was changed.</source>
        <translation>تعذّر حفظ نسخة احتياطية من «%1» قبل ترقيته؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Cannot create an in-memory database.</source>
        <translation>تعذّر إنشاء قاعدة بيانات في الذاكرة.</translation>
    </message>
    <message>
        <source>Cannot configure the database.</source>
        <translation>تعذّر إعداد قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left as it was.</source>
        <translation>أخفقت ترقية قاعدة البيانات إلى المخطط %1؛ تُركت كما كانت.</translation>
    </message>
    <message>
        <source>Cannot record the schema version.</source>
        <translation>تعذّر تسجيل إصدار المخطط.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>Cannot write the copy “%1”.</source>
        <translation>تعذّرت كتابة النسخة «%1».</translation>
    </message>
    <message>
        <source>“%1” already exists; a new committee is only created in a new file. The file was left untouched.</source>
        <translation>«%1» موجود بالفعل؛ لا تُنشأ لجنة جديدة إلا في ملف جديد. تُرك الملف دون مساس.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: it is not a file.</source>
        <translation>«%1» ليس قاعدة بيانات CSC Desk: ليس ملفاً.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: the file is empty. It was left untouched.</source>
        <translation>«%1» ليس قاعدة بيانات CSC Desk: الملف فارغ. تُرك دون مساس.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk database: it is an empty SQLite file. It was left untouched.</source>
        <translation>«%1» ليس قاعدة بيانات CSC Desk: إنه ملف SQLite فارغ. تُرك دون مساس.</translation>
    </message>
    <message>
        <source>“%1” is a member&apos;s review copy, not a committee file: it opens only as a review copy, in that member&apos;s name and role. It was left untouched.</source>
        <translation>«%1» نسخة مراجعة خاصة بعضو، وليست ملف لجنة: لا تُفتح إلا بوصفها نسخة مراجعة، باسم ذلك العضو ودوره. تُركت دون مساس.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address; write postgresql://user@host:port/dbname.</source>
        <translation>«%1» ليس عنوان PostgreSQL؛ اكتب postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>لا يمكن لهذا التثبيت الوصول إلى PostgreSQL: برنامج تشغيل PostgreSQL الخاص بـ Qt (حزمة Debian libqt6sql6-psql) غير مثبَّت.</translation>
    </message>
    <message>
        <source>Cannot connect to the committee database “%1”.</source>
        <translation>تعذّر الاتصال بقاعدة بيانات اللجنة «%1».</translation>
    </message>
    <message>
        <source>“%1” already holds a CSC Desk committee; a new committee is only created in an empty database. It was left untouched.</source>
        <translation>«%1» يحوي لجنة CSC Desk بالفعل؛ لا تُنشأ لجنة جديدة إلا في قاعدة بيانات فارغة. تُرك دون مساس.</translation>
    </message>
    <message>
        <source>“%1” is not a CSC Desk committee (it has no CSC Desk schema). Create one with `cscdesk migrate` or `cscdesk setup --db …`; nothing was changed.</source>
        <translation>«%1» ليس لجنة CSC Desk (لا يحوي مخطط CSC Desk). أنشئ لجنة باستخدام `cscdesk migrate` أو `cscdesk setup --db …`؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer CSC Desk (schema %2; this version reads up to %3). Update CSC Desk to open it.</source>
        <translation>كُتب «%1» بإصدار أحدث من CSC Desk (المخطط %2؛ هذا الإصدار يقرأ حتى %3). حدّث CSC Desk لفتحه.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade to this version of CSC Desk, but it was opened read-only.</source>
        <translation>يحتاج «%1» إلى ترقية لهذا الإصدار من CSC Desk، لكنه فُتح للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>Another CSC Desk (process %1 on %2) has this database open; this window is read-only.</source>
        <translation>نسخة أخرى من CSC Desk (العملية %1 على %2) تفتح قاعدة البيانات هذه؛ هذه النافذة للقراءة فقط.</translation>
    </message>
    <message>
        <source>Another CSC Desk on this computer has this database open, perhaps under another name (a link to the same file); this window is read-only.</source>
        <translation>نسخة أخرى من CSC Desk على هذا الحاسوب تفتح قاعدة البيانات هذه، ربما باسم آخر (رابط إلى الملف نفسه)؛ هذه النافذة للقراءة فقط.</translation>
    </message>
    <message>
        <source>The lock file “%1” could not be written; this window is read-only.</source>
        <translation>تعذّرت كتابة ملف القفل «%1»؛ هذه النافذة للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <source>IFO&apos;s written response (complaint step 4)</source>
        <translation>الرد المكتوب من IFO (الخطوة 4 من الشكوى)</translation>
    </message>
    <message>
        <source>“due within 10 working days” (domain.md §3b)</source>
        <translation>«مستحق خلال 10 أيام عمل» (domain.md §3b)</translation>
    </message>
    <message>
        <source>IFO&apos;s response to a significant failure (Problem Management step 1)</source>
        <translation>رد IFO على إخفاق جسيم (الخطوة 1 من إدارة المشكلات)</translation>
    </message>
    <message>
        <source>“within a set number of days (30 by default)” (domain.md §3c)</source>
        <translation>«خلال عدد محدد من الأيام (30 افتراضياً)» (domain.md §3c)</translation>
    </message>
    <message>
        <source>Remedial action directed (Problem Management step 2)</source>
        <translation>توجيه إجراء تصحيحي (الخطوة 2 من إدارة المشكلات)</translation>
    </message>
    <message>
        <source>“within a specified period”, entered with the move</source>
        <translation>«خلال مدة محددة»، تُدخل مع النقل</translation>
    </message>
    <message>
        <source>A panel&apos;s remedy period</source>
        <translation>مهلة التصحيح التي تحددها الهيئة</translation>
    </message>
    <message>
        <source>“the IFO has a set number of days to remedy it” (domain.md §3d)</source>
        <translation>«لدى IFO عدد محدد من الأيام لتصحيحه» (domain.md §3d)</translation>
    </message>
    <message>
        <source>Minutes published after the meeting</source>
        <translation>نشر المحضر بعد الاجتماع</translation>
    </message>
    <message>
        <source>“within 5 business days” (domain.md §2)</source>
        <translation>«خلال 5 أيام عمل» (domain.md §2)</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>يوم عمل واحد</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 أيام عمل</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 أيام</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>أيام عمل</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>أيام تقويمية</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>Ratified by the e-mail decision of %1.</source>
        <translation>صودق عليه بالقرار المتخذ بالبريد الإلكتروني في %1.</translation>
    </message>
    <message>
        <source>Ratified by an e-mail decision.</source>
        <translation>صودق عليه بقرار متخذ بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>To be ratified by e-mail: not yet ratified.</source>
        <translation>يُصادَق عليه بالبريد الإلكتروني: لم يُصادَق عليه بعد.</translation>
    </message>
    <message>
        <source>Not marked for ratification by e-mail.</source>
        <translation>غير معلَّم للمصادقة عليه بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Only a decision taken at a meeting is ratified by e-mail.</source>
        <translation>لا يُصادَق بالبريد الإلكتروني إلا على قرار اتُّخذ في اجتماع.</translation>
    </message>
    <message>
        <source>The meeting was quorate; its decision needs no ratification.</source>
        <translation>كان نصاب الاجتماع مكتملاً؛ ولا يحتاج قراره إلى مصادقة.</translation>
    </message>
    <message>
        <source>The decision is marked to be ratified by e-mail already.</source>
        <translation>القرار معلَّم بالفعل للمصادقة عليه بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The decision was ratified already.</source>
        <translation>صودق على القرار بالفعل.</translation>
    </message>
    <message>
        <source>Mark the decision to be ratified by e-mail first.</source>
        <translation>علّم القرار للمصادقة عليه بالبريد الإلكتروني أولاً.</translation>
    </message>
    <message>
        <source>The decision is not marked to be ratified by e-mail.</source>
        <translation>القرار غير معلَّم للمصادقة عليه بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>A decision needs a text.</source>
        <translation>يحتاج القرار إلى نص.</translation>
    </message>
    <message>
        <source>A decision needs the date it was taken.</source>
        <translation>يحتاج القرار إلى تاريخ اتخاذه.</translation>
    </message>
    <message>
        <source>A decision is taken at a meeting or by e-mail.</source>
        <translation>يُتخذ القرار في اجتماع أو بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>%1 is a %2 and does not vote; only voting members&apos; votes are recorded.</source>
        <translation>%1 بصفة %2 ولا يصوّت؛ لا تُسجَّل إلا أصوات الأعضاء المصوّتين.</translation>
    </message>
    <message>
        <source>This decision is closed: the minutes of its meeting were approved.</source>
        <translation>هذا القرار مغلق: اعتُمد محضر اجتماعه.</translation>
    </message>
    <message>
        <source>Only %1 of the voting members answered; a decision needs at least %2.</source>
        <translation>لم يُجب إلا %1 من الأعضاء المصوّتين؛ يحتاج القرار إلى %2 على الأقل.</translation>
    </message>
    <message>
        <source>Only %1 of the voting members present; a decision needs at least %2.</source>
        <translation>لم يحضر إلا %1 من الأعضاء المصوّتين؛ يحتاج القرار إلى %2 على الأقل.</translation>
    </message>
    <message>
        <source>Not unanimous; with vacancies on the committee decisions must be unanimous.</source>
        <translation>ليس بالإجماع؛ مع وجود شواغر في اللجنة يجب أن تكون القرارات بالإجماع.</translation>
    </message>
    <message>
        <source>Not carried: %1 for, %2 against.</source>
        <translation>لم يُعتمد: %1 مع، %2 ضد.</translation>
    </message>
    <message>
        <source>Carried unanimously (%1 for).</source>
        <translation>اعتُمد بالإجماع (%1 مع).</translation>
    </message>
    <message>
        <source>Carried: %1 for, %2 against, %3 abstaining.</source>
        <translation>اعتُمد: %1 مع، %2 ضد، %3 امتناع.</translation>
    </message>
    <message>
        <source>Decision %1 is not on record.</source>
        <translation>القرار %1 غير مسجَّل.</translation>
    </message>
    <message>
        <source>Only a decision taken at a meeting is ratified by e-mail.</source>
        <translation>لا يُصادَق بالبريد الإلكتروني إلا على قرار اتُّخذ في اجتماع.</translation>
    </message>
    <message>
        <source>The meeting was quorate; its decision needs no ratification.</source>
        <translation>كان نصاب الاجتماع مكتملاً؛ ولا يحتاج قراره إلى مصادقة.</translation>
    </message>
    <message>
        <source>The decision is not marked to be ratified by e-mail.</source>
        <translation>القرار غير معلَّم للمصادقة عليه بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The decision was ratified already.</source>
        <translation>صودق على القرار بالفعل.</translation>
    </message>
    <message>
        <source>A ratification is a decision taken by e-mail.</source>
        <translation>المصادقة قرار يُتخذ بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The e-mail decision does not ratify: %1</source>
        <translation>القرار المتخذ بالبريد الإلكتروني لا يصادق: %1</translation>
    </message>
    <message>
        <source>The meeting was not quorate: not carried; to be ratified by e-mail.</source>
        <translation>لم يكتمل نصاب الاجتماع: لم يُعتمد؛ ويُصادَق عليه بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>With vacancies on the committee, decisions are limited to approving the monthly report: not carried.</source>
        <translation>مع وجود شواغر في اللجنة، تقتصر القرارات على اعتماد التقرير الشهري: لم يُعتمد.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo spans 1 to 30 years, not %1.</source>
        <translation>يمتد العرض التجريبي من سنة إلى 30 سنة، وليس %1.</translation>
    </message>
    <message>
        <source>“%1” already exists; the demo generator only writes new files.</source>
        <translation>«%1» موجود بالفعل؛ مولّد العرض التجريبي لا يكتب إلا ملفات جديدة.</translation>
    </message>
    <message>
        <source>Demo generator</source>
        <translation>مولّد العرض التجريبي</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Unknown format “%1”: use html, pdf or md.</source>
        <translation>صيغة غير معروفة «%1»: استخدم html أو pdf أو md.</translation>
    </message>
    <message>
        <source>Record reference (audit trail head): %1</source>
        <translation>مرجع السجل (رأس سجل التدقيق): %1</translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>لجنة العملاء الدائمة</translation>
    </message>
    <message>
        <source>Cannot lay out the PDF of “%1”.</source>
        <translation>تعذّر تخطيط ملف PDF لـ «%1».</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>تنسيق غير معروف.</translation>
    </message>
</context>
<context>
    <name>DutyRecords</name>
    <message>
        <source>A technical change needs a title.</source>
        <translation>يحتاج التغيير التقني إلى عنوان.</translation>
    </message>
    <message>
        <source>The RFC period of “%1” closes before it opens.</source>
        <translation>تُغلق فترة RFC لـ «%1» قبل أن تُفتح.</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement on “%1” is based on the comments received; it comes after the RFC period closes (%2).</source>
        <translation>يستند بيان IFO بشأن «%1» إلى التعليقات الواردة؛ ويصدر بعد إغلاق فترة RFC (%2).</translation>
    </message>
    <message>
        <source>A consultation needs its date, audience, content and public text.</source>
        <translation>تحتاج المشاورة إلى تاريخها وجمهورها ومضمونها ونصها العلني.</translation>
    </message>
    <message>
        <source>An update to the direct customers needs its date, audience, content and public text.</source>
        <translation>يحتاج التحديث المقدَّم إلى العملاء المباشرين إلى تاريخه وجمهوره ومضمونه ونصه العلني.</translation>
    </message>
    <message>
        <source>Charter review</source>
        <translation>مراجعة الميثاق</translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation>مراجعة الفعالية</translation>
    </message>
    <message>
        <source>IANA Functions Review</source>
        <translation>مراجعة وظائف IANA</translation>
    </message>
    <message>
        <source>Special IANA Function Review</source>
        <translation>المراجعة الخاصة لوظائف IANA</translation>
    </message>
    <message>
        <source>Separation working group</source>
        <translation>الفريق العامل المعني بالفصل</translation>
    </message>
    <message>
        <source>A liaison needs the person and the start of the term.</source>
        <translation>يحتاج مسؤول الاتصال إلى الشخص وبداية المدة.</translation>
    </message>
    <message>
        <source>“%1” is not a review team (%2).</source>
        <translation>«%1» ليس فريق مراجعة (%2).</translation>
    </message>
    <message>
        <source>The term of %1 ends before it starts.</source>
        <translation>تنتهي مدة %1 قبل أن تبدأ.</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <source>%1 changed this record at %2 UTC while you were editing it, so your change was not saved; your text is kept. Look at their change, then make yours again.</source>
        <translation>غيّر %1 هذا السجل في %2 UTC أثناء تحريرك له، لذا لم يُحفظ تغييرك؛ ونصك محفوظ. اطّلع على تغييره، ثم أجرِ تغييرك مجدداً.</translation>
    </message>
</context>
<context>
    <name>FigureImporter</name>
    <message>
        <source>a CSV file of figures</source>
        <translation>ملف CSV للأرقام</translation>
    </message>
</context>
<context>
    <name>FigureStore</name>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>لا يمكن أن تكون الأعداد سالبة.</translation>
    </message>
    <message>
        <source>More requests met the threshold (%1) than were handled (%2).</source>
        <translation>عدد الطلبات التي استوفت الحد (%1) أكبر من عدد الطلبات المعالجة (%2).</translation>
    </message>
    <message>
        <source>Figures need a month.</source>
        <translation>تحتاج الأرقام إلى شهر.</translation>
    </message>
    <message>
        <source>%1 requests in a month is beyond any believable count (at most %2).</source>
        <translation>عدد الطلبات في شهر واحد (%1) يفوق أي عدد معقول (%2 على الأكثر).</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Excellent</source>
        <translation>ممتاز</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>مُرضٍ</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (الفئة %2)</translation>
    </message>
    <message>
        <source>The findings of %1 cannot change: the committee rated the month “%2” on %3, and a rated month is a record. The chair must first reopen its rating, a recorded decision.</source>
        <translation>لا يمكن تغيير استنتاجات %1: قيّمت اللجنة الشهر بـ «%2» في %3، والشهر المُقيَّم جزء من السجل. يجب على الرئيس أولاً إعادة فتح تقييمه، بقرار مسجَّل.</translation>
    </message>
    <message>
        <source>A rating needs a label (for example “%1”).</source>
        <translation>يحتاج التقييم إلى تسمية (مثلاً «%1»).</translation>
    </message>
    <message>
        <source>%1 is already rated “%2”. A recorded rating is not changed: the chair reopens it first, with the reason, as a recorded decision.</source>
        <translation>قُيّم %1 بالفعل بـ «%2». لا يُغيَّر التقييم المسجَّل: يعيد الرئيس فتحه أولاً، مع ذكر السبب، بقرار مسجَّل.</translation>
    </message>
    <message>
        <source>%1 has no figures yet: a month is rated on its figures.</source>
        <translation>ليس لـ %1 أرقام بعد: يُقيَّم الشهر بناءً على أرقامه.</translation>
    </message>
    <message>
        <source>“%1” means every defined threshold was met; in %2 PTI met %3 of %4.</source>
        <translation>«%1» يعني استيفاء جميع الحدود المحددة؛ وفي %2 استوفت PTI %3 من %4.</translation>
    </message>
    <message>
        <source>“%1” says every missed threshold was satisfactorily explained; not yet explained: %2. Record their narratives as explained, or record the lower rating.</source>
        <translation>«%1» يعني أن كل حد غير مستوفى فُسِّر تفسيراً مُرضياً؛ ولم يُفسَّر بعد: %2. سجّل تفسيراتها على أنها مُرضية، أو سجّل التقييم الأدنى.</translation>
    </message>
    <message>
        <source>The findings statement of %1 was edited by hand for another rating than “%2”. Redraft it from the new rating, or keep the edit (the report then cannot be exported until the two agree).</source>
        <translation>حُرِّر بيان استنتاجات %1 يدوياً لتقييم غير «%2». أعد صياغته من التقييم الجديد، أو أبقِ التعديل (وعندئذ لا يمكن تصدير التقرير حتى يتطابق الاثنان).</translation>
    </message>
    <message>
        <source>Reopening a rated month needs the reason, for the record.</source>
        <translation>تحتاج إعادة فتح شهر مُقيَّم إلى ذكر السبب، للتوثيق.</translation>
    </message>
    <message>
        <source>%1 is not rated: there is nothing to reopen.</source>
        <translation>%1 غير مُقيَّم: لا شيء لإعادة فتحه.</translation>
    </message>
    <message>
        <source>%1: PTI&apos;s performance over %2 was 100%. PTI met all %3 of the currently defined thresholds.</source>
        <translation>%1: بلغ أداء PTI خلال %2 نسبة 100%. واستوفت PTI جميع الحدود المحددة حالياً وعددها %3.</translation>
    </message>
    <message>
        <source>%1: PTI&apos;s performance over %2 was %3. PTI met %4 of the currently defined %5 thresholds.</source>
        <translation>%1: بلغ أداء PTI خلال %2 نسبة %3. واستوفت PTI %4 من الحدود المحددة حالياً وعددها %5.</translation>
    </message>
    <message>
        <source>The missed threshold, %1, was satisfactorily explained and does not indicate a performance issue.</source>
        <translation>فُسِّر الحد غير المستوفى، %1، تفسيراً مُرضياً، ولا يدل على مشكلة في الأداء.</translation>
    </message>
    <message>
        <source>The missed thresholds, %1, were satisfactorily explained and do not indicate a performance issue.</source>
        <translation>فُسِّرت الحدود غير المستوفاة، %1، تفسيراً مُرضياً، ولا تدل على مشكلة في الأداء.</translation>
    </message>
    <message>
        <source>Missed: %1.</source>
        <translation>غير مستوفى: %1.</translation>
    </message>
    <message>
        <source>Not satisfactorily explained: %1.</source>
        <translation>لم يُفسَّر تفسيراً مُرضياً: %1.</translation>
    </message>
    <message>
        <source>Missed and not satisfactorily explained: %1.</source>
        <translation>غير مستوفى ولم يُفسَّر تفسيراً مُرضياً: %1.</translation>
    </message>
    <message>
        <source>No figures were received for: %1.</source>
        <translation>لم ترد أرقام لـ: %1.</translation>
    </message>
    <message>
        <source>The findings statement of %1 was edited by hand for the rating “%2”, but the month&apos;s rating is “%3”: redraft the statement (Draft from figures) before the report can be exported.</source>
        <translation>حُرِّر بيان استنتاجات %1 يدوياً للتقييم «%2»، لكن تقييم الشهر هو «%3»: أعد صياغة البيان (صياغة من الأرقام) قبل أن يمكن تصدير التقرير.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>The findings statement of %1 was edited by hand for other missed thresholds than the month now has: redraft the statement before the report can be exported.</source>
        <translation>حُرِّر بيان استنتاجات %1 يدوياً لحدود غير مستوفاة تختلف عما في الشهر الآن: أعد صياغة البيان قبل أن يمكن تصدير التقرير.</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>لا أرقام</translation>
    </message>
    <message>
        <source>CSC findings on IFO performance — %1</source>
        <translation>استنتاجات CSC بشأن أداء IFO — %1</translation>
    </message>
    <message>
        <source>Missed thresholds</source>
        <translation>الحدود غير المستوفاة</translation>
    </message>
    <message>
        <source>No threshold was missed.</source>
        <translation>لم يُخفق أي حد.</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (الفئة %2)</translation>
    </message>
    <message>
        <source>%1 against a target of %2.</source>
        <translation>%1 مقابل هدف %2.</translation>
    </message>
    <message>
        <source>Missed persistently in recent months.</source>
        <translation>غير مستوفى باستمرار في الأشهر الأخيرة.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>No escalations in progress.</source>
        <translation>لا توجد تصعيدات جارية.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>Report of escalations</source>
        <translation>تقرير التصعيدات</translation>
    </message>
    <message>
        <source>Confidential escalations in progress: %1, by process and step.</source>
        <translation>التصعيدات السرية الجارية: %1، حسب الإجراء والخطوة.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>At step (cases)</source>
        <translation>في الخطوة (الحالات)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Escalations made public by a decision of the committee:</source>
        <translation>التصعيدات التي جُعلت علنية بقرار من اللجنة:</translation>
    </message>
    <message>
        <source>Process and step</source>
        <translation>الإجراء والخطوة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rating: %1 (decided by the committee on %2)</source>
        <translation>التقييم: %1 (قررته اللجنة في %2)</translation>
    </message>
    <message>
        <source>Rating: %1 (proposed; not yet decided by the committee)</source>
        <translation>التقييم: %1 (مقترح؛ لم تقرره اللجنة بعد)</translation>
    </message>
    <message>
        <source>No explanation recorded yet.</source>
        <translation>لم يُسجَّل تفسير بعد.</translation>
    </message>
    <message>
        <source>Every threshold</source>
        <translation>كل الحدود</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Share of thresholds met per month over the last twelve months (axis from 0% to 100%; months with misses in red)</source>
        <translation>نسبة الحدود المستوفاة في كل شهر خلال الأشهر الاثني عشر الأخيرة (المحور من 0% إلى 100%؛ الأشهر التي فيها إخفاقات بالأحمر)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
</context>
<context>
    <name>HolidayFile</name>
    <message>
        <source>%1, line %2: “%3” is not an all-day event; a holiday file holds whole days.</source>
        <translation>%1، السطر %2: «%3» ليس حدثاً ليوم كامل؛ ملف العطلات يحوي أياماً كاملة.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a date (write YYYY-MM-DD, optionally followed by a name).</source>
        <translation>%1، السطر %2: «%3» ليس تاريخاً (اكتب YYYY-MM-DD، متبوعاً اختيارياً باسم).</translation>
    </message>
    <message>
        <source>a holiday file or calendar</source>
        <translation>ملف عطلات أو تقويم عطلات</translation>
    </message>
</context>
<context>
    <name>HolidayTransfer</name>
    <message>
        <source>The text is not UTF-8.</source>
        <translation>النص ليس بترميز UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write YYYY-MM-DD, optionally followed by a name).</source>
        <translation>«%1» ليس تاريخاً (اكتب YYYY-MM-DD، متبوعاً باسم اختيارياً).</translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2).</source>
        <translation>ورد %1 مرتين (أول مرة في السطر %2).</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>هذا ليس ملفاً عادياً.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>The file is too large for a holiday list.</source>
        <translation>الملف أكبر من أن يكون قائمة عطلات.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source># The committee&apos;s holidays: one date per line (YYYY-MM-DD), then its name.</source>
        <translation># عطلات اللجنة: تاريخ واحد في كل سطر (YYYY-MM-DD)، يليه اسمها.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message>
        <source>%1: not an iCalendar file (it does not start with BEGIN:VCALENDAR).</source>
        <translation>%1: ليس ملف iCalendar (لا يبدأ بـ BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a NAME:VALUE line.</source>
        <translation>%1: «%2» ليس سطراً بصيغة NAME:VALUE.</translation>
    </message>
    <message>
        <source>%1: the event has no DTSTART.</source>
        <translation>%1: الحدث ليس له DTSTART.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYYMMDD).</source>
        <translation>%1: «%2» ليس تاريخاً (YYYYMMDD).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date-time (YYYYMMDDTHHMMSSZ).</source>
        <translation>%1: «%2» ليس تاريخاً ووقتاً (YYYYMMDDTHHMMSSZ).</translation>
    </message>
    <message>
        <source>%1: the event is not closed with END:VEVENT.</source>
        <translation>%1: الحدث غير مغلق بـ END:VEVENT.</translation>
    </message>
</context>
<context>
    <name>IfoComplaints</name>
    <message>
        <source>A summary of escalated complaints needs its period and the day it was received.</source>
        <translation>يحتاج ملخص الشكاوى المصعَّدة إلى فترته ويوم استلامه.</translation>
    </message>
    <message>
        <source>Each count of the summary needs a kind and a number of at least 0.</source>
        <translation>يحتاج كل عدد في الملخص إلى نوع وعدد لا يقل عن 0.</translation>
    </message>
    <message>
        <source>The IFO&apos;s handling of a complaint needs its reference and the day it was received.</source>
        <translation>تحتاج معالجة IFO لشكوى إلى مرجعها ويوم استلامها.</translation>
    </message>
    <message>
        <source>Complaint %1 cannot be acknowledged or answered before it was received (%2).</source>
        <translation>لا يمكن الإقرار باستلام الشكوى %1 أو الرد عليها قبل استلامها (%2).</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>“%1” is a folder, not %2.</source>
        <translation>«%1» مجلد، وليس %2.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device or a pipe), so it cannot be read as %2.</source>
        <translation>«%1» ليس ملفاً عادياً (بل جهاز أو أنبوب)، لذا لا يمكن قراءته بوصفه %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be %2 (%3; at most %4).</source>
        <translation>«%1» أكبر من أن يكون %2 (%3؛ %4 على الأكثر).</translation>
    </message>
    <message>
        <source>“%1” is too large to be %2 (at most %3).</source>
        <translation>«%1» أكبر من أن يكون %2 (%3 على الأكثر).</translation>
    </message>
</context>
<context>
    <name>KeptChanges</name>
    <message>
        <source>There is no kept change #%1 waiting for a decision.</source>
        <translation>لا يوجد تغيير محتفَظ به رقم %1 ينتظر قراراً.</translation>
    </message>
</context>
<context>
    <name>MeetingNames</name>
    <message>
        <source>Monthly meeting</source>
        <translation>اجتماع شهري</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>اجتماع استثنائي</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>For</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>مُعمَّم</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مُعتمَد</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <source>confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>محضر الاجتماع السابق</translation>
    </message>
    <message>
        <source>No minutes of an earlier meeting.</source>
        <translation>لا يوجد محضر لاجتماع سابق.</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 (%2), %3</source>
        <translation>محضر الاجتماع رقم %1 (%2)، %3</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>The minutes have no notes yet.</source>
        <translation>لا توجد ملاحظات في المحضر بعد.</translation>
    </message>
    <message>
        <source>IFO performance for %1 and the findings draft</source>
        <translation>أداء IFO لشهر %1 ومسودة الاستنتاجات</translation>
    </message>
    <message>
        <source>Missed threshold</source>
        <translation>حدّ غير مستوفى</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>No figures for this month yet.</source>
        <translation>لا أرقام لهذا الشهر بعد.</translation>
    </message>
    <message>
        <source>Findings draft</source>
        <translation>مسودة الاستنتاجات</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>بنود الإجراءات المفتوحة</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>لا توجد بنود إجراءات مفتوحة.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>بند الإجراء</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Open cases and their deadlines</source>
        <translation>الحالات المفتوحة ومواعيدها النهائية</translation>
    </message>
    <message>
        <source>No open cases.</source>
        <translation>لا توجد حالات مفتوحة.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Confidential — committee members only</source>
        <translation>سري — لأعضاء اللجنة فقط</translation>
    </message>
    <message>
        <source>Meeting pack: CSC %1 no. %2, %3</source>
        <translation>حزمة الاجتماع: %1 رقم %2 للجنة CSC، %3</translation>
    </message>
    <message>
        <source>For the members of the committee.</source>
        <translation>لأعضاء اللجنة.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>No meeting with id %1.</source>
        <translation>لا يوجد اجتماع بالمعرّف %1.</translation>
    </message>
    <message>
        <source>No meeting was held on %1.</source>
        <translation>لم يُعقد اجتماع في %1.</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>تفقّد الحضور</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>بنود الإجراءات المفتوحة</translation>
    </message>
    <message>
        <source>IFO performance for %1: the IFO&apos;s report and the committee&apos;s findings</source>
        <translation>أداء IFO لشهر %1: تقرير IFO واستنتاجات اللجنة</translation>
    </message>
    <message>
        <source>Annual consultation on IFO performance</source>
        <translation>المشاورة السنوية بشأن أداء IFO</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>ما يستجد من أعمال</translation>
    </message>
    <message>
        <source>Adjourn</source>
        <translation>رفع الجلسة</translation>
    </message>
    <message>
        <source>A meeting needs a date and time.</source>
        <translation>يحتاج الاجتماع إلى تاريخ ووقت.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>يحتاج بند جدول الأعمال إلى عنوان.</translation>
    </message>
    <message>
        <source>The agenda item is no longer there.</source>
        <translation>بند جدول الأعمال لم يعد موجوداً.</translation>
    </message>
    <message>
        <source>The minutes already have a section for this agenda item; keep it and mark it confidential or leave it empty instead.</source>
        <translation>للمحضر بالفعل قسم لبند جدول الأعمال هذا؛ احتفظ به وعلّمه سرياً أو اتركه فارغاً بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Cannot move agenda item %1 to position %2: the agenda has %3 items.</source>
        <translation>تعذّر نقل البند %1 إلى الموضع %2: في جدول الأعمال %3 بنود.</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>لا توجد حالة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Decisions or action items were recorded under this agenda item; keep it and mark it confidential instead.</source>
        <translation>سُجّلت قرارات أو بنود إجراءات تحت بند جدول الأعمال هذا؛ أبقِه وعلّمه سرياً بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>The minutes of meeting no. %1 are approved: its attendance is a record and stays as it was.</source>
        <translation>اعتُمد محضر الاجتماع رقم %1: سجل حضوره موثّق ويبقى على حاله.</translation>
    </message>
    <message>
        <source>%1 was not on the committee on %2.</source>
        <translation>لم يكن %1 عضواً في اللجنة في %2.</translation>
    </message>
</context>
<context>
    <name>MemberNames</name>
    <message>
        <source>gTLD registry member</source>
        <translation>عضو عن سجلات gTLD</translation>
    </message>
    <message>
        <source>ccTLD registry member</source>
        <translation>عضو عن سجلات ccTLD</translation>
    </message>
    <message>
        <source>IFO liaison</source>
        <translation>مسؤول اتصال IFO</translation>
    </message>
    <message>
        <source>Other TLD liaison</source>
        <translation>مسؤول اتصال عن نطاق علوي آخر</translation>
    </message>
    <message>
        <source>GNSO liaison</source>
        <translation>مسؤول اتصال GNSO</translation>
    </message>
    <message>
        <source>RSSAC liaison</source>
        <translation>مسؤول اتصال RSSAC</translation>
    </message>
    <message>
        <source>SSAC liaison</source>
        <translation>مسؤول اتصال SSAC</translation>
    </message>
    <message>
        <source>GAC liaison</source>
        <translation>مسؤول اتصال GAC</translation>
    </message>
    <message>
        <source>ALAC liaison</source>
        <translation>مسؤول اتصال ALAC</translation>
    </message>
    <message>
        <source>Primary point of contact</source>
        <translation>جهة الاتصال الرئيسية</translation>
    </message>
    <message>
        <source>Secondary point of contact</source>
        <translation>جهة الاتصال الثانوية</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>The minutes exist already.</source>
        <translation>المحضر موجود بالفعل.</translation>
    </message>
    <message>
        <source>Only a draft can be edited.</source>
        <translation>لا يمكن تحرير إلا المسودة.</translation>
    </message>
    <message>
        <source>Members approve or ask for changes once the minutes are circulated.</source>
        <translation>يعتمد الأعضاء المحضر أو يطلبون تغييرات بعد تعميمه.</translation>
    </message>
    <message>
        <source>An e-mail decision approving these minutes is recorded already.</source>
        <translation>سُجّل بالفعل قرار متخذ بالبريد الإلكتروني يعتمد هذا المحضر.</translation>
    </message>
    <message>
        <source>The database is read-only: %1</source>
        <translation>قاعدة البيانات للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>اختر اجتماعاً أولاً.</translation>
    </message>
    <message>
        <source>Only a draft can be circulated.</source>
        <translation>لا يمكن تعميم إلا المسودة.</translation>
    </message>
    <message>
        <source>Only circulated minutes go back to draft.</source>
        <translation>لا يُعاد إلى المسودة إلا المحضر المعمَّم.</translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved.</source>
        <translation>لا يمكن اعتماد إلا المحضر المعمَّم.</translation>
    </message>
    <message>
        <source>Only approved minutes can be published.</source>
        <translation>لا يمكن نشر إلا المحضر المعتمد.</translation>
    </message>
    <message>
        <source>There are no minutes yet.</source>
        <translation>لا يوجد محضر بعد.</translation>
    </message>
    <message>
        <source>No minutes yet.</source>
        <translation>لا محضر بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Members review the minutes once they are circulated. %n approval(s) recorded.</source>
        <translation>
            <numerusform>يراجع الأعضاء المحضر بعد تعميمه. لا اعتمادات مسجلة.</numerusform>
            <numerusform>يراجع الأعضاء المحضر بعد تعميمه. اعتماد واحد مسجل.</numerusform>
            <numerusform>يراجع الأعضاء المحضر بعد تعميمه. اعتمادان مسجلان.</numerusform>
            <numerusform>يراجع الأعضاء المحضر بعد تعميمه. %n اعتمادات مسجلة.</numerusform>
            <numerusform>يراجع الأعضاء المحضر بعد تعميمه. %n اعتماداً مسجلاً.</numerusform>
            <numerusform>يراجع الأعضاء المحضر بعد تعميمه. %n اعتماد مسجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Circulated for approval: %n approval(s)</source>
        <translation>
            <numerusform>عُمّم للاعتماد: لا اعتمادات</numerusform>
            <numerusform>عُمّم للاعتماد: اعتماد واحد</numerusform>
            <numerusform>عُمّم للاعتماد: اعتمادان</numerusform>
            <numerusform>عُمّم للاعتماد: %n اعتمادات</numerusform>
            <numerusform>عُمّم للاعتماد: %n اعتماداً</numerusform>
            <numerusform>عُمّم للاعتماد: %n اعتماد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for changes.</source>
        <translation>
            <numerusform>لا طلبات تغيير.</numerusform>
            <numerusform>طلب تغيير واحد.</numerusform>
            <numerusform>طلبا تغيير.</numerusform>
            <numerusform>%n طلبات تغيير.</numerusform>
            <numerusform>%n طلباً للتغيير.</numerusform>
            <numerusform>%n طلب تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved by an e-mail decision.</source>
        <translation>لا يُعتمد بقرار يُتخذ بالبريد الإلكتروني إلا المحضر المعمَّم.</translation>
    </message>
</context>
<context>
    <name>MinutesBook</name>
    <message>
        <source>%1 (liaison)</source>
        <translation>%1 (مسؤول اتصال)</translation>
    </message>
    <message>
        <source>These minutes have no draft yet.</source>
        <translation>لا توجد مسودة لهذا المحضر بعد.</translation>
    </message>
    <message>
        <source>The minutes are %1; only a draft can be edited (return circulated minutes to draft first).</source>
        <translation>المحضر %1؛ لا يمكن تحرير إلا المسودة (أعد المحضر المعمَّم إلى مسودة أولاً).</translation>
    </message>
    <message>
        <source>Meeting %1 already has minutes; edit them instead.</source>
        <translation>للاجتماع %1 محضر بالفعل؛ حرّره بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Case %1.</source>
        <translation>الحالة %1.</translation>
    </message>
    <message>
        <source>The minutes section is no longer there.</source>
        <translation>قسم المحضر لم يعد موجوداً.</translation>
    </message>
    <message>
        <source>Minutes cannot go from %1 to %2.</source>
        <translation>لا يمكن أن ينتقل المحضر من %1 إلى %2.</translation>
    </message>
    <message>
        <source>These minutes cannot be approved yet: %1</source>
        <translation>لا يمكن اعتماد هذا المحضر بعد: %1</translation>
    </message>
</context>
<context>
    <name>MinutesDeadline</name>
    <message>
        <source>published; was due %1</source>
        <translation>نُشر؛ كان مستحقاً في %1</translation>
    </message>
    <message>
        <source>due today (%1), last business day</source>
        <translation>مستحق اليوم (%1)، آخر يوم عمل</translation>
    </message>
    <message>
        <source>overdue since %1 (1 business day late)</source>
        <translation>متأخر منذ %1 (يوم عمل واحد)</translation>
    </message>
    <message>
        <source>overdue since %1 (%2 business days late)</source>
        <translation>متأخر منذ %1 (%2 أيام عمل)</translation>
    </message>
    <message>
        <source>due %1, 1 business day left</source>
        <translation>مستحق في %1، بقي يوم عمل واحد</translation>
    </message>
    <message>
        <source>due %1, %2 business days left</source>
        <translation>مستحق في %1، بقي %2 أيام عمل</translation>
    </message>
    <message>
        <source>published late: due %1, 1 business day late</source>
        <translation>نُشر متأخراً: كان مستحقاً في %1، متأخراً يوم عمل واحد</translation>
    </message>
    <message>
        <source>published late: due %1, %2 business days late</source>
        <translation>نُشر متأخراً: كان مستحقاً في %1، متأخراً %2 أيام عمل</translation>
    </message>
    <message>
        <source>not published; was due %1</source>
        <translation>لم يُنشر؛ كان مستحقاً في %1</translation>
    </message>
</context>
<context>
    <name>MinutesExporter</name>
    <message>
        <source>Minutes of the CSC %1 no. %2, %3</source>
        <translation>محضر %1 رقم %2 للجنة CSC، %3</translation>
    </message>
    <message>
        <source>%1, %2–%3 UTC.</source>
        <translation>%1، %2–%3 UTC.</translation>
    </message>
    <message>
        <source>The meeting was quorate.</source>
        <translation>اكتمل نصاب الاجتماع.</translation>
    </message>
    <message>
        <source>The meeting was not quorate.</source>
        <translation>لم يكتمل نصاب الاجتماع.</translation>
    </message>
    <message>
        <source>Approved by the committee on %1.</source>
        <translation>اعتمدته اللجنة في %1.</translation>
    </message>
    <message>
        <source>Draft minutes, not yet approved by the committee.</source>
        <translation>مسودة محضر، لم تعتمدها اللجنة بعد.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>(case %1)</source>
        <translation>(الحالة %1)</translation>
    </message>
    <message>
        <source>Taken by e-mail on %1.</source>
        <translation>اتُّخذ بالبريد الإلكتروني في %1.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>بنود الإجراءات</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>المسؤول: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>مستحق في %1</translation>
    </message>
    <message>
        <source>Meeting no. %1 has no minutes yet; generate the draft first.</source>
        <translation>ليس للاجتماع رقم %1 محضر بعد؛ أنشئ المسودة أولاً.</translation>
    </message>
    <message>
        <source>Approved by the committee on %1; published on %2.</source>
        <translation>اعتمدته اللجنة في %1؛ ونُشر في %2.</translation>
    </message>
    <message>
        <source>No notes were recorded under: %1.</source>
        <translation>لم تُسجَّل ملاحظات تحت: %1.</translation>
    </message>
</context>
<context>
    <name>MinutesReview</name>
    <message>
        <source>A comment needs some text.</source>
        <translation>يحتاج التعليق إلى نص.</translation>
    </message>
    <message>
        <source>Say which changes the minutes need.</source>
        <translation>اذكر التغييرات التي يحتاجها المحضر.</translation>
    </message>
    <message>
        <source>These minutes are not circulated for approval yet.</source>
        <translation>لم يُعمَّم هذا المحضر للاعتماد بعد.</translation>
    </message>
    <message>
        <source>These minutes were approved already; they can no longer be approved or changed.</source>
        <translation>اعتُمد هذا المحضر بالفعل؛ لم يعد من الممكن اعتماده أو تغييره.</translation>
    </message>
    <message>
        <source>That section is no longer part of these minutes.</source>
        <translation>لم يعد ذلك القسم جزءاً من هذا المحضر.</translation>
    </message>
    <message>
        <source>Approved by the e-mail decision on record.</source>
        <translation>اعتُمد بالقرار المسجَّل المتخذ بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>%1 of %2 voting members have approved; %3 are needed.</source>
        <translation>وافق %1 من %2 من الأعضاء المصوّتين؛ والمطلوب %3.</translation>
    </message>
    <message>
        <source>%1 of %2 voting members have approved; %3 are needed, or record the e-mail decision.</source>
        <translation>وافق %1 من %2 من الأعضاء المصوّتين؛ والمطلوب %3، أو سجّل القرار المتخذ بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Only circulated minutes can be approved by an e-mail decision.</source>
        <translation>لا يُعتمد بقرار يُتخذ بالبريد الإلكتروني إلا المحضر المعمَّم.</translation>
    </message>
    <message>
        <source>Decision %1 was not taken by e-mail.</source>
        <translation>لم يُتخذ القرار %1 بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The e-mail decision of %1 does not approve the minutes: %2</source>
        <translation>القرار المتخذ بالبريد الإلكتروني في %1 لا يعتمد المحضر: %2</translation>
    </message>
</context>
<context>
    <name>MonthEvaluation</name>
    <message>
        <source>PTI met %1 of the %2 defined thresholds (%3).</source>
        <translation>استوفت PTI %1 من الحدود المحددة وعددها %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n threshold(s) have no figures yet.</source>
        <translation>
            <numerusform>لا حدود بلا أرقام.</numerusform>
            <numerusform>حدّ واحد ليس له أرقام بعد.</numerusform>
            <numerusform>حدّان ليس لهما أرقام بعد.</numerusform>
            <numerusform>%n حدود ليس لها أرقام بعد.</numerusform>
            <numerusform>%n حداً ليس له أرقام بعد.</numerusform>
            <numerusform>%n حدّ ليس له أرقام بعد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObligationCalendar</name>
    <message>
        <source>CSC %1 no. %2</source>
        <translation>%1 رقم %2 للجنة CSC</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 due for publication</source>
        <translation>محضر الاجتماع رقم %1 مستحق النشر</translation>
    </message>
    <message>
        <source>Minutes deadline</source>
        <translation>موعد المحضر</translation>
    </message>
    <message>
        <source>Annual consultation on IFO performance</source>
        <translation>المشاورة السنوية بشأن أداء IFO</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>With the IFO, ccTLD and gTLD registry operators and the community.</source>
        <translation>مع IFO ومشغّلي سجلات ccTLD وgTLD والمجتمع.</translation>
    </message>
    <message>
        <source>Charter review (12 months after the first meeting), with public comment</source>
        <translation>مراجعة الميثاق (بعد 12 شهراً من أول اجتماع)، مع تعليقات عامة</translation>
    </message>
    <message>
        <source>Independent audit of IFO performance due</source>
        <translation>موعد التدقيق المستقل لأداء IFO</translation>
    </message>
    <message>
        <source>IANA naming function review team</source>
        <translation>فريق مراجعة وظيفة التسمية في IANA</translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>لجنة العملاء الدائمة</translation>
    </message>
    <message>
        <source>%1 due: %2</source>
        <translation>موعد %1: %2</translation>
    </message>
    <message>
        <source>Case deadline</source>
        <translation>موعد الحالة</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 published</source>
        <translation>نُشر محضر الاجتماع رقم %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Edit a member</source>
        <translation>تحرير عضو</translation>
    </message>
    <message>
        <source>Edit a work item</source>
        <translation>تحرير عنصر عمل</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>إضافة بند إلى جدول الأعمال</translation>
    </message>
    <message>
        <source>Edit an agenda item</source>
        <translation>تحرير بند في جدول الأعمال</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>إزالة بند من جدول الأعمال</translation>
    </message>
    <message>
        <source>Reorder the agenda</source>
        <translation>إعادة ترتيب جدول الأعمال</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>تغيير الحضور</translation>
    </message>
    <message>
        <source>Edit an action item</source>
        <translation>تحرير بند إجراء</translation>
    </message>
    <message>
        <source>Edit a minutes section</source>
        <translation>تحرير قسم من المحضر</translation>
    </message>
    <message>
        <source>Change calendar dates</source>
        <translation>تغيير تواريخ التقويم</translation>
    </message>
    <message>
        <source>Enter a month&apos;s figures</source>
        <translation>إدخال أرقام شهر</translation>
    </message>
    <message>
        <source>Edit a narrative</source>
        <translation>تحرير تفسير</translation>
    </message>
    <message>
        <source>Edit a findings statement</source>
        <translation>تحرير بيان استنتاجات</translation>
    </message>
    <message>
        <source>Add a service level</source>
        <translation>إضافة مستوى خدمة</translation>
    </message>
    <message>
        <source>Move a case</source>
        <translation>نقل حالة</translation>
    </message>
    <message>
        <source>Archive or restore a case</source>
        <translation>أرشفة حالة أو استعادتها</translation>
    </message>
    <message>
        <source>Make a case public or confidential</source>
        <translation>جعل حالة علنية أو سرية</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>فتح حالة</translation>
    </message>
    <message>
        <source>Attach a document to a case</source>
        <translation>إرفاق مستند بحالة</translation>
    </message>
    <message>
        <source>Comment on a case</source>
        <translation>التعليق على حالة</translation>
    </message>
    <message>
        <source>Record a response</source>
        <translation>تسجيل رد</translation>
    </message>
    <message>
        <source>Hand a case over</source>
        <translation>إحالة حالة</translation>
    </message>
    <message>
        <source>Record a panel&apos;s finding</source>
        <translation>تسجيل قرار الهيئة</translation>
    </message>
    <message>
        <source>Publish a panel&apos;s finding</source>
        <translation>نشر قرار الهيئة</translation>
    </message>
    <message>
        <source>Escalate a case</source>
        <translation>تصعيد حالة</translation>
    </message>
    <message>
        <source>Open a Problem Management case from a pattern</source>
        <translation>فتح حالة إدارة مشكلات انطلاقاً من نمط</translation>
    </message>
    <message>
        <source>Open a case for a persistent miss</source>
        <translation>فتح حالة لإخفاق مستمر</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>حذف عضو</translation>
    </message>
    <message>
        <source>Add a work item</source>
        <translation>إضافة عنصر عمل</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>جدولة اجتماع</translation>
    </message>
    <message>
        <source>Set a meeting&apos;s location</source>
        <translation>تحديد مكان انعقاد اجتماع</translation>
    </message>
    <message>
        <source>Draft the minutes</source>
        <translation>إعداد مسودة المحضر</translation>
    </message>
    <message>
        <source>Circulate, approve or publish minutes</source>
        <translation>تعميم المحضر أو اعتماده أو نشره</translation>
    </message>
    <message>
        <source>Approve, query or comment on minutes</source>
        <translation>اعتماد المحضر أو الاستفسار عنه أو التعليق عليه</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>تسجيل قرار</translation>
    </message>
    <message>
        <source>Cast a vote</source>
        <translation>الإدلاء بصوت</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>إضافة بند إجراء</translation>
    </message>
    <message>
        <source>Record a month&apos;s rating</source>
        <translation>تسجيل تقييم شهر</translation>
    </message>
    <message>
        <source>Reopen a rated month</source>
        <translation>إعادة فتح شهر مُقيَّم</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>استيراد الأرقام</translation>
    </message>
    <message>
        <source>Record an urgent review step</source>
        <translation>تسجيل خطوة في مراجعة عاجلة</translation>
    </message>
    <message>
        <source>Record a periodic audit step</source>
        <translation>تسجيل خطوة في تدقيق دوري</translation>
    </message>
    <message>
        <source>Add a duty record</source>
        <translation>إضافة سجل مهمة</translation>
    </message>
    <message>
        <source>Change the committee&apos;s settings</source>
        <translation>تغيير إعدادات اللجنة</translation>
    </message>
    <message>
        <source>Publish a document</source>
        <translation>نشر مستند</translation>
    </message>
    <message>
        <source>Merge a reviewer&apos;s changes</source>
        <translation>دمج تغييرات مراجِع</translation>
    </message>
    <message>
        <source>Dismiss a kept change</source>
        <translation>رفض تغيير محتفَظ به</translation>
    </message>
</context>
<context>
    <name>PerformanceCharts</name>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Compliance against target</source>
        <translation>الامتثال مقابل الهدف</translation>
    </message>
    <message>
        <source>Met and missed by month</source>
        <translation>المستوفى وغير المستوفى حسب الشهر</translation>
    </message>
    <message>
        <source>Thresholds met per month</source>
        <translation>الحدود المستوفاة في كل شهر</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>الطلبات المعالجة</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (الفئة %2)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation>الامتثال: %1</translation>
    </message>
    <message>
        <source>Requests meeting the threshold</source>
        <translation>الطلبات التي استوفت الحد</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests (%4), target %5</source>
        <translation>%1: %2 من %3 طلبات (%4)، الهدف %5</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>لا أرقام</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>لا طلبات</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>الفئة %1</translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation>الحدود المستوفاة</translation>
    </message>
    <message>
        <source>Months with misses</source>
        <translation>الأشهر التي فيها إخفاقات</translation>
    </message>
    <message>
        <source>Share of defined thresholds met</source>
        <translation>نسبة الحدود المحددة المستوفاة</translation>
    </message>
    <message>
        <source>Requests (summed over the category&apos;s metrics)</source>
        <translation>الطلبات (مجموع مقاييس الفئة)</translation>
    </message>
    <message>
        <source>%1, %2: %3 requests</source>
        <translation>%1، %2: %3 طلبات</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>لا أرقام</translation>
    </message>
    <message>
        <source>no requests</source>
        <translation>لا طلبات</translation>
    </message>
    <message>
        <source>%1 of %2 met (%3; target %4)</source>
        <translation>استُوفي %1 من %2 (%3؛ الهدف %4)</translation>
    </message>
    <message>
        <source>%1 · %2
%3: %4</source>
        <translation>%1 · %2
%3: %4</translation>
    </message>
</context>
<context>
    <name>PeriodicAudits</name>
    <message>
        <source>Commissioning the audit needs the independent organisation and the date.</source>
        <translation>يحتاج التكليف بالتدقيق إلى الجهة المستقلة والتاريخ.</translation>
    </message>
    <message>
        <source>The audit&apos;s report is recorded already.</source>
        <translation>سُجّل تقرير التدقيق بالفعل.</translation>
    </message>
    <message>
        <source>The report cannot be received before the audit was commissioned (%1).</source>
        <translation>لا يمكن استلام التقرير قبل التكليف بالتدقيق (%1).</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>تقرير التدقيق</translation>
    </message>
    <message>
        <source>The results are published once the audit&apos;s report is received.</source>
        <translation>تُنشر النتائج بعد استلام تقرير التدقيق.</translation>
    </message>
    <message>
        <source>The audit&apos;s results are published already.</source>
        <translation>نُشرت نتائج التدقيق بالفعل.</translation>
    </message>
    <message>
        <source>Publishing the results needs the date, where, and the public summary.</source>
        <translation>يحتاج نشر النتائج إلى التاريخ ومكان النشر والملخص العلني.</translation>
    </message>
    <message>
        <source>Community feedback is sought on the published results; publish them first.</source>
        <translation>تُلتمس ملاحظات المجتمع بشأن النتائج المنشورة؛ انشرها أولاً.</translation>
    </message>
    <message>
        <source>Say when the feedback closed and what it said.</source>
        <translation>اذكر متى أُغلق باب الملاحظات وما تضمنته.</translation>
    </message>
    <message>
        <source>Change requests come from the audit&apos;s report; it is not received yet.</source>
        <translation>تنبثق طلبات التغيير من تقرير التدقيق؛ ولم يُستلم بعد.</translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation>يحتاج طلب التغيير إلى عنوان.</translation>
    </message>
    <message>
        <source>From the periodic audit by %1</source>
        <translation>من التدقيق الدوري الذي أجراه %1</translation>
    </message>
    <message>
        <source>There is no periodic audit #%1.</source>
        <translation>لا يوجد تدقيق دوري رقم %1.</translation>
    </message>
    <message>
        <source>feedback collected</source>
        <translation>جُمعت الملاحظات</translation>
    </message>
    <message>
        <source>feedback collected; %1 change request(s) opened</source>
        <translation>جُمعت الملاحظات؛ طلبات التغيير المفتوحة: %1</translation>
    </message>
    <message>
        <source>results published</source>
        <translation>نُشرت النتائج</translation>
    </message>
    <message>
        <source>report received</source>
        <translation>استُلم التقرير</translation>
    </message>
    <message>
        <source>commissioned</source>
        <translation>صدر التكليف</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Seeing confidential material</source>
        <translation>الاطلاع على المواد السرية</translation>
    </message>
    <message>
        <source>Changing cases</source>
        <translation>تغيير الحالات</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Editing meetings and minutes</source>
        <translation>تحرير الاجتماعات والمحاضر</translation>
    </message>
    <message>
        <source>Approving minutes</source>
        <translation>اعتماد المحاضر</translation>
    </message>
    <message>
        <source>Publishing minutes</source>
        <translation>نشر المحاضر</translation>
    </message>
    <message>
        <source>Managing the committee&apos;s records</source>
        <translation>إدارة سجلات اللجنة</translation>
    </message>
    <message>
        <source>Importing performance figures</source>
        <translation>استيراد أرقام الأداء</translation>
    </message>
    <message>
        <source>Commenting</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Completing your action items</source>
        <translation>إكمال بنود إجراءاتك</translation>
    </message>
    <message>
        <source>Exporting review copies and merging them back</source>
        <translation>تصدير نسخ المراجعة ودمجها من جديد</translation>
    </message>
    <message>
        <source>%1 is not possible in a review copy: case steps, the service level catalogue, the roster and the minutes&apos; text belong to the committee&apos;s database. Comment, approve, vote or complete your action items here instead.</source>
        <translation>%1 غير ممكن في نسخة مراجعة: خطوات الحالات وفهرس مستويات الخدمة وقائمة الأعضاء ونص المحضر تخص قاعدة بيانات اللجنة. علّق أو اعتمد أو صوّت أو أكمل بنود إجراءاتك هنا بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>%1 needs the role %2; you are signed in as %3.</source>
        <translation>يحتاج %1 إلى الدور %2؛ أنت مسجَّل بصفة %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Recording the committee&apos;s rating of a month</source>
        <translation>تسجيل تقييم اللجنة لشهر</translation>
    </message>
</context>
<context>
    <name>PersistentMissCases</name>
    <message>
        <source>Persistent miss: %1</source>
        <translation>إخفاق مستمر: %1</translation>
    </message>
    <message numerus="yes">
        <source>The committee&apos;s evaluation found this service level missed in %n recent month(s): %1.</source>
        <translation>
            <numerusform>لم تجد اللجنة هذا المستوى غير مستوفى في أي شهر: %1.</numerusform>
            <numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في الشهر الأخير: %1.</numerusform>
            <numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في شهرين أخيرين: %1.</numerusform>
            <numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في %n أشهر أخيرة: %1.</numerusform>
            <numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في %n شهراً أخيراً: %1.</numerusform>
            <numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في %n شهر أخير: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>لجنة العملاء الدائمة</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The server refused a statement.</source>
        <translation>رفض الخادم تنفيذ إحدى العبارات.</translation>
    </message>
    <message>
        <source>The table %1 could not be read.</source>
        <translation>تعذّرت قراءة الجدول %1.</translation>
    </message>
    <message>
        <source>The table %1 could not be written.</source>
        <translation>تعذّرت الكتابة في الجدول %1.</translation>
    </message>
    <message>
        <source>A row of %1 could not be copied (row %2).</source>
        <translation>تعذّر نسخ صف من %1 (الصف %2).</translation>
    </message>
    <message>
        <source>The committee&apos;s identity could not be read.</source>
        <translation>تعذّرت قراءة هوية اللجنة.</translation>
    </message>
    <message>
        <source>The committee&apos;s roles and access rules could not be set up (the connecting role needs CREATEROLE, or an administrator creates the cscdesk_* roles first).</source>
        <translation>تعذّر إعداد أدوار اللجنة وقواعد الوصول إليها (يحتاج الدور المتصل إلى CREATEROLE، أو ينشئ المسؤول أدوار cscdesk_* أولاً).</translation>
    </message>
    <message>
        <source>The server did not answer the audit chain check.</source>
        <translation>لم يُجب الخادم عن فحص سلسلة التدقيق.</translation>
    </message>
</context>
<context>
    <name>ProblemManagementProcess</name>
    <message>
        <source>Problem Management</source>
        <translation>إدارة المشكلات</translation>
    </message>
    <message>
        <source>A critical, persistent or systemic failure the committee takes up itself.</source>
        <translation>إخفاق حرج أو مستمر أو منهجي تتولاه اللجنة بنفسها.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>1 · Failure reported to the IFO</source>
        <translation>1 · أُبلغت IFO بالإخفاق</translation>
    </message>
    <message>
        <source>The committee reported the significant failure and requested a response.</source>
        <translation>أبلغت اللجنة عن الإخفاق الجسيم وطلبت رداً.</translation>
    </message>
    <message>
        <source>Technical expert team</source>
        <translation>فريق الخبراء الفنيين</translation>
    </message>
    <message>
        <source>Committee and experts</source>
        <translation>اللجنة والخبراء</translation>
    </message>
    <message>
        <source>Experts find the root cause with the IFO and advise whether the failure is critical or systemic.</source>
        <translation>يبحث الخبراء مع IFO عن السبب الجذري ويُبدون الرأي في ما إذا كان الإخفاق حرجاً أو منهجياً.</translation>
    </message>
    <message>
        <source>2 · Remedial action directed</source>
        <translation>2 · توجيه إجراء تصحيحي</translation>
    </message>
    <message>
        <source>IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The committee directed remedial action within a specified period; escalation levels apply.</source>
        <translation>وجّهت اللجنة إجراءً تصحيحياً خلال مدة محددة؛ تنطبق مستويات التصعيد.</translation>
    </message>
    <message>
        <source>3 · Confirming completion</source>
        <translation>3 · تأكيد الإنجاز</translation>
    </message>
    <message>
        <source>The committee checks that the remedial action was completed.</source>
        <translation>تتحقق اللجنة من إنجاز الإجراء التصحيحي.</translation>
    </message>
    <message>
        <source>4 · Mediation</source>
        <translation>4 · الوساطة</translation>
    </message>
    <message>
        <source>Committee and mediator</source>
        <translation>اللجنة والوسيط</translation>
    </message>
    <message>
        <source>Remediation was unsatisfactory; a mediator is involved.</source>
        <translation>كان التصحيح غير مُرضٍ؛ يُستعان بوسيط.</translation>
    </message>
    <message>
        <source>5 · Binding Appeals Panel</source>
        <translation>5 · هيئة استئناف ملزمة</translation>
    </message>
    <message>
        <source>Mediation failed; a binding Independent Appeals Panel was initiated.</source>
        <translation>أخفقت الوساطة؛ بدأ إجراء ملزم أمام هيئة الاستئناف المستقلة.</translation>
    </message>
    <message>
        <source>Escalated to ccNSO and GNSO Councils</source>
        <translation>صُعّدت إلى مجلسي ccNSO وGNSO</translation>
    </message>
    <message>
        <source>ccNSO and GNSO Councils</source>
        <translation>مجلسا ccNSO وGNSO</translation>
    </message>
    <message>
        <source>Unremedied to the committee&apos;s satisfaction; escalated to the Councils.</source>
        <translation>لم يُصحَّح بما يرضي اللجنة؛ صُعّد إلى المجلسين.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حُلّت</translation>
    </message>
    <message>
        <source>Remedied to the committee&apos;s satisfaction.</source>
        <translation>صُحّح بما يرضي اللجنة.</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>Closed by the committee without further action.</source>
        <translation>أغلقتها اللجنة دون إجراء آخر.</translation>
    </message>
    <message>
        <source>Appoint a technical expert team</source>
        <translation>تعيين فريق خبراء فنيين</translation>
    </message>
    <message>
        <source>Response inadequate: direct remedial action</source>
        <translation>الرد غير كافٍ: توجيه إجراء تصحيحي</translation>
    </message>
    <message>
        <source>IFO&apos;s response</source>
        <translation>رد IFO</translation>
    </message>
    <message>
        <source>Response adequate: resolve</source>
        <translation>الرد كافٍ: حل</translation>
    </message>
    <message>
        <source>Direct remedial action on the experts&apos; advice</source>
        <translation>توجيه إجراء تصحيحي بناءً على رأي الخبراء</translation>
    </message>
    <message>
        <source>Expert team&apos;s report</source>
        <translation>تقرير فريق الخبراء</translation>
    </message>
    <message>
        <source>Not critical or systemic: resolve</source>
        <translation>ليس حرجاً ولا منهجياً: حل</translation>
    </message>
    <message>
        <source>IFO reports completion</source>
        <translation>IFO تُبلغ بالإنجاز</translation>
    </message>
    <message>
        <source>Confirm completion</source>
        <translation>تأكيد الإنجاز</translation>
    </message>
    <message>
        <source>Remediation unsatisfactory: involve a mediator</source>
        <translation>التصحيح غير مُرضٍ: الاستعانة بوسيط</translation>
    </message>
    <message>
        <source>Mediation failed: initiate a binding panel</source>
        <translation>أخفقت الوساطة: بدء هيئة ملزمة</translation>
    </message>
    <message>
        <source>Mediator&apos;s report</source>
        <translation>تقرير الوسيط</translation>
    </message>
    <message>
        <source>Mediation succeeded: resolve</source>
        <translation>نجحت الوساطة: حل</translation>
    </message>
    <message>
        <source>Panel finding: resolve</source>
        <translation>قرار الهيئة: حل</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>قرار الهيئة</translation>
    </message>
    <message>
        <source>Escalate to the ccNSO and GNSO Councils</source>
        <translation>التصعيد إلى مجلسي ccNSO وGNSO</translation>
    </message>
    <message>
        <source>Remedied after escalation: resolve</source>
        <translation>صُحّح بعد التصعيد: حل</translation>
    </message>
    <message>
        <source>Close without further action</source>
        <translation>إغلاق دون إجراء آخر</translation>
    </message>
    <message>
        <source>Panel: remedy period</source>
        <translation>الهيئة: مهلة التصحيح</translation>
    </message>
    <message>
        <source>The panel found a breach capable of remedy; the IFO has the days it set.</source>
        <translation>وجدت الهيئة إخلالاً قابلاً للتصحيح؛ لدى IFO الأيام التي حددتها.</translation>
    </message>
    <message>
        <source>Further escalation options</source>
        <translation>خيارات التصعيد الإضافية</translation>
    </message>
    <message>
        <source>An irremediable breach, or a remedy not made in time: the further escalation options are open.</source>
        <translation>إخلال غير قابل للتصحيح، أو تصحيح لم يتم في موعده: خيارات التصعيد الإضافية متاحة.</translation>
    </message>
    <message>
        <source>Panel finding: breach capable of remedy</source>
        <translation>قرار الهيئة: إخلال قابل للتصحيح</translation>
    </message>
    <message>
        <source>Panel finding: breach not capable of remedy</source>
        <translation>قرار الهيئة: إخلال غير قابل للتصحيح</translation>
    </message>
    <message>
        <source>Remedy confirmed: resolve</source>
        <translation>تأكّد التصحيح: حل</translation>
    </message>
    <message>
        <source>IFO&apos;s report of the remedy</source>
        <translation>تقرير IFO عن التصحيح</translation>
    </message>
    <message>
        <source>Remedy not made in time</source>
        <translation>لم يتم التصحيح في الموعد</translation>
    </message>
    <message>
        <source>Further escalation concluded: resolve</source>
        <translation>اختُتم التصعيد الإضافي: حل</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>الهيئة</translation>
    </message>
</context>
<context>
    <name>ProcessDefinition</name>
    <message>
        <source>“%1” is not a step of %2.</source>
        <translation>«%1» ليست خطوة من %2.</translation>
    </message>
    <message>
        <source>The case is already at “%1”.</source>
        <translation>الحالة في «%1» بالفعل.</translation>
    </message>
    <message>
        <source>“%1” is an end state: a closed case is not reopened. Open a new case and link it.</source>
        <translation>«%1» حالة نهائية: لا يُعاد فتح حالة مغلقة. افتح حالة جديدة واربطها.</translation>
    </message>
    <message>
        <source>The committee has no active role in a %1; the case is only logged for the record.</source>
        <translation>ليس للجنة دور فاعل في %1؛ تُسجَّل الحالة للتوثيق فقط.</translation>
    </message>
    <message>
        <source>A case does not go back from “%1” to the earlier step “%2” (Undo reverses a move just made). From here it can move to %3.</source>
        <translation>لا تعود الحالة من «%1» إلى الخطوة السابقة «%2» (التراجع يلغي نقلاً تم للتو). من هنا يمكنها الانتقال إلى %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 cannot move from “%2” to “%3”. From here it can move to %4.</source>
        <translation>لا يمكن لـ %1 الانتقال من «%2» إلى «%3». من هنا يمكنها الانتقال إلى %4.</translation>
    </message>
</context>
<context>
    <name>ProcessPublicTexts</name>
    <message>
        <source>Independent Appeals Panel finding %1</source>
        <translation>قرار هيئة الاستئناف المستقلة %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Remedy period</source>
        <translation>مهلة التصحيح</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 أيام</translation>
    </message>
    <message>
        <source>The finding of %1 is not published yet.</source>
        <translation>لم يُنشر قرار %1 بعد.</translation>
    </message>
    <message>
        <source>%1 is a table-top exercise; it has no public output.</source>
        <translation>%1 تمرين محاكاة؛ ليس له مخرجات علنية.</translation>
    </message>
    <message>
        <source>Annual consultation, %1</source>
        <translation>المشاورة السنوية، %1</translation>
    </message>
    <message>
        <source>Update to the direct customers, %1</source>
        <translation>تحديث للعملاء المباشرين، %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Technical change: %1</source>
        <translation>تغيير تقني: %1</translation>
    </message>
    <message>
        <source>Implementation plan agreed with the IFO</source>
        <translation>خطة التنفيذ المتفق عليها مع IFO</translation>
    </message>
    <message>
        <source>RFC period</source>
        <translation>فترة RFC</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Comments received</source>
        <translation>التعليقات الواردة</translation>
    </message>
    <message>
        <source>IFO statement</source>
        <translation>بيان IFO</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement</source>
        <translation>بيان IFO</translation>
    </message>
    <message>
        <source>The audit&apos;s results are not published yet.</source>
        <translation>لم تُنشر نتائج التدقيق بعد.</translation>
    </message>
    <message>
        <source>Independent audit of IFO performance, %1</source>
        <translation>التدقيق المستقل لأداء IFO، %1</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>الجهة المدقِّقة</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>التكليف</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>استلام التقرير</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Community feedback until</source>
        <translation>ملاحظات المجتمع حتى</translation>
    </message>
</context>
<context>
    <name>PublicOutputs</name>
    <message>
        <source>Findings for %1, decided by the committee on %2.</source>
        <translation>استنتاجات %1، قررتها اللجنة في %2.</translation>
    </message>
    <message>
        <source>Findings for %1 (draft, not yet decided by the committee).</source>
        <translation>استنتاجات %1 (مسودة، لم تقررها اللجنة بعد).</translation>
    </message>
    <message>
        <source>“%1” is not a public output.</source>
        <translation>«%1» ليس مُخرجاً علنياً.</translation>
    </message>
    <message>
        <source>The %1 is not published as “%2”: use %3.</source>
        <translation>لا يُنشر %1 بصيغة «%2»: استخدم %3.</translation>
    </message>
    <message>
        <source>Nothing has been published yet.</source>
        <translation>لم يُنشر شيء بعد.</translation>
    </message>
    <message>
        <source>The %1 is not a paged document.</source>
        <translation>%1 ليس مستنداً مقسَّماً إلى صفحات.</translation>
    </message>
</context>
<context>
    <name>PublicSite</name>
    <message>
        <source>Minutes of the meeting of %1</source>
        <translation>محضر اجتماع %1</translation>
    </message>
    <message>
        <source>Findings on IFO performance, %1</source>
        <translation>الاستنتاجات بشأن أداء IFO، %1</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>None published yet.</source>
        <translation>لم يُنشر شيء بعد.</translation>
    </message>
    <message>
        <source>The committee&apos;s public record</source>
        <translation>السجل العلني للجنة</translation>
    </message>
    <message>
        <source>The minutes, findings, work plan and calendar of the Customer Standing Committee, as published. New documents are announced in the feed.</source>
        <translation>محاضر لجنة العملاء الدائمة واستنتاجاتها وخطة عملها وتقويمها، كما نُشرت. يُعلَن عن المستندات الجديدة في الموجز.</translation>
    </message>
    <message>
        <source>Atom feed</source>
        <translation>موجز Atom</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <source>Findings on IFO performance</source>
        <translation>الاستنتاجات بشأن أداء IFO</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Updated on %1.</source>
        <translation>حُدّث في %1.</translation>
    </message>
    <message>
        <source>%1: published documents</source>
        <translation>%1: المستندات المنشورة</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>تعذّر إنشاء المجلد «%1».</translation>
    </message>
    <message>
        <source>Publishing the site was cancelled; %1 of %2 files are up to date.</source>
        <translation>أُلغي نشر الموقع؛ %1 من %2 ملفات محدَّثة.</translation>
    </message>
</context>
<context>
    <name>PublicationPlace</name>
    <message>
        <source>Say where the minutes are published: a web address (https://…) or the mailing list they went to.</source>
        <translation>اذكر مكان نشر المحضر: عنوان ويب (https://…) أو القائمة البريدية التي أُرسل إليها.</translation>
    </message>
    <message>
        <source>“%1” is not a web address or a mailing list address. Give the address where the minutes can be read, such as https://example.org/csc/minutes or the list&apos;s e-mail address.</source>
        <translation>«%1» ليس عنوان ويب ولا عنوان قائمة بريدية. أعطِ العنوان الذي يمكن قراءة المحضر فيه، مثل https://example.org/csc/minutes أو عنوان البريد الإلكتروني للقائمة.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CSC Desk</source>
        <translation>CSC Desk</translation>
    </message>
    <message>
        <source>CSC Desk cannot open the database</source>
        <translation>تعذّر على CSC Desk فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>There is no section “%1”; use one of: %2.</source>
        <translation>لا يوجد قسم «%1»؛ استخدم أحد: %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new committee database there?</source>
        <translation>لا توجد قاعدة بيانات في %1. إنشاء قاعدة بيانات جديدة للجنة هناك؟</translation>
    </message>
</context>
<context>
    <name>RatedMonths</name>
    <message>
        <source>The figures of %1 cannot change: the committee has rated that month, and a rated month is a record. The chair must first reopen its rating, a recorded decision.</source>
        <translation>لا يمكن تغيير أرقام %1: قيّمت اللجنة ذلك الشهر، والشهر المُقيَّم جزء من السجل. يجب على الرئيس أولاً إعادة فتح تقييمه، بقرار مسجَّل.</translation>
    </message>
    <message>
        <source>%1 cannot take effect in %2: the committee has already rated %3, and a change never rewrites a month already rated. Choose %4 or later.</source>
        <translation>لا يمكن أن يسري %1 في %2: قيّمت اللجنة %3 بالفعل، ولا يعيد أي تغيير كتابة شهر مُقيَّم. اختر %4 أو ما بعده.</translation>
    </message>
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>There is no member “%1” on the roster.</source>
        <translation>لا يوجد عضو «%1» في قائمة الأعضاء.</translation>
    </message>
    <message>
        <source>This is already a review copy; export review copies from the committee&apos;s database.</source>
        <translation>هذه نسخة مراجعة بالفعل؛ صدّر نسخ المراجعة من قاعدة بيانات اللجنة.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file for the review copy.</source>
        <translation>«%1» موجود بالفعل؛ اختر ملفاً جديداً لنسخة المراجعة.</translation>
    </message>
    <message>
        <source>This database is not a review copy; there are no changes to send back.</source>
        <translation>قاعدة البيانات هذه ليست نسخة مراجعة؛ لا توجد تغييرات لإعادتها.</translation>
    </message>
    <message>
        <source>A review copy is recorded in the committee&apos;s database when it is made, and this one is read-only: %1</source>
        <translation>تُسجَّل نسخة المراجعة في قاعدة بيانات اللجنة عند إنشائها، وقاعدة البيانات هذه للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>review copy %1 for %2 (%3)</source>
        <translation>نسخة المراجعة %1 لـ %2 (%3)</translation>
    </message>
    <message>
        <source>The review copy “%1” could not be made; nothing was written there.</source>
        <translation>تعذّر إنشاء نسخة المراجعة «%1»؛ لم يُكتب شيء هناك.</translation>
    </message>
    <message>
        <source>The committee&apos;s database could not be read.</source>
        <translation>تعذّرت قراءة قاعدة بيانات اللجنة.</translation>
    </message>
    <message>
        <source>No temporary file can be made beside it.</source>
        <translation>لا يمكن إنشاء ملف مؤقت بجانبه.</translation>
    </message>
    <message>
        <source>The review copy could not be saved to the disk.</source>
        <translation>تعذّر حفظ نسخة المراجعة على القرص.</translation>
    </message>
    <message>
        <source>The finished review copy failed its check.</source>
        <translation>أخفقت نسخة المراجعة المكتملة في الفحص.</translation>
    </message>
    <message>
        <source>The review copy could not be put at “%1”.</source>
        <translation>تعذّر وضع نسخة المراجعة في «%1».</translation>
    </message>
</context>
<context>
    <name>ReviewMerge</name>
    <message>
        <source>A change to %1</source>
        <translation>تغيير على %1</translation>
    </message>
    <message>
        <source>this kind of record cannot be changed from a review copy</source>
        <translation>لا يمكن تغيير هذا النوع من السجلات من نسخة مراجعة</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” names a review copy this database never issued; it is refused and nothing was changed.</source>
        <translation>يشير «%1» إلى نسخة مراجعة لم تُصدرها قاعدة البيانات هذه قط؛ رُفض ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“%1” was altered or damaged after it was written: its seal does not match the review copy it names (issued to %2). It is refused and nothing was changed.</source>
        <translation>عُدِّل «%1» أو تلف بعد كتابته: ختمه لا يطابق نسخة المراجعة التي يشير إليها (الصادرة لـ %2). رُفض ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“%1” claims to come from %2, but its review copy was issued to %3. It is refused and nothing was changed.</source>
        <translation>يدّعي «%1» أنه صادر عن %2، لكن نسخة المراجعة الخاصة به صدرت لـ %3. رُفض ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“%1” was merged already (%2); a changes file merges once. Nothing was changed.</source>
        <translation>دُمج «%1» بالفعل (%2)؛ لا يُدمج ملف التغييرات إلا مرة واحدة. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>مسؤول اتصال</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
</context>
<context>
    <name>RootZoneEmergencyProcess</name>
    <message>
        <source>Root Zone Emergency</source>
        <translation>طوارئ منطقة الجذر</translation>
    </message>
    <message>
        <source>Expedited handling between a TLD manager and the IFO, logged for the record only.</source>
        <translation>معالجة عاجلة بين مدير النطاق العلوي وIFO، تُسجَّل للتوثيق فقط.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>مسجَّلة</translation>
    </message>
    <message>
        <source>TLD manager and IFO</source>
        <translation>مدير النطاق العلوي وIFO</translation>
    </message>
    <message>
        <source>Handled between the TLD manager and the IFO; the committee keeps the record.</source>
        <translation>تُعالج بين مدير النطاق العلوي وIFO؛ وتحتفظ اللجنة بالسجل.</translation>
    </message>
    <message>
        <source>Closed for the record</source>
        <translation>أُغلقت للتوثيق</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>The emergency is over; the record stays for pattern analysis.</source>
        <translation>انتهت الحالة الطارئة؛ يبقى السجل لتحليل الأنماط.</translation>
    </message>
    <message>
        <source>Close the record</source>
        <translation>إغلاق السجل</translation>
    </message>
</context>
<context>
    <name>RosterChanges</name>
    <message>
        <source>%1 attended or sent apologies to a meeting</source>
        <translation>حضر %1 اجتماعاً أو اعتذر عنه</translation>
    </message>
    <message>
        <source>%1 voted on a decision</source>
        <translation>صوّت %1 على قرار</translation>
    </message>
    <message>
        <source>%1 owns an action item</source>
        <translation>%1 مسؤول عن بند إجراء</translation>
    </message>
    <message>
        <source>%1 commented on minutes</source>
        <translation>علّق %1 على محضر</translation>
    </message>
    <message>
        <source>%1, so they are part of the committee&apos;s record and cannot be removed. End their term instead.</source>
        <translation>%1، لذا فهو جزء من سجل اللجنة ولا يمكن حذفه. أنهِ عضويته بدلاً من ذلك.</translation>
    </message>
</context>
<context>
    <name>RosterTransfer</name>
    <message>
        <source>The name is empty.</source>
        <translation>الاسم فارغ.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of seat (gtld, cctld, ifo_liaison, other_tld, gnso, rssac, ssac, gac, alac).</source>
        <translation>«%1» ليس نوع مقعد (gtld, cctld, ifo_liaison, other_tld, gnso, rssac, ssac, gac, alac).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>«%1» ليس yes ولا no.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» ليس تاريخاً (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>“%1” is not primary or secondary.</source>
        <translation>«%1» ليس primary ولا secondary.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>%1 with a term from %2 is already on line %3.</source>
        <translation>%1، بعضوية تبدأ في %2، موجود بالفعل في السطر %3.</translation>
    </message>
    <message>
        <source>%1 is already on the roster with different details; edit the member instead.</source>
        <translation>%1 موجود بالفعل في قائمة الأعضاء ببيانات مختلفة؛ حرّر العضو بدلاً من ذلك.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Fill in at least the database name of the shared server.</source>
        <translation>أدخل على الأقل اسم قاعدة بيانات الخادم المشترك.</translation>
    </message>
    <message>
        <source>Connected to %1: a CSC Desk committee; you connect as %2.</source>
        <translation>متصل بـ %1: لجنة CSC Desk؛ تتصل بصفة %2.</translation>
    </message>
    <message>
        <source>Connected to %1: a CSC Desk committee; your database role has no committee role, so you read what the server allows.</source>
        <translation>متصل بـ %1: لجنة CSC Desk؛ دورك في قاعدة البيانات ليس له دور في اللجنة، فتقرأ ما يسمح به الخادم.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Shared Server</source>
        <translation>الخادم المشترك</translation>
    </message>
    <message>
        <source>The password of your database role on %1 (used for this connection only; to connect without asking, put it in ~/.pgpass):</source>
        <translation>كلمة مرور دورك في قاعدة البيانات على %1 (لهذا الاتصال فقط؛ للاتصال دون أن تُطلب، ضعها في ~/.pgpass):</translation>
    </message>
    <message>
        <source>The server refused that password. Your password on %1:</source>
        <translation>رفض الخادم كلمة المرور هذه. كلمة مرورك على %1:</translation>
    </message>
</context>
<context>
    <name>ServiceLevelCatalogue</name>
    <message>
        <source>A version needs the month it takes effect.</source>
        <translation>يحتاج الإصدار إلى الشهر الذي يسري فيه.</translation>
    </message>
    <message>
        <source>The threshold must be a positive duration.</source>
        <translation>يجب أن يكون الحد مدة موجبة.</translation>
    </message>
    <message>
        <source>The compliance target must be between 0 and 100%.</source>
        <translation>يجب أن يكون هدف الامتثال بين 0 و100%.</translation>
    </message>
    <message>
        <source>There is no service level number %1.</source>
        <translation>لا يوجد مستوى خدمة رقم %1.</translation>
    </message>
    <message>
        <source>“%1” is not a process category (I to V).</source>
        <translation>«%1» ليست فئة إجراء (من I إلى V).</translation>
    </message>
    <message>
        <source>A service level needs a metric name.</source>
        <translation>يحتاج مستوى الخدمة إلى اسم مقياس.</translation>
    </message>
    <message>
        <source>Category %1 already has a metric “%2”.</source>
        <translation>للفئة %1 مقياس «%2» بالفعل.</translation>
    </message>
    <message>
        <source>A change request needs a title.</source>
        <translation>يحتاج طلب التغيير إلى عنوان.</translation>
    </message>
    <message>
        <source>A change request needs the month it takes effect.</source>
        <translation>يحتاج طلب التغيير إلى الشهر الذي يسري فيه.</translation>
    </message>
    <message>
        <source>A change request must change at least one service level.</source>
        <translation>يجب أن يغيّر طلب التغيير مستوى خدمة واحداً على الأقل.</translation>
    </message>
    <message>
        <source>Service level %1 already has a version from %2; a new one must start later.</source>
        <translation>لمستوى الخدمة %1 إصدار بالفعل منذ %2؛ يجب أن يبدأ الإصدار الجديد بعده.</translation>
    </message>
    <message>
        <source>Could not rename the metric; is the name already used in its category?</source>
        <translation>تعذّرت إعادة تسمية المقياس؛ هل الاسم مستخدم بالفعل في فئته؟</translation>
    </message>
    <message>
        <source>A new service level</source>
        <translation>مستوى خدمة جديد</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Retiring a service level</source>
        <translation>إيقاف العمل بمستوى خدمة</translation>
    </message>
    <message>
        <source>Bringing back a retired service level</source>
        <translation>إعادة العمل بمستوى خدمة موقوف</translation>
    </message>
</context>
<context>
    <name>SetupCsvTable</name>
    <message>
        <source>The file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>هذا ليس ملفاً عادياً.</translation>
    </message>
    <message>
        <source>The file is %1 MB; a set-up file holds at most %2 MB.</source>
        <translation>حجم الملف %1 ميغابايت؛ ولا يتجاوز حجم ملف الإعداد %2 ميغابايت.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Broken quoting (%1).</source>
        <translation>علامات اقتباس غير سليمة (%1).</translation>
    </message>
    <message>
        <source>The text is not UTF-8.</source>
        <translation>النص ليس بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are %2.</source>
        <translation>عمود غير معروف «%1»؛ الأعمدة هي %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>العمود «%1» مكرر.</translation>
    </message>
    <message>
        <source>The header has no “%1” column.</source>
        <translation>ليس في الترويسة عمود «%1».</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>عدد الحقول %1 بينما في الترويسة %2.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>الملف فارغ؛ يحتاج إلى سطر ترويسة.</translation>
    </message>
</context>
<context>
    <name>SleText</name>
    <message>
        <source>I — Routine updates affecting the root zone</source>
        <translation>I — تحديثات روتينية تمس منطقة الجذر</translation>
    </message>
    <message>
        <source>II — Routine updates not affecting the root zone</source>
        <translation>II — تحديثات روتينية لا تمس منطقة الجذر</translation>
    </message>
    <message>
        <source>III — Creating or transferring a gTLD</source>
        <translation>III — إنشاء نطاق gTLD أو نقله</translation>
    </message>
    <message>
        <source>IV — Creating or transferring a ccTLD</source>
        <translation>IV — إنشاء نطاق ccTLD أو نقله</translation>
    </message>
    <message>
        <source>V — Other change requests</source>
        <translation>V — طلبات تغيير أخرى</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 أيام</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Bulk load failed.</source>
        <translation>أخفق التحميل المجمّع.</translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>Save: save your version over theirs now (the audit trail keeps both).
Discard: drop your version and show theirs.</source>
        <translation>حفظ: احفظ نسختك فوق نسختهم الآن (يحتفظ سجل التدقيق بكلتيهما).
تجاهل: تخلَّ عن نسختك واعرض نسختهم.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Nothing can be changed: %1</source>
        <translation>لا يمكن تغيير شيء: %1</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written.</source>
        <translation>قاعدة البيانات مشغولة أو لا يمكن الكتابة فيها.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>لا توجد معاملة مفتوحة.</translation>
    </message>
    <message>
        <source>The changes could not be saved (is the disk full?); nothing was written.</source>
        <translation>تعذّر حفظ التغييرات (هل القرص ممتلئ؟)؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>UrgentReviews</name>
    <message>
        <source>An urgent review needs a title.</source>
        <translation>تحتاج المراجعة العاجلة إلى عنوان.</translation>
    </message>
    <message>
        <source>An urgent review needs its evidence: the extreme event, or the disputes that make the breach systemic.</source>
        <translation>تحتاج المراجعة العاجلة إلى أدلتها: الحدث الاستثنائي، أو النزاعات التي تجعل الإخلال منهجياً.</translation>
    </message>
    <message>
        <source>Urgent review evidence</source>
        <translation>أدلة المراجعة العاجلة</translation>
    </message>
    <message>
        <source>Consent is given by the ccTLD or the gTLD customers.</source>
        <translation>تُعطى الموافقة من عملاء ccTLD أو عملاء gTLD.</translation>
    </message>
    <message>
        <source>A consent needs who gave it, by what means and when.</source>
        <translation>تحتاج الموافقة إلى بيان من أعطاها وبأي وسيلة ومتى.</translation>
    </message>
    <message>
        <source>A consent needs its evidence: attach the document.</source>
        <translation>تحتاج الموافقة إلى دليلها: أرفق المستند.</translation>
    </message>
    <message>
        <source>Customers&apos; consent</source>
        <translation>موافقة العملاء</translation>
    </message>
    <message>
        <source>the ccTLD customers</source>
        <translation>عملاء ccTLD</translation>
    </message>
    <message>
        <source>the gTLD customers</source>
        <translation>عملاء gTLD</translation>
    </message>
    <message>
        <source>Urgent review “%1” is not open.</source>
        <translation>المراجعة العاجلة «%1» ليست مفتوحة.</translation>
    </message>
    <message>
        <source>The Further Escalation Options need the explicit consent of the ccTLD and gTLD customers; not yet recorded: %1.</source>
        <translation>تحتاج خيارات التصعيد الإضافية إلى موافقة صريحة من عملاء ccTLD وgTLD؛ لم تُسجَّل بعد موافقة: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>Say on what ground the Further Escalation Options are opened.</source>
        <translation>اذكر السبب الذي تُفتح بموجبه خيارات التصعيد الإضافية.</translation>
    </message>
    <message>
        <source>Urgent review “%1” is concluded already.</source>
        <translation>اختُتمت المراجعة العاجلة «%1» بالفعل.</translation>
    </message>
    <message>
        <source>Concluding an urgent review needs its outcome.</source>
        <translation>يحتاج اختتام المراجعة العاجلة إلى نتيجتها.</translation>
    </message>
    <message>
        <source>There is no urgent review #%1.</source>
        <translation>لا توجد مراجعة عاجلة رقم %1.</translation>
    </message>
</context>
<context>
    <name>WorkPlan</name>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>A work item needs a title.</source>
        <translation>يحتاج عنصر العمل إلى عنوان.</translation>
    </message>
    <message>
        <source>The work item is no longer there.</source>
        <translation>عنصر العمل لم يعد موجوداً.</translation>
    </message>
</context>
<context>
    <name>WorkPlanExporter</name>
    <message>
        <source>Work plan of the Customer Standing Committee</source>
        <translation>خطة عمل لجنة العملاء الدائمة</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>عنصر العمل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No public work items.</source>
        <translation>لا توجد بنود عمل علنية.</translation>
    </message>
    <message>
        <source>Work plan as of %1.</source>
        <translation>خطة العمل حتى %1.</translation>
    </message>
</context>
<context>
    <name>csc</name>
    <message>
        <source>Imports the IFO&apos;s figures from a CSV file (per request or per month).</source>
        <translation>يستورد أرقام IFO من ملف CSV (لكل طلب أو لكل شهر).</translation>
    </message>
    <message>
        <source>Replace months that were already imported.</source>
        <translation>استبدال الأشهر المستوردة من قبل.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>ملف CSV.</translation>
    </message>
    <message>
        <source>sle import needs exactly one FILE</source>
        <translation>يحتاج sle import إلى FILE واحد بالضبط</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2) for %3.</source>
        <translation>استُورد %1 صفاً (%2) لـ %3.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف مشكلة واحدة.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف مشكلتان.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف %n مشكلات.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures for %1 were already imported; nothing was changed. Run again with --replace to replace them.</source>
        <translation>استُوردت أرقام %1 من قبل؛ لم يتغيّر شيء. شغّل الأمر مجدداً مع --replace لاستبدالها.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM, not “%1”</source>
        <translation>يجب أن يكون --month بصيغة YYYY-MM، وليس «%1»</translation>
    </message>
    <message>
        <source>Shows a month&apos;s evaluation against the service levels.</source>
        <translation>يعرض تقييم شهر مقابل مستويات الخدمة.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>الشهر، YYYY-MM.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (افتراضي) أو csv أو json.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not “%1”</source>
        <translation>يجب أن يكون --format هو table أو csv أو json، وليس «%1»</translation>
    </message>
    <message>
        <source>Proposed rating: %1</source>
        <translation>التقييم المقترح: %1</translation>
    </message>
    <message>
        <source>Decided rating: %1</source>
        <translation>التقييم المقرر: %1</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Writes the monthly findings report for public posting.</source>
        <translation>يكتب تقرير الاستنتاجات الشهري للنشر العام.</translation>
    </message>
    <message>
        <source>pdf or html.</source>
        <translation>pdf أو html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>--format must be pdf or html, not “%1”</source>
        <translation>يجب أن يكون --format هو pdf أو html، وليس «%1»</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>‏--out FILE مطلوب</translation>
    </message>
    <message>
        <source>Findings for %1 written to %2</source>
        <translation>كُتبت استنتاجات %1 في %2</translation>
    </message>
    <message>
        <source>unknown sle subcommand “%1”; %2</source>
        <translation>أمر sle فرعي غير معروف «%1»؛ %2</translation>
    </message>
    <message>
        <source>meeting no. %1</source>
        <translation>الاجتماع رقم %1</translation>
    </message>
    <message>
        <source>a meeting no longer on record</source>
        <translation>اجتماع لم يعد في السجل</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>تعليق على %1</translation>
    </message>
    <message>
        <source>comments are added, never edited or removed</source>
        <translation>التعليقات تُضاف، ولا تُحرَّر أو تُحذف أبداً</translation>
    </message>
    <message>
        <source>Review of the minutes of %1</source>
        <translation>مراجعة محضر %1</translation>
    </message>
    <message>
        <source>reviews are added, never edited or removed</source>
        <translation>المراجعات تُضاف، ولا تُحرَّر أو تُحذف أبداً</translation>
    </message>
    <message>
        <source>Approval of the minutes of %1</source>
        <translation>اعتماد محضر %1</translation>
    </message>
    <message>
        <source>Request for changes to the minutes of %1</source>
        <translation>طلب تغييرات على محضر %1</translation>
    </message>
    <message>
        <source>Comment on the minutes of %1</source>
        <translation>تعليق على محضر %1</translation>
    </message>
    <message>
        <source>Vote “%1” on decision %2</source>
        <translation>تصويت «%1» على القرار %2</translation>
    </message>
    <message>
        <source>a vote cannot be withdrawn from a review copy</source>
        <translation>لا يمكن سحب صوت من نسخة مراجعة</translation>
    </message>
    <message>
        <source>a review copy only carries its own member&apos;s vote</source>
        <translation>لا تحمل نسخة المراجعة إلا صوت عضوها</translation>
    </message>
    <message>
        <source>%1 marked done</source>
        <translation>عُلّم %1 منجزاً</translation>
    </message>
    <message>
        <source>Action item %1 marked done</source>
        <translation>عُلّم بند الإجراء %1 منجزاً</translation>
    </message>
    <message>
        <source>action items are created and removed by the secretariat</source>
        <translation>تنشئ الأمانة بنود الإجراءات وتحذفها</translation>
    </message>
    <message>
        <source>it was marked done meanwhile (note: “%1”)</source>
        <translation>عُلّم منجزاً في الأثناء (ملاحظة: «%1»)</translation>
    </message>
    <message>
        <source>Records the committee&apos;s rating of a month (the chair&apos;s decision).</source>
        <translation>يسجّل تقييم اللجنة لشهر (قرار الرئيس).</translation>
    </message>
    <message>
        <source>The rating: Excellent, Satisfactory or the lower label.</source>
        <translation>التقييم: ممتاز أو مُرضٍ أو التسمية الأدنى.</translation>
    </message>
    <message>
        <source>The date of the decision (default: today).</source>
        <translation>تاريخ القرار (افتراضياً: اليوم).</translation>
    </message>
    <message>
        <source>Redraft a statement edited by hand for another rating.</source>
        <translation>إعادة صياغة بيان حُرِّر يدوياً لتقييم آخر.</translation>
    </message>
    <message>
        <source>Keep such an edit (the report then cannot be exported until they agree).</source>
        <translation>الإبقاء على هذا التعديل (وعندئذ لا يمكن تصدير التقرير حتى يتطابقا).</translation>
    </message>
    <message>
        <source>--rating RATING is required</source>
        <translation>الخيار --rating RATING مطلوب</translation>
    </message>
    <message>
        <source>--redraft and --keep-edit exclude each other</source>
        <translation>لا يجتمع الخياران --redraft و--keep-edit</translation>
    </message>
    <message>
        <source>--on must be YYYY-MM-DD, not “%1”</source>
        <translation>يجب أن يكون --on بالصيغة YYYY-MM-DD، وليس «%1»</translation>
    </message>
    <message>
        <source>Rating of %1 recorded: %2</source>
        <translation>سُجّل تقييم %1: %2</translation>
    </message>
    <message>
        <source>Reopens a rated month (the chair&apos;s recorded decision), so its figures may change.</source>
        <translation>يعيد فتح شهر مُقيَّم (بقرار مسجَّل من الرئيس)، ليتسنى تغيير أرقامه.</translation>
    </message>
    <message>
        <source>The reason, kept in the record.</source>
        <translation>السبب، ويُحفظ في السجل.</translation>
    </message>
    <message>
        <source>--why TEXT is required</source>
        <translation>الخيار --why TEXT مطلوب</translation>
    </message>
    <message>
        <source>Rating of %1 reopened</source>
        <translation>أُعيد فتح تقييم %1</translation>
    </message>
    <message>
        <source>usage: cscdesk sle import FILE [--replace] | status --month YYYY-MM [--format table|csv|json] | report --month YYYY-MM --format pdf|html --out FILE | rate --month YYYY-MM --rating RATING [--redraft|--keep-edit] | reopen --month YYYY-MM --why TEXT | catalogue list|import|export</source>
        <translation>الاستخدام: cscdesk sle import FILE [--replace] | status --month YYYY-MM [--format table|csv|json] | report --month YYYY-MM --format pdf|html --out FILE | rate --month YYYY-MM --rating RATING [--redraft|--keep-edit] | reopen --month YYYY-MM --why TEXT | catalogue list|import|export</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>وسيط غير متوقع «%1»</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>لا يُتوقع أي وسيط</numerusform>
            <numerusform>المتوقع وسيط واحد</numerusform>
            <numerusform>المتوقع وسيطان</numerusform>
            <numerusform>المتوقع %n وسائط</numerusform>
            <numerusform>المتوقع %n وسيطاً</numerusform>
            <numerusform>المتوقع %n وسيط</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already there.</source>
        <translation>%1: المضاف %2، والموجود من قبل %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Imports %1 from FILE, all or nothing.</source>
        <translation>يستورد %1 من FILE، كله أو لا شيء.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>الملف المراد استيراده.</translation>
    </message>
    <message>
        <source>Exports %1 (to stdout without --out).</source>
        <translation>يصدّر %1 (إلى المخرج القياسي إن لم يُحدَّد --out).</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>كُتب %1 في %2</translation>
    </message>
    <message>
        <source>unknown %1 subcommand “%2”</source>
        <translation>أمر فرعي غير معروف لـ %1: «%2»</translation>
    </message>
    <message>
        <source>Creates a new, empty committee database: cscdesk init --db PATH --committee NAME.</source>
        <translation>ينشئ قاعدة بيانات لجنة جديدة وفارغة: cscdesk init --db PATH --committee NAME.</translation>
    </message>
    <message>
        <source>The committee&apos;s name.</source>
        <translation>اسم اللجنة.</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>ملف قاعدة البيانات الجديد (يجب ألا يكون موجوداً).</translation>
    </message>
    <message>
        <source>--db PATH is required (the new database file)</source>
        <translation>الخيار --db PATH مطلوب (ملف قاعدة البيانات الجديد)</translation>
    </message>
    <message>
        <source>--committee NAME is required</source>
        <translation>الخيار --committee NAME مطلوب</translation>
    </message>
    <message>
        <source>New committee “%1” created in %2</source>
        <translation>أُنشئت لجنة جديدة «%1» في %2</translation>
    </message>
    <message>
        <source>Next: cscdesk roster import, cscdesk holidays import, cscdesk sle catalogue import, or the set-up assistant in the app.</source>
        <translation>الخطوة التالية: cscdesk roster import، أو cscdesk holidays import، أو cscdesk sle catalogue import، أو مساعد الإعداد في التطبيق.</translation>
    </message>
    <message>
        <source>usage: cscdesk roster list [--format table|csv|json] | import FILE | export [--out FILE]</source>
        <translation>الاستخدام: cscdesk roster list [--format table|csv|json] | import FILE | export [--out FILE]</translation>
    </message>
    <message>
        <source>Lists the roster, for scripting.</source>
        <translation>يسرد قائمة الأعضاء، لاستخدامها في النصوص البرمجية.</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>قائمة الأعضاء</translation>
    </message>
    <message>
        <source>usage: cscdesk holidays import FILE | export [--out FILE]</source>
        <translation>الاستخدام: cscdesk holidays import FILE | export [--out FILE]</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>تقويم العطلات</translation>
    </message>
    <message>
        <source>Lists every meeting, oldest first.</source>
        <translation>يسرد كل الاجتماعات، الأقدم أولاً.</translation>
    </message>
    <message>
        <source>Shows one meeting: DATE (YYYY-MM-DD) or its NUMBER.</source>
        <translation>يعرض اجتماعاً واحداً: DATE (YYYY-MM-DD) أو NUMBER الخاص به.</translation>
    </message>
    <message>
        <source>The meeting.</source>
        <translation>الاجتماع.</translation>
    </message>
    <message>
        <source>There is no meeting number %1.</source>
        <translation>لا يوجد اجتماع رقم %1.</translation>
    </message>
    <message>
        <source>“%1” is neither a date (YYYY-MM-DD) nor a meeting number</source>
        <translation>«%1» ليس تاريخاً (YYYY-MM-DD) ولا رقم اجتماع</translation>
    </message>
    <message>
        <source>Meeting %1, %2 (%3), minutes %4</source>
        <translation>الاجتماع %1، %2 (%3)، المحضر: %4</translation>
    </message>
    <message>
        <source>Attendance: %1 of %2 present; %3 decision(s); %4 action item(s).</source>
        <translation>الحضور: %1 من %2؛ القرارات: %3؛ بنود الإجراءات: %4.</translation>
    </message>
    <message>
        <source>usage: cscdesk meetings list [--format table|csv|json] | show DATE|NUMBER [--format table|csv|json]</source>
        <translation>الاستخدام: cscdesk meetings list [--format table|csv|json] | show DATE|NUMBER [--format table|csv|json]</translation>
    </message>
    <message>
        <source>unknown meetings subcommand “%1”; %2</source>
        <translation>أمر فرعي غير معروف لـ meetings: «%1»؛ %2</translation>
    </message>
    <message>
        <source>usage: cscdesk actions list [--open] [--format table|csv|json]</source>
        <translation>الاستخدام: cscdesk actions list [--open] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Lists action items, for scripting.</source>
        <translation>يسرد بنود الإجراءات، لاستخدامها في النصوص البرمجية.</translation>
    </message>
    <message>
        <source>Only pending items.</source>
        <translation>البنود المعلّقة فقط.</translation>
    </message>
    <message>
        <source>usage: cscdesk sle catalogue list [--month YYYY-MM] [--format table|csv|json] | import FILE | export [--out FILE]</source>
        <translation>الاستخدام: cscdesk sle catalogue list [--month YYYY-MM] [--format table|csv|json] | import FILE | export [--out FILE]</translation>
    </message>
    <message>
        <source>Lists the service levels with their versions, or those in force in a month.</source>
        <translation>يسرد مستويات الخدمة مع إصداراتها، أو المستويات السارية في شهر ما.</translation>
    </message>
    <message>
        <source>Only the definitions in force in this month.</source>
        <translation>التعريفات السارية في هذا الشهر فقط.</translation>
    </message>
    <message>
        <source>the service level catalogue</source>
        <translation>فهرس مستويات الخدمة</translation>
    </message>
    <message>
        <source>Create a new, empty committee database</source>
        <translation>إنشاء قاعدة بيانات لجنة جديدة وفارغة</translation>
    </message>
    <message>
        <source>The roster: list, import, export</source>
        <translation>قائمة الأعضاء: list وimport وexport</translation>
    </message>
    <message>
        <source>The holiday calendar: import, export</source>
        <translation>تقويم العطلات: import وexport</translation>
    </message>
    <message>
        <source>List meetings or show one</source>
        <translation>سرد الاجتماعات أو عرض أحدها</translation>
    </message>
    <message>
        <source>List action items</source>
        <translation>سرد بنود الإجراءات</translation>
    </message>
</context>
<context>
    <name>csc::ActionItemModel</name>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (سري)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>csc::AgendaModel</name>
    <message>
        <source> — case %1</source>
        <translation> — الحالة %1</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (سري)</translation>
    </message>
    <message>
        <source>Confidential: its minutes section starts confidential and stays out of public minutes.</source>
        <translation>سري: يبدأ قسمه في المحضر سرياً ويبقى خارج المحضر العلني.</translation>
    </message>
    <message>
        <source>Tick to mark this item confidential.</source>
        <translation>علّم لجعل هذا البند سرياً.</translation>
    </message>
</context>
<context>
    <name>csc::AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>New agenda topic</source>
        <translation>موضوع جديد في جدول الأعمال</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>إضافة موضوع</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Drag lines or press Ctrl+Up / Ctrl+Down to reorder; tick a line to mark it confidential; open action items are carried over by themselves.</source>
        <translation>اسحب الأسطر أو اضغط Ctrl+Up / Ctrl+Down لإعادة الترتيب؛ علّم سطراً لجعله سرياً؛ تُرحَّل بنود الإجراءات المفتوحة تلقائياً.</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>تحرير بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Add agenda topic</source>
        <translation>إضافة موضوع إلى جدول الأعمال</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>إزالة بند جدول الأعمال</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>نقل بند جدول الأعمال</translation>
    </message>
    <message>
        <source>The agenda item is no longer on the agenda.</source>
        <translation>لم يعد بند جدول الأعمال مدرجاً في جدول الأعمال.</translation>
    </message>
</context>
<context>
    <name>csc::AtomicFile</name>
    <message>
        <source>The disk is full or a file size limit was reached: “%1” could not be written. Any earlier file there was left as it was.</source>
        <translation>القرص ممتلئ أو بُلغ الحد الأقصى لحجم الملف: تعذّرت كتابة «%1». تُرك أي ملف سابق هناك على حاله.</translation>
    </message>
    <message>
        <source>The disk is full: “%1” could not be written. Any earlier file there was left as it was.</source>
        <translation>القرص ممتلئ: تعذّرت كتابة «%1». تُرك أي ملف سابق هناك على حاله.</translation>
    </message>
    <message>
        <source>“%1” could not be written. Any earlier file there was left as it was.</source>
        <translation>تعذّرت كتابة «%1». تُرك أي ملف سابق هناك على حاله.</translation>
    </message>
</context>
<context>
    <name>csc::AttendanceModel</name>
    <message>
        <source>%1 (does not vote)</source>
        <translation>%1 (لا يصوّت)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
</context>
<context>
    <name>csc::CalendarEventModel</name>
    <message>
        <source>all day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>csc::CalendarPage</name>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Events of the month</source>
        <translation>أحداث الشهر</translation>
    </message>
    <message>
        <source>Dates the obligations are computed from</source>
        <translation>التواريخ التي تُحسب منها الالتزامات</translation>
    </message>
    <message>
        <source>Stewardship transition:</source>
        <translation>انتقال الإشراف:</translation>
    </message>
    <message>
        <source>First meeting:</source>
        <translation>أول اجتماع:</translation>
    </message>
    <message>
        <source>Annual consultation:</source>
        <translation>المشاورة السنوية:</translation>
    </message>
    <message>
        <source>Last audit:</source>
        <translation>آخر تدقيق:</translation>
    </message>
    <message>
        <source>The review team meets 3 years after the transition, then every 4 years.</source>
        <translation>يجتمع فريق المراجعة بعد 3 سنوات من الانتقال، ثم كل 4 سنوات.</translation>
    </message>
    <message>
        <source>The charter is reviewed 12 months after the first meeting (default: meeting no. 1).</source>
        <translation>يُراجع الميثاق بعد 12 شهراً من أول اجتماع (افتراضياً: الاجتماع رقم 1).</translation>
    </message>
    <message>
        <source>The annual consultation repeats on this day each year.</source>
        <translation>تتكرر المشاورة السنوية في هذا اليوم من كل عام.</translation>
    </message>
    <message>
        <source>An independent audit is due every 3 years.</source>
        <translation>يُستحق تدقيق مستقل كل 3 سنوات.</translation>
    </message>
    <message>
        <source>Save dates</source>
        <translation>حفظ التواريخ</translation>
    </message>
    <message>
        <source>Export as iCalendar (.ics)…</source>
        <translation>تصدير بصيغة iCalendar (.ics)…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Export the committee calendar</source>
        <translation>تصدير تقويم اللجنة</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>كُتب التقويم في %1</translation>
    </message>
    <message>
        <source>Change calendar dates</source>
        <translation>تغيير تواريخ التقويم</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>عرض الشهر</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>أيام الشهر</translation>
    </message>
</context>
<context>
    <name>csc::CaseBoard</name>
    <message>
        <source>%1
Acts: %2</source>
        <translation>%1
يتصرف: %2</translation>
    </message>
    <message>
        <source>end state</source>
        <translation>حالة نهائية</translation>
    </message>
    <message>
        <source>Cases at the step %1 of %2</source>
        <translation>الحالات في الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>drop here: a legal next step</source>
        <translation>أفلِت هنا: خطوة تالية مسموح بها</translation>
    </message>
    <message>
        <source>not a legal next step</source>
        <translation>ليست خطوة تالية مسموحاً بها</translation>
    </message>
    <message>
        <source>Legal next step: drop the case here</source>
        <translation>خطوة تالية مسموح بها: أفلِت الحالة هنا</translation>
    </message>
</context>
<context>
    <name>csc::CaseCardDelegate</name>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>مستحق في %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>أُغلقت في %1</translation>
    </message>
    <message numerus="yes">
        <source>%n d in step</source>
        <translation>
            <numerusform>%n ي في الخطوة</numerusform>
            <numerusform>يوم واحد في الخطوة</numerusform>
            <numerusform>يومان في الخطوة</numerusform>
            <numerusform>%n أيام في الخطوة</numerusform>
            <numerusform>%n يوماً في الخطوة</numerusform>
            <numerusform>%n يوم في الخطوة</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>بلا رد</translation>
    </message>
    <message>
        <source>⇄ %1</source>
        <translation>⇄ %1</translation>
    </message>
</context>
<context>
    <name>csc::CaseDetailPane</name>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;نقل إلى…</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>إ&amp;رفاق…</translation>
    </message>
    <message>
        <source>Make &amp;public…</source>
        <translation>جعلها &amp;علنية…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>أ&amp;رشفة</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;تصعيد…</translation>
    </message>
    <message>
        <source>Case detail</source>
        <translation>تفاصيل الحالة</translation>
    </message>
    <message>
        <source>Add a comment and press Enter</source>
        <translation>أضف تعليقاً واضغط Enter</translation>
    </message>
    <message>
        <source>Select a card to see its timeline, comments and documents.</source>
        <translation>اختر بطاقة لعرض تسلسلها الزمني وتعليقاتها ومستنداتها.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n business day(s) late</source>
        <translation>
            <numerusform>%1، متأخر %n يوم عمل</numerusform>
            <numerusform>%1، متأخر يوم عمل واحد</numerusform>
            <numerusform>%1، متأخر يومي عمل</numerusform>
            <numerusform>%1، متأخر %n أيام عمل</numerusform>
            <numerusform>%1، متأخر %n يوم عمل</numerusform>
            <numerusform>%1، متأخر %n يوم عمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n business day(s) left</source>
        <translation>
            <numerusform>%1، بقي %n يوم عمل</numerusform>
            <numerusform>%1، بقي يوم عمل واحد</numerusform>
            <numerusform>%1، بقي يوما عمل</numerusform>
            <numerusform>%1، بقيت %n أيام عمل</numerusform>
            <numerusform>%1، بقي %n يوم عمل</numerusform>
            <numerusform>%1، بقي %n يوم عمل</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8e44ad&apos;&gt;Confidential&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8e44ad&apos;&gt;سري&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>علني</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#007a87&apos;&gt;Table-top exercise&lt;/b&gt; (kept out of statistics and public output)</source>
        <translation>&lt;b style=&apos;color:#007a87&apos;&gt;تمرين محاكاة&lt;/b&gt; (خارج الإحصاءات والمخرجات العلنية)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source> — since %1</source>
        <translation> — منذ %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>التصعيد</translation>
    </message>
    <message>
        <source>level %1 of %2: %3</source>
        <translation>المستوى %1 من %2: %3</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Opened at &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>فُتحت في &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 ← &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>المستند: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>مستحق في %1</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(أُلغي)</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>التعليقات (%1)</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>لا تعليقات بعد.</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>المستندات (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>الحالات المرتبطة</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>فُتحت من</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>أدت إلى</translation>
    </message>
    <message>
        <source>Notices owed</source>
        <translation>إشعارات مستحقة</translation>
    </message>
    <message>
        <source>remedial action invoked (%1)</source>
        <translation>استُدعي إجراء تصحيحي (%1)</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation>صُعّدت إلى %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Publication decisions</source>
        <translation>قرارات النشر</translation>
    </message>
    <message>
        <source>made public</source>
        <translation>جُعلت علنية</translation>
    </message>
    <message>
        <source>made confidential</source>
        <translation>جُعلت سرية</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>اختر حالة أولاً.</translation>
    </message>
    <message>
        <source>A closed or archived case has no next step.</source>
        <translation>ليس للحالة المغلقة أو المؤرشفة خطوة تالية.</translation>
    </message>
    <message>
        <source>An archived case takes no documents.</source>
        <translation>لا تقبل الحالة المؤرشفة مستندات.</translation>
    </message>
    <message>
        <source>A table-top exercise is never made public.</source>
        <translation>لا يُجعل تمرين المحاكاة علنياً أبداً.</translation>
    </message>
    <message>
        <source>The case is public already.</source>
        <translation>الحالة علنية بالفعل.</translation>
    </message>
    <message>
        <source>Only a closed case can be archived.</source>
        <translation>لا يمكن أرشفة إلا الحالة المغلقة.</translation>
    </message>
    <message>
        <source>Record &amp;response…</source>
        <translation>تسجيل ال&amp;رد…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>إ&amp;حالة…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1، في %2</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#6a1b9a&apos;&gt;Unanswered&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#6a1b9a&apos;&gt;بلا رد&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Met&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;في الموعد&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#e65100&apos;&gt;Late&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#e65100&apos;&gt;متأخر&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2: received %3</source>
        <translation>%1 — %2: استُلم في %3</translation>
    </message>
    <message>
        <source>%1 — %2: no response by %3</source>
        <translation>%1 — %2: لا رد حتى %3</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (مستحق في %1)</translation>
    </message>
    <message>
        <source>Panel finding</source>
        <translation>قرار الهيئة</translation>
    </message>
    <message>
        <source>, %1 to remedy</source>
        <translation>، %1 للتصحيح</translation>
    </message>
    <message>
        <source>Public text published %1</source>
        <translation>نُشر النص العلني في %1</translation>
    </message>
    <message>
        <source>Public text not yet published</source>
        <translation>لم يُنشر النص العلني بعد</translation>
    </message>
</context>
<context>
    <name>csc::CaseListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 · .%2</source>
        <translation>%1 · .%2</translation>
    </message>
    <message>
        <source>%1 — %2
%3
%4</source>
        <translation>%1 — %2
%3
%4</translation>
    </message>
</context>
<context>
    <name>csc::CasesPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>المتأخرة &amp;فقط</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>أرشفة %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>استعادة %1</translation>
    </message>
    <message>
        <source>Search titles, descriptions, comments and notes…</source>
        <translation>ابحث في العناوين والأوصاف والتعليقات والملاحظات…</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>على اللوحة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <source>Board and archive</source>
        <translation>اللوحة والأرشيف</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>حالة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>أي مشغّل</translation>
    </message>
    <message>
        <source>Any service level</source>
        <translation>أي مستوى خدمة</translation>
    </message>
    <message>
        <source>%1 cannot move to “%2”: %3</source>
        <translation>لا يمكن لـ %1 الانتقال إلى «%2»: %3</translation>
    </message>
    <message>
        <source>Move %1 to “%2”</source>
        <translation>نقل %1 إلى «%2»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Make &amp;public…</source>
        <translation>جعلها &amp;علنية…</translation>
    </message>
    <message>
        <source>&amp;Restore from the archive</source>
        <translation>ا&amp;ستعادة من الأرشيف</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>أ&amp;رشفة</translation>
    </message>
    <message>
        <source>Open a Problem Management Case</source>
        <translation>فتح حالة إدارة مشكلات</translation>
    </message>
    <message>
        <source>Open a Problem Management case about “%1”, linked to %2?</source>
        <translation>فتح حالة إدارة مشكلات بشأن «%1»، مرتبطة بـ %2؟</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Make %1 Public</source>
        <translation>جعل %1 علنية</translation>
    </message>
    <message>
        <source>Cases stay confidential unless the parties agree. Who agreed to publication, when and how?</source>
        <translation>تبقى الحالات سرية ما لم توافق الأطراف. من وافق على النشر، ومتى، وكيف؟</translation>
    </message>
    <message>
        <source>Make %1 public</source>
        <translation>جعل %1 علنية</translation>
    </message>
    <message>
        <source>Escalate Remedial Action</source>
        <translation>تصعيد الإجراء التصحيحي</translation>
    </message>
    <message>
        <source>Why does the remedial action go to the next level? The registry stakeholder group and the ccNSO and GNSO Councils will be owed a notice.</source>
        <translation>لماذا ينتقل الإجراء التصحيحي إلى المستوى التالي؟ سيُستحق إشعار لمجموعة أصحاب المصلحة من السجلات ولمجلسي ccNSO وGNSO.</translation>
    </message>
    <message>
        <source>Attach a Document</source>
        <translation>إرفاق مستند</translation>
    </message>
    <message>
        <source>Select a case to print its detail.</source>
        <translation>اختر حالة لطباعة تفاصيلها.</translation>
    </message>
    <message>
        <source>Move %1 to</source>
        <translation>نقل %1 إلى</translation>
    </message>
    <message>
        <source>No further step: this is an end state</source>
        <translation>لا خطوة أخرى: هذه خطوة نهائية</translation>
    </message>
</context>
<context>
    <name>csc::CatalogueModel</name>
    <message>
        <source>Cat.</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>سارٍ منذ</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
</context>
<context>
    <name>csc::CatalogueSetupPage</name>
    <message>
        <source>The service level catalogue</source>
        <translation>فهرس مستويات الخدمة</translation>
    </message>
    <message>
        <source>Import the agreed service levels from CSV with the columns category, metric, threshold, unit, type, target_percent, effective_from. Later months of a metric become amendments.</source>
        <translation>استيراد مستويات الخدمة المتفق عليها من ملف CSV بالأعمدة category, metric, threshold, unit, type, target_percent, effective_from. تصبح الأشهر اللاحقة للمقياس الواحد تعديلات.</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>اعتباراً من</translation>
    </message>
    <message>
        <source>the service level catalogue</source>
        <translation>فهرس مستويات الخدمة</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No service levels yet.</source>
        <translation>لا توجد مستويات خدمة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n service level(s)</source>
        <translation>
            <numerusform>لا مستويات خدمة</numerusform>
            <numerusform>مستوى خدمة واحد</numerusform>
            <numerusform>مستويا خدمة</numerusform>
            <numerusform>%n مستويات خدمة</numerusform>
            <numerusform>%n مستوى خدمة</numerusform>
            <numerusform>%n مستوى خدمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) recorded.</source>
        <translation>
            <numerusform>لم يُسجَّل أي تعديل.</numerusform>
            <numerusform>سُجّل تعديل واحد.</numerusform>
            <numerusform>سُجّل تعديلان.</numerusform>
            <numerusform>سُجّلت %n تعديلات.</numerusform>
            <numerusform>سُجّل %n تعديلاً.</numerusform>
            <numerusform>سُجّل %n تعديل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::CatalogueView</name>
    <message>
        <source>Effective from</source>
        <translation>يسري من</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>طلب التغيير</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>مقدَّم من</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>New service level…</source>
        <translation>مستوى خدمة جديد…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Record a change request that gives the selected service level a new version from a month on</source>
        <translation>تسجيل طلب تغيير يمنح مستوى الخدمة المحدد إصداراً جديداً اعتباراً من شهر</translation>
    </message>
    <message>
        <source>Definitions in force in the chosen month; grey rows are not defined then.</source>
        <translation>التعريفات السارية في الشهر المختار؛ الصفوف الرمادية غير معرّفة حينها.</translation>
    </message>
    <message>
        <source>Versions of the selected service level</source>
        <translation>إصدارات مستوى الخدمة المحدد</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>طلبات التغيير</translation>
    </message>
    <message>
        <source>The IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>The committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>original definition</source>
        <translation>التعريف الأصلي</translation>
    </message>
    <message>
        <source>New service level “%1”</source>
        <translation>مستوى خدمة جديد «%1»</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>مستويات الخدمة</translation>
    </message>
    <message>
        <source>Select the service level to amend first.</source>
        <translation>اختر مستوى الخدمة المراد تعديله أولاً.</translation>
    </message>
    <message>
        <source>“%1” amended from %2.</source>
        <translation>عُدّل «%1» اعتباراً من %2.</translation>
    </message>
</context>
<context>
    <name>csc::ChangeCapture</name>
    <message>
        <source>Your changes could not be recorded for sending back.</source>
        <translation>تعذّر تسجيل تغييراتك لإعادتها.</translation>
    </message>
</context>
<context>
    <name>csc::ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>حفظ هذا المخطط بصيغة PNG أو SVG</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>المخطط:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>csc::CommitteePage</name>
    <message>
        <source>Roster</source>
        <translation>قائمة الأعضاء</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>The roster meets the charter&apos;s minimum composition.</source>
        <translation>تستوفي قائمة الأعضاء الحد الأدنى للتشكيل في الميثاق.</translation>
    </message>
    <message>
        <source>The roster does not meet the charter: %1.</source>
        <translation>لا تستوفي قائمة الأعضاء الميثاق: %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>End Term…</source>
        <translation>إنهاء العضوية…</translation>
    </message>
    <message>
        <source>Ends the member&apos;s appointment on a date; they stay in the record of the meetings they attended.</source>
        <translation>ينهي تعيين العضو في تاريخ محدد؛ ويبقى في سجل الاجتماعات التي حضرها.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Removes a member entered by mistake (only one who is not part of any record).</source>
        <translation>يحذف عضواً أُدخل خطأً (فقط من ليس جزءاً من أي سجل).</translation>
    </message>
    <message>
        <source>Select a member in the roster first.</source>
        <translation>اختر عضواً في قائمة الأعضاء أولاً.</translation>
    </message>
    <message>
        <source>This member&apos;s term has ended already.</source>
        <translation>انتهت عضوية هذا العضو بالفعل.</translation>
    </message>
    <message>
        <source>End the Term of %1</source>
        <translation>إنهاء عضوية %1</translation>
    </message>
    <message>
        <source>Last day of the term</source>
        <translation>آخر يوم في العضوية</translation>
    </message>
    <message>
        <source>%1 leaves the committee after this day. Meetings they attended keep them in their record.</source>
        <translation>يغادر %1 اللجنة بعد هذا اليوم. وتُبقيه الاجتماعات التي حضرها في سجلها.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>آ&amp;خر يوم:</translation>
    </message>
    <message>
        <source>End the term of %1</source>
        <translation>إنهاء عضوية %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Use this only for a member entered by mistake; it cannot be undone (the audit trail keeps the entry).</source>
        <translation>حذف %1 من قائمة الأعضاء؟ استخدم هذا فقط لعضو أُدخل خطأً؛ ولا يمكن التراجع عنه (يحتفظ سجل التدقيق بالقيد).</translation>
    </message>
    <message>
        <source>%1 was removed from the roster.</source>
        <translation>حُذف %1 من قائمة الأعضاء.</translation>
    </message>
    <message>
        <source>Roster and Work Plan</source>
        <translation>قائمة الأعضاء وخطة العمل</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>المهام</translation>
    </message>
</context>
<context>
    <name>csc::DecisionModel</name>
    <message>
        <source>%1 (by e-mail)</source>
        <translation>%1 (بالبريد الإلكتروني)</translation>
    </message>
    <message>
        <source> — case %1</source>
        <translation> — الحالة %1</translation>
    </message>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (سري)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation>المصادقة</translation>
    </message>
</context>
<context>
    <name>csc::DocumentPrinter</name>
    <message>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
</context>
<context>
    <name>csc::DutiesPanel</name>
    <message>
        <source>ccTLD customers</source>
        <translation>عملاء ccTLD</translation>
    </message>
    <message>
        <source>gTLD customers</source>
        <translation>عملاء gTLD</translation>
    </message>
    <message>
        <source>met</source>
        <translation>في الموعد</translation>
    </message>
    <message numerus="yes">
        <source>late by %n business day(s)</source>
        <translation>
            <numerusform>متأخر %n يوم عمل</numerusform>
            <numerusform>متأخر يوم عمل واحد</numerusform>
            <numerusform>متأخر يومَي عمل</numerusform>
            <numerusform>متأخر %n أيام عمل</numerusform>
            <numerusform>متأخر %n يوم عمل</numerusform>
            <numerusform>متأخر %n يوم عمل</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>تجاوز الموعد</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>مستحق في %1</translation>
    </message>
    <message>
        <source>Urgent Reviews</source>
        <translation>المراجعات العاجلة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Open Review…</source>
        <translation>فتح مراجعة…</translation>
    </message>
    <message>
        <source>Record Consent…</source>
        <translation>تسجيل موافقة…</translation>
    </message>
    <message>
        <source>Further Escalation Options…</source>
        <translation>خيارات التصعيد الإضافية…</translation>
    </message>
    <message>
        <source>Conclude…</source>
        <translation>اختتام…</translation>
    </message>
    <message>
        <source>Periodic Audit</source>
        <translation>التدقيق الدوري</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>التكليف</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>طلبات التغيير</translation>
    </message>
    <message>
        <source>Commission…</source>
        <translation>تكليف…</translation>
    </message>
    <message>
        <source>Report Received…</source>
        <translation>استلام التقرير…</translation>
    </message>
    <message>
        <source>Publish Results…</source>
        <translation>نشر النتائج…</translation>
    </message>
    <message>
        <source>Community Feedback…</source>
        <translation>ملاحظات المجتمع…</translation>
    </message>
    <message>
        <source>Open Change Request…</source>
        <translation>فتح طلب تغيير…</translation>
    </message>
    <message>
        <source>Technical Changes</source>
        <translation>التغييرات التقنية</translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation>الاتفاق على الخطة</translation>
    </message>
    <message>
        <source>RFC period</source>
        <translation>فترة RFC</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>IFO statement</source>
        <translation>بيان IFO</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Customer Updates</source>
        <translation>تحديثات العملاء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Public text</source>
        <translation>النص العلني</translation>
    </message>
    <message>
        <source>Review Liaisons</source>
        <translation>مسؤولو الاتصال لدى فرق المراجعة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Review team</source>
        <translation>فريق المراجعة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>اعتباراً من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>IFO Complaints</source>
        <translation>شكاوى IFO</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Period or reference</source>
        <translation>الفترة أو المرجع</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Counts or handling</source>
        <translation>الأعداد أو المعالجة</translation>
    </message>
    <message>
        <source>Add Summary…</source>
        <translation>إضافة ملخص…</translation>
    </message>
    <message>
        <source>Add Handling Times…</source>
        <translation>إضافة أوقات المعالجة…</translation>
    </message>
    <message>
        <source>(YYYY-MM-DD, empty if not yet):</source>
        <translation>(YYYY-MM-DD، فارغ إن لم يحدث بعد):</translation>
    </message>
    <message>
        <source>(YYYY-MM-DD):</source>
        <translation>(YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» ليس تاريخاً (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Escalated disputes</source>
        <translation>نزاعات مصعَّدة</translation>
    </message>
    <message>
        <source>Extreme event</source>
        <translation>حدث استثنائي</translation>
    </message>
    <message>
        <source>Both customers consented</source>
        <translation>وافقت فئتا العملاء كلتاهما</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>ناقصة: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Annual consultation</source>
        <translation>المشاورة السنوية</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Summary of escalated complaints</source>
        <translation>ملخص الشكاوى المصعَّدة</translation>
    </message>
    <message>
        <source>Handling times</source>
        <translation>أوقات المعالجة</translation>
    </message>
    <message>
        <source>receipt %1; response %2</source>
        <translation>الاستلام %1؛ الرد %2</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>An escalated number of disputes</source>
        <translation>عدد متصاعد من النزاعات</translation>
    </message>
    <message>
        <source>A single extreme event</source>
        <translation>حدث استثنائي واحد</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>فُتحت:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>الأدلة:</translation>
    </message>
    <message>
        <source>Evidence document:</source>
        <translation>مستند الأدلة:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>الوضع:</translation>
    </message>
    <message>
        <source>Further Escalation Options opened:</source>
        <translation>فُتحت خيارات التصعيد الإضافية:</translation>
    </message>
    <message>
        <source>%1, on the ground: %2</source>
        <translation>%1، على أساس: %2</translation>
    </message>
    <message>
        <source>Concluded:</source>
        <translation>اختُتمت:</translation>
    </message>
    <message>
        <source>Customers&apos; consent</source>
        <translation>موافقة العملاء</translation>
    </message>
    <message>
        <source>The Further Escalation Options stay closed until the consent of %1 is recorded.</source>
        <translation>تبقى خيارات التصعيد الإضافية مغلقة إلى أن تُسجَّل موافقة %1.</translation>
    </message>
    <message>
        <source>Commissioned:</source>
        <translation>التكليف:</translation>
    </message>
    <message>
        <source>Report received:</source>
        <translation>استلام التقرير:</translation>
    </message>
    <message>
        <source>Results published:</source>
        <translation>نشر النتائج:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Public summary:</source>
        <translation>الملخص العلني:</translation>
    </message>
    <message>
        <source>Feedback closed:</source>
        <translation>إغلاق باب الملاحظات:</translation>
    </message>
    <message>
        <source>Community feedback:</source>
        <translation>ملاحظات المجتمع:</translation>
    </message>
    <message>
        <source>Change requests opened:</source>
        <translation>طلبات التغيير المفتوحة:</translation>
    </message>
    <message>
        <source>Plan agreed with the IFO:</source>
        <translation>الاتفاق على الخطة مع IFO:</translation>
    </message>
    <message>
        <source>RFC period:</source>
        <translation>فترة RFC:</translation>
    </message>
    <message>
        <source>Comments received:</source>
        <translation>التعليقات الواردة:</translation>
    </message>
    <message>
        <source>IFO statement:</source>
        <translation>بيان IFO:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Public text:</source>
        <translation>النص العلني:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>الجمهور:</translation>
    </message>
    <message>
        <source>Content (internal):</source>
        <translation>المضمون (داخلي):</translation>
    </message>
    <message>
        <source>Open Urgent Review</source>
        <translation>فتح مراجعة عاجلة</translation>
    </message>
    <message>
        <source>What is the systemic breach?</source>
        <translation>ما الإخلال المنهجي؟</translation>
    </message>
    <message>
        <source>Started from:</source>
        <translation>انطلقت من:</translation>
    </message>
    <message>
        <source>The evidence:</source>
        <translation>الأدلة:</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>The Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Record Customers&apos; Consent</source>
        <translation>تسجيل موافقة العملاء</translation>
    </message>
    <message>
        <source>Select the urgent review first.</source>
        <translation>اختر المراجعة العاجلة أولاً.</translation>
    </message>
    <message>
        <source>Consent of the:</source>
        <translation>موافقة:</translation>
    </message>
    <message>
        <source>Who gave it (the body or its representative):</source>
        <translation>من أعطاها (الجهة أو ممثلها):</translation>
    </message>
    <message>
        <source>By what means (a vote, a letter, a council resolution):</source>
        <translation>بأي وسيلة (تصويت، رسالة، قرار مجلس):</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>The Evidence of Consent</source>
        <translation>دليل الموافقة</translation>
    </message>
    <message>
        <source>Further Escalation Options</source>
        <translation>خيارات التصعيد الإضافية</translation>
    </message>
    <message>
        <source>On what ground are they opened?</source>
        <translation>على أي أساس تُفتح؟</translation>
    </message>
    <message>
        <source>Conclude Urgent Review</source>
        <translation>اختتام المراجعة العاجلة</translation>
    </message>
    <message>
        <source>The outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>Commission the Periodic Audit</source>
        <translation>التكليف بالتدقيق الدوري</translation>
    </message>
    <message>
        <source>The independent organisation:</source>
        <translation>الجهة المستقلة:</translation>
    </message>
    <message>
        <source>Commissioned on</source>
        <translation>تاريخ التكليف</translation>
    </message>
    <message>
        <source>Audit Report Received</source>
        <translation>استلام تقرير التدقيق</translation>
    </message>
    <message>
        <source>Select the audit first.</source>
        <translation>اختر التدقيق أولاً.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>The Audit Report</source>
        <translation>تقرير التدقيق</translation>
    </message>
    <message>
        <source>Publish the Audit&apos;s Results</source>
        <translation>نشر نتائج التدقيق</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Where (a web address):</source>
        <translation>مكان النشر (عنوان ويب):</translation>
    </message>
    <message>
        <source>The public summary of the results:</source>
        <translation>الملخص العلني للنتائج:</translation>
    </message>
    <message>
        <source>Community Feedback</source>
        <translation>ملاحظات المجتمع</translation>
    </message>
    <message>
        <source>The feedback closed on</source>
        <translation>تاريخ إغلاق باب الملاحظات</translation>
    </message>
    <message>
        <source>What the community said:</source>
        <translation>ما قاله المجتمع:</translation>
    </message>
    <message>
        <source>Service-Level Change Request</source>
        <translation>طلب تغيير مستوى الخدمة</translation>
    </message>
    <message>
        <source>The change the audit calls for:</source>
        <translation>التغيير الذي يدعو إليه التدقيق:</translation>
    </message>
    <message>
        <source>Technical Change Outside Policy</source>
        <translation>تغيير تقني خارج نطاق السياسات</translation>
    </message>
    <message>
        <source>The change (e.g. the introduction of DNSSEC):</source>
        <translation>التغيير (مثل اعتماد DNSSEC):</translation>
    </message>
    <message>
        <source>Implementation plan agreed with the IFO on</source>
        <translation>تاريخ الاتفاق مع IFO على خطة التنفيذ</translation>
    </message>
    <message>
        <source>The RFC period opens on</source>
        <translation>تاريخ فتح فترة RFC</translation>
    </message>
    <message>
        <source>The RFC period closes on</source>
        <translation>تاريخ إغلاق فترة RFC</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement on</source>
        <translation>تاريخ بيان IFO</translation>
    </message>
    <message>
        <source>The IFO&apos;s statement:</source>
        <translation>بيان IFO:</translation>
    </message>
    <message>
        <source>The public text:</source>
        <translation>النص العلني:</translation>
    </message>
    <message>
        <source>Update to Direct Customers</source>
        <translation>تحديث للعملاء المباشرين</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
        <source>What was said (internal):</source>
        <translation>ما قيل (داخلي):</translation>
    </message>
    <message>
        <source>Liaison to a Review Team</source>
        <translation>مسؤول اتصال لدى فريق مراجعة</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>الشخص:</translation>
    </message>
    <message>
        <source>Which review team:</source>
        <translation>فريق المراجعة:</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>بداية العضوية</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>نهاية العضوية</translation>
    </message>
    <message>
        <source>IFO Summary of Escalated Complaints</source>
        <translation>ملخص IFO للشكاوى المصعَّدة</translation>
    </message>
    <message>
        <source>The period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <source>The period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <source>Counts per kind, one per line as kind=count (kinds: %1):</source>
        <translation>الأعداد حسب النوع، واحد في كل سطر بصيغة kind=count (الأنواع: %1):</translation>
    </message>
    <message>
        <source>“%1” is not kind=count.</source>
        <translation>«%1» ليس بصيغة kind=count.</translation>
    </message>
    <message>
        <source>IFO Complaint Handling Times</source>
        <translation>أوقات معالجة IFO للشكاوى</translation>
    </message>
    <message>
        <source>The IFO&apos;s reference:</source>
        <translation>مرجع IFO:</translation>
    </message>
    <message>
        <source>Received by the IFO on</source>
        <translation>تاريخ استلام IFO لها</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>تاريخ الإقرار بالاستلام</translation>
    </message>
    <message>
        <source>Substantive response on</source>
        <translation>تاريخ الرد الموضوعي</translation>
    </message>
    <message>
        <source>“%1” on file</source>
        <translation>«%1» محفوظ</translation>
    </message>
    <message>
        <source>%1: given by %2, by %3, on %4 (document “%5”)</source>
        <translation>%1: أعطاها %2، عن طريق %3، في %4 (المستند «%5»)</translation>
    </message>
    <message>
        <source>%1: given by %2, by %3, on %4</source>
        <translation>%1: أعطاها %2، عن طريق %3، في %4</translation>
    </message>
</context>
<context>
    <name>csc::FigureEntryDialog</name>
    <message>
        <source>Enter a month&apos;s figures</source>
        <translation>إدخال أرقام شهر</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Met the threshold</source>
        <translation>استوفت الحد</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>Row %1 (%2): enter whole, non-negative numbers for both counts.</source>
        <translation>الصف %1 (%2): أدخل أعداداً صحيحة غير سالبة في كلا العددين.</translation>
    </message>
    <message>
        <source>Row %1 (%2): more requests met the threshold (%3) than were handled (%4).</source>
        <translation>الصف %1 (%2): عدد الطلبات التي استوفت الحد (%3) أكبر من عدد الطلبات المعالجة (%4).</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>الصف %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>csc::FigureImporter</name>
    <message>
        <source>The file is empty; it needs a header line naming its columns.</source>
        <translation>الملف فارغ؛ يحتاج إلى سطر ترويسة يسمّي أعمدته.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>العمود «%1» مكرر.</translation>
    </message>
    <message>
        <source>Unknown column “%1”.</source>
        <translation>عمود غير معروف «%1».</translation>
    </message>
    <message>
        <source>The header has no “%1” column (a %2 file needs it).</source>
        <translation>ليس في الترويسة عمود «%1» (يحتاجه ملف %2).</translation>
    </message>
    <message>
        <source>A per-request file needs “start” and “end” columns or a “duration_seconds” column.</source>
        <translation>يحتاج ملف «لكل طلب» إلى عمودي «start» و«end» أو عمود «duration_seconds».</translation>
    </message>
    <message>
        <source>“%1” is not a process category (I to V).</source>
        <translation>«%1» ليست فئة إجراء (من I إلى V).</translation>
    </message>
    <message>
        <source>The metric is not valid UTF-8 text.</source>
        <translation>المقياس ليس نصاً صالحاً بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Unknown metric “%1” in category %2.</source>
        <translation>مقياس غير معروف «%1» في الفئة %2.</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>«%1» ليس شهراً (YYYY-MM).</translation>
    </message>
    <message>
        <source>The request id is empty.</source>
        <translation>معرّف الطلب فارغ.</translation>
    </message>
    <message>
        <source>The TLD is empty.</source>
        <translation>النطاق العلوي فارغ.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (save the file as UTF-8).</source>
        <translation>النص ليس بترميز UTF-8 صالح (احفظ الملف بترميز UTF-8).</translation>
    </message>
    <message>
        <source>“%1” is not a duration in seconds (a non-negative number).</source>
        <translation>«%1» ليس مدة بالثواني (عدداً غير سالب).</translation>
    </message>
    <message>
        <source>“%1” is not a timestamp (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>«%1» ليس طابعاً زمنياً (YYYY-MM-DDTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>The request ends before it starts.</source>
        <translation>ينتهي الطلب قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>The request has neither a duration nor start and end times.</source>
        <translation>ليس للطلب مدة ولا وقتا بداية ونهاية.</translation>
    </message>
    <message>
        <source>“%1” (category %2) was not a defined service level in %3.</source>
        <translation>«%1» (الفئة %2) لم يكن مستوى خدمة معرّفاً في %3.</translation>
    </message>
    <message>
        <source>The database refused the row: %1</source>
        <translation>رفضت قاعدة البيانات الصف: %1</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of requests.</source>
        <translation>«%1» ليس عدداً صحيحاً من الطلبات.</translation>
    </message>
    <message>
        <source>The number of requests cannot be negative (%1).</source>
        <translation>لا يمكن أن يكون عدد الطلبات سالباً (%1).</translation>
    </message>
    <message>
        <source>The number of requests meeting the threshold cannot be negative (%1).</source>
        <translation>لا يمكن أن يكون عدد الطلبات المستوفية للحد سالباً (%1).</translation>
    </message>
    <message>
        <source>More requests met the threshold (%1) than were handled (%2).</source>
        <translation>عدد الطلبات التي استوفت الحد (%1) أكبر من عدد الطلبات المعالجة (%2).</translation>
    </message>
    <message>
        <source>“%1” already has figures for %2 on line %3.</source>
        <translation>لـ «%1» أرقام بالفعل لشهر %2 في السطر %3.</translation>
    </message>
    <message>
        <source>Broken quoting: %1.</source>
        <translation>علامات اقتباس غير سليمة: %1.</translation>
    </message>
    <message>
        <source>The line has %1 columns; the header has %2.</source>
        <translation>في السطر %1 أعمدة؛ وفي الترويسة %2.</translation>
    </message>
    <message>
        <source>More problems were found; only the first %1 are listed.</source>
        <translation>وُجدت مشكلات أخرى؛ لم يُدرج إلا أول %1 منها.</translation>
    </message>
    <message>
        <source>The file has a header but no figures.</source>
        <translation>في الملف ترويسة لكن لا أرقام.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import it again.</source>
        <translation>الملف نص بترميز UTF-16؛ احفظه بترميز UTF-8 (CSV UTF-8) ثم استورده مجدداً.</translation>
    </message>
    <message>
        <source>The header line is too long to be a header.</source>
        <translation>سطر الترويسة أطول من أن يكون ترويسة.</translation>
    </message>
    <message>
        <source>The request id “%1” was already given on line %2.</source>
        <translation>معرّف الطلب «%1» ورد بالفعل في السطر %2.</translation>
    </message>
    <message>
        <source>“%1” seconds is longer than ten years; no request takes that long.</source>
        <translation>«%1» ثانية مدة تتجاوز عشر سنوات؛ لا يستغرق أي طلب كل هذا الوقت.</translation>
    </message>
    <message>
        <source>The request lasts more than ten years.</source>
        <translation>يستغرق الطلب أكثر من عشر سنوات.</translation>
    </message>
    <message>
        <source>“%1” has a time zone offset that does not exist (offsets run from -12:00 to +14:00).</source>
        <translation>في «%1» فرق توقيت غير موجود (تتراوح الفروق من -12:00 إلى +14:00).</translation>
    </message>
    <message>
        <source>“%1” is a leap second (second 60), which cannot be counted exactly; give the duration in duration_seconds instead.</source>
        <translation>«%1» ثانية كبيسة (الثانية 60)، ولا يمكن حسابها بدقة؛ أعطِ المدة في duration_seconds بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>“%1” is far outside %2, the month the request is counted in.</source>
        <translation>«%1» بعيد جداً عن %2، وهو الشهر الذي يُحتسب فيه الطلب.</translation>
    </message>
    <message>
        <source>The field is %1 bytes long; a field holds at most %2.</source>
        <translation>طول الحقل %1 بايت؛ ولا يتسع الحقل لأكثر من %2.</translation>
    </message>
    <message>
        <source>The field contains a NUL character; the file is damaged or not text.</source>
        <translation>يحتوي الحقل على محرف NUL؛ الملف تالف أو ليس نصاً.</translation>
    </message>
    <message>
        <source>%1 requests in a month is beyond any believable count (at most %2).</source>
        <translation>عدد الطلبات في شهر واحد (%1) يفوق أي عدد معقول (%2 على الأكثر).</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes; no line of figures is that long.</source>
        <translation>طول السطر يتجاوز %1 بايت؛ ولا يبلغ أي سطر أرقام هذا الطول.</translation>
    </message>
</context>
<context>
    <name>csc::FindBar</name>
    <message>
        <source>Find in this section</source>
        <translation>البحث في هذا القسم</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous, Escape closes</source>
        <translation>Enter للتطابق التالي، وShift+Enter للسابق، وEscape للإغلاق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>البحث عن السابق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation>وُجد في %1</translation>
    </message>
    <message>
        <source>this section</source>
        <translation>هذا القسم</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
</context>
<context>
    <name>csc::HolidaySetupPage</name>
    <message>
        <source>The holiday calendar</source>
        <translation>تقويم العطلات</translation>
    </message>
    <message>
        <source>Business days are Monday to Friday less these days; case deadlines and the minutes deadline count them. Import an .ics file or a list of dates, or type them below, one per line.</source>
        <translation>أيام العمل من الاثنين إلى الجمعة باستثناء هذه الأيام؛ وبها تُحسب مواعيد الحالات وموعد المحضر. استورد ملف .ics أو قائمة تواريخ، أو اكتبها أدناه، تاريخاً في كل سطر.</translation>
    </message>
    <message>
        <source>2027-01-01 New Year&apos;s Day
2027-12-25 Christmas Day</source>
        <translation>2027-01-01 رأس السنة الميلادية
2027-12-25 عيد الميلاد</translation>
    </message>
    <message>
        <source>the holiday calendar</source>
        <translation>تقويم العطلات</translation>
    </message>
    <message>
        <source>Holiday files (*.ics *.txt *.csv);;All files (*)</source>
        <translation>ملفات العطلات (*.ics *.txt *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Typed in (added when you press Next or Done for now):</source>
        <translation>المكتوبة (تُضاف عند الضغط على «التالي» أو «إنهاء الآن»):</translation>
    </message>
    <message>
        <source>No holidays yet: every weekday counts as a business day.</source>
        <translation>لا عطلات بعد: يُحتسب كل يوم من أيام الأسبوع العادية يوم عمل.</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) in the calendar, from %1 to %2.</source>
        <translation>
            <numerusform>لا عطلات في التقويم، من %1 إلى %2.</numerusform>
            <numerusform>عطلة واحدة في التقويم، من %1 إلى %2.</numerusform>
            <numerusform>عطلتان في التقويم، من %1 إلى %2.</numerusform>
            <numerusform>%n عطلات في التقويم، من %1 إلى %2.</numerusform>
            <numerusform>%n عطلة في التقويم، من %1 إلى %2.</numerusform>
            <numerusform>%n عطلة في التقويم، من %1 إلى %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>typed holidays</source>
        <translation>العطلات المكتوبة</translation>
    </message>
    <message>
        <source>Some lines are not holidays</source>
        <translation>بعض الأسطر ليست عطلات</translation>
    </message>
    <message>
        <source>Nothing was added; correct these lines or clear them to skip:</source>
        <translation>لم يُضف شيء؛ صحّح هذه الأسطر أو امسحها للتخطي:</translation>
    </message>
    <message>
        <source>Cannot save the holidays</source>
        <translation>تعذّر حفظ العطلات</translation>
    </message>
</context>
<context>
    <name>csc::IntegrityBanner</name>
    <message>
        <source>&lt;b&gt;The database file is damaged.&lt;/b&gt; SQLite&apos;s integrity check found: %1. Make no more changes here: close CSC Desk and restore the file from a backup copy (the copy made before the last upgrade is one), or ask the secretariat for the committee&apos;s last good copy.</source>
        <translation>&lt;b&gt;ملف قاعدة البيانات تالف.&lt;/b&gt; وجد فحص السلامة في SQLite ما يلي: %1. لا تُجرِ أي تغييرات أخرى هنا: أغلق CSC Desk واستعد الملف من نسخة احتياطية (النسخة المأخوذة قبل آخر ترقية إحداها)، أو اطلب من الأمانة آخر نسخة سليمة للجنة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail was changed outside CSC Desk.&lt;/b&gt; %1 Run “cscdesk audit verify” for the details, tell the chair, and restore the file from a backup copy if the change was not made on purpose.</source>
        <translation>&lt;b&gt;غُيِّر سجل التدقيق خارج CSC Desk.&lt;/b&gt; %1 شغّل «cscdesk audit verify» للاطلاع على التفاصيل، وأبلغ الرئيس، واستعد الملف من نسخة احتياطية إن لم يكن التغيير مقصوداً.</translation>
    </message>
</context>
<context>
    <name>csc::KeptMailButton</name>
    <message>
        <source>The e-mails prepared when these minutes were circulated or published, as kept in the record</source>
        <translation>رسائل البريد الإلكتروني التي أُعدّت عند تعميم هذا المحضر أو نشره، كما حُفظت في السجل</translation>
    </message>
    <message>
        <source>Kept e-mails</source>
        <translation>الرسائل المحفوظة</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (to %4)</source>
        <translation>%1 — %2: %3 (إلى %4)</translation>
    </message>
    <message>
        <source>Kept e-mails (%1)</source>
        <translation>الرسائل المحفوظة (%1)</translation>
    </message>
    <message>
        <source>No e-mail has been prepared for these yet.</source>
        <translation>لم تُعَدّ أي رسالة بريد إلكتروني لهذا المحضر بعد.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>تعذّر إنشاء المجلد «%1».</translation>
    </message>
</context>
<context>
    <name>csc::MainWindow</name>
    <message>
        <source>CSC Desk</source>
        <translation>CSC Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>The member&apos;s changes were merged.</source>
        <translation>دُمجت تغييرات العضو.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About CSC Desk</source>
        <translation>&amp;حول CSC Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>قاعدة بيانات في الذاكرة</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — للقراءة فقط</translation>
    </message>
    <message>
        <source>%1 — CSC Desk</source>
        <translation>%1 — CSC Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review copy for %1, taken %2.&lt;/b&gt; Comment, approve minutes, vote and complete your action items here; then use File › Write Changes to Send Back.</source>
        <translation>&lt;b&gt;نسخة مراجعة لـ %1، أُخذت في %2.&lt;/b&gt; علّق واعتمد المحاضر وصوّت وأكمل بنود إجراءاتك هنا؛ ثم استخدم ملف › كتابة التغييرات لإعادتها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;للقراءة فقط.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>CSC Desk databases (*.db *.sqlite *.cscdesk);;All files (*)</source>
        <translation>قواعد بيانات CSC Desk (*.db *.sqlite *.cscdesk);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>About CSC Desk</source>
        <translation>حول CSC Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CSC Desk %1&lt;/h3&gt;&lt;p&gt;The workbench of a Customer Standing Committee: escalated cases, the IANA naming function&apos;s service levels, meetings and minutes, on one desk and offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CSC Desk %1&lt;/h3&gt;&lt;p&gt;منضدة عمل لجنة العملاء الدائمة: الحالات المصعّدة، ومستويات خدمة وظيفة التسمية في IANA، والاجتماعات والمحاضر، على مكتب واحد ودون اتصال.&lt;/p&gt;&lt;p&gt;بُني باستخدام Qt %2 وSQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>لا توجد قاعدة بيانات مفتوحة</translation>
    </message>
    <message>
        <source>&amp;New Committee…</source>
        <translation>لجنة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>م&amp;عاينة الطباعة…</translation>
    </message>
    <message>
        <source>Set &amp;Up Committee…</source>
        <translation>إ&amp;عداد اللجنة…</translation>
    </message>
    <message>
        <source>CSC Desk &amp;User Guide</source>
        <translation>&amp;دليل مستخدم CSC Desk</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>ما &amp;هذا؟</translation>
    </message>
    <message>
        <source>Use File › Open Database… to open the committee&apos;s database, or File › New Committee… to start a new one.</source>
        <translation>استخدم ملف › فتح قاعدة بيانات… لفتح قاعدة بيانات اللجنة، أو ملف › لجنة جديدة… لبدء لجنة جديدة.</translation>
    </message>
    <message>
        <source>%1 — %2 — CSC Desk</source>
        <translation>%1 — %2 — CSC Desk</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new committee database there?</source>
        <translation>لا توجد قاعدة بيانات في %1. إنشاء قاعدة بيانات جديدة للجنة هناك؟</translation>
    </message>
    <message>
        <source>New Committee</source>
        <translation>لجنة جديدة</translation>
    </message>
    <message>
        <source>CSC Desk databases (*.db)</source>
        <translation>قواعد بيانات CSC Desk (*.db)</translation>
    </message>
    <message>
        <source>Cannot create the committee</source>
        <translation>تعذّر إنشاء اللجنة</translation>
    </message>
    <message>
        <source>New committee database %1 created.</source>
        <translation>أُنشئت قاعدة بيانات اللجنة الجديدة %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a demo committee&lt;/b&gt; with invented people, cases and figures. To start your committee&apos;s own database use File › New Committee…</source>
        <translation>&lt;b&gt;هذه لجنة تجريبية&lt;/b&gt; بأشخاص وحالات وأرقام مختلَقة. لبدء قاعدة بيانات لجنتك الخاصة استخدم ملف › لجنة جديدة…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set-up not finished.&lt;/b&gt; Still missing: %1. Use Edit › Set Up Committee… (each step can be done later).</source>
        <translation>&lt;b&gt;لم يكتمل الإعداد.&lt;/b&gt; لا يزال ناقصاً: %1. استخدم تحرير › إعداد اللجنة… (يمكن إنجاز كل خطوة لاحقاً).</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>افتح قاعدة بيانات أولاً.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>CSC Desk User Guide</source>
        <translation>دليل مستخدم CSC Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>CSC Desk cannot open the database</source>
        <translation>تعذّر على CSC Desk فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>csc::MeetingListModel</name>
    <message>
        <source>Monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>استثنائي</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>مشاورة</translation>
    </message>
    <message>
        <source>No minutes yet</source>
        <translation>لا محضر بعد</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>متأخر منذ %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>مستحق في %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>published late (%1 business days)</source>
        <translation>نُشر متأخراً (%1 أيام عمل)</translation>
    </message>
</context>
<context>
    <name>csc::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Taken by e-mail</source>
        <translation>اتُّخذ بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>بنود الإجراءات</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>تغيير الحضور</translation>
    </message>
    <message>
        <source>The decision, as it will read in the minutes</source>
        <translation>القرار كما سيرد في المحضر</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>Records the votes of the voting members present as in favour; liaisons do not vote.</source>
        <translation>يسجّل أصوات الأعضاء المصوّتين الحاضرين مؤيدةً؛ مسؤولو الاتصال لا يصوّتون.</translation>
    </message>
    <message>
        <source>Change action item status</source>
        <translation>تغيير حالة بند الإجراء</translation>
    </message>
    <message>
        <source>Edit action item note</source>
        <translation>تحرير ملاحظة بند الإجراء</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>بند إجراء جديد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Raised at this meeting, then the open ones carried over from earlier meetings. Tick to complete; double-click the note to edit.</source>
        <translation>ما أُثير في هذا الاجتماع، ثم البنود المفتوحة المرحّلة من اجتماعات سابقة. علّم للإكمال؛ انقر نقراً مزدوجاً على الملاحظة لتحريرها.</translation>
    </message>
    <message>
        <source>Meetings &amp; Minutes</source>
        <translation>الاجتماعات والمحاضر</translation>
    </message>
    <message>
        <source>Meeting created with the standing agenda and the open action items.</source>
        <translation>أُنشئ الاجتماع بجدول الأعمال المعتاد وبنود الإجراءات المفتوحة.</translation>
    </message>
    <message>
        <source>Members&apos; review</source>
        <translation>مراجعة الأعضاء</translation>
    </message>
    <message>
        <source>Cast My Vote…</source>
        <translation>الإدلاء بصوتي…</translation>
    </message>
    <message>
        <source>Record your own vote on the selected decision.</source>
        <translation>سجّل صوتك على القرار المحدد.</translation>
    </message>
    <message>
        <source>Select the decision you vote on.</source>
        <translation>اختر القرار الذي تصوّت عليه.</translation>
    </message>
    <message>
        <source>Your profile is not linked to a member of the roster, so you cannot vote.</source>
        <translation>ملفك الشخصي غير مرتبط بعضو في قائمة الأعضاء، لذا لا يمكنك التصويت.</translation>
    </message>
    <message>
        <source>Cast My Vote</source>
        <translation>الإدلاء بصوتي</translation>
    </message>
    <message>
        <source>Arrow keys move between members; F2 or typing changes the attendance</source>
        <translation>تتنقّل مفاتيح الأسهم بين الأعضاء؛ ويغيّر F2 أو الكتابة الحضور</translation>
    </message>
    <message>
        <source>The roll call of the meeting. Move with the arrow keys and press F2 (or start typing) to change a member&apos;s attendance; Mark all present fills it in one step.</source>
        <translation>كشف حضور الاجتماع. تنقّل بمفاتيح الأسهم واضغط F2 (أو ابدأ الكتابة) لتغيير حضور عضو؛ ويملؤه «تعليم الجميع حاضرين» بخطوة واحدة.</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>تعليم الجميع حاضرين</translation>
    </message>
    <message>
        <source>Marks every member and liaison present in one step (undoable).</source>
        <translation>يعلّم كل الأعضاء ومسؤولي الاتصال حاضرين بخطوة واحدة (يمكن التراجع عنه).</translation>
    </message>
    <message>
        <source>Everyone is marked present already.</source>
        <translation>الجميع معلَّمون حاضرين بالفعل.</translation>
    </message>
    <message>
        <source>Select a meeting to print its public minutes.</source>
        <translation>اختر اجتماعاً لطباعة محضره العلني.</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet: generate the draft first.</source>
        <translation>ليس لهذا الاجتماع محضر بعد: أنشئ المسودة أولاً.</translation>
    </message>
    <message>
        <source>To Be Ratified by E-mail</source>
        <translation>للمصادقة بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Mark the selected decision, taken at a meeting that was not quorate, to be ratified by e-mail.</source>
        <translation>تعليم القرار المحدد، المتخذ في اجتماع لم يكتمل نصابه، للمصادقة عليه بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Ratified by E-mail…</source>
        <translation>مُصادَق عليه بالبريد الإلكتروني…</translation>
    </message>
    <message>
        <source>Record the carried e-mail decision that ratified the selected decision.</source>
        <translation>تسجيل القرار المعتمد المتخذ بالبريد الإلكتروني الذي صادق على القرار المحدد.</translation>
    </message>
    <message>
        <source>Select a decision first.</source>
        <translation>اختر قراراً أولاً.</translation>
    </message>
    <message>
        <source>No carried e-mail decision since %1: record the e-mail decision that ratifies it first (tick “By e-mail”).</source>
        <translation>لا يوجد قرار معتمد متخذ بالبريد الإلكتروني منذ %1: سجّل أولاً القرار المتخذ بالبريد الإلكتروني الذي يصادق عليه (علّم «بالبريد الإلكتروني»).</translation>
    </message>
    <message>
        <source>Ratified by E-mail</source>
        <translation>مُصادَق عليه بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>The e-mail decision that ratified “%1”:</source>
        <translation>القرار المتخذ بالبريد الإلكتروني الذي صادق على «%1»:</translation>
    </message>
</context>
<context>
    <name>csc::MemberDialog</name>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>نهاية العضوية</translation>
    </message>
    <message>
        <source>Chair of the committee</source>
        <translation>رئيس اللجنة</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>Add a member or liaison</source>
        <translation>إضافة عضو أو مسؤول اتصال</translation>
    </message>
    <message>
        <source>Not a point of contact</source>
        <translation>ليس جهة اتصال</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>ال&amp;انتماء:</translation>
    </message>
    <message>
        <source>&amp;Seat:</source>
        <translation>ال&amp;مقعد:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Term &amp;starts:</source>
        <translation>&amp;بداية العضوية:</translation>
    </message>
    <message>
        <source>IFO &amp;contact:</source>
        <translation>&amp;جهة اتصال IFO:</translation>
    </message>
    <message>
        <source>Liaisons do not vote.</source>
        <translation>مسؤولو الاتصال لا يصوّتون.</translation>
    </message>
</context>
<context>
    <name>csc::Migrations</name>
    <message>
        <source>A schema script is missing from this build.</source>
        <translation>نص مخطط مفقود من هذا البناء.</translation>
    </message>
    <message>
        <source>The database schema could not be created.</source>
        <translation>تعذّر إنشاء مخطط قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>csc::MinutesDueWidget</name>
    <message>
        <source>Minutes due</source>
        <translation>محاضر مستحقة</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1, %2</source>
        <translation>محضر الاجتماع رقم %1، %2</translation>
    </message>
    <message>
        <source>no draft yet</source>
        <translation>لا مسودة بعد</translation>
    </message>
    <message>
        <source>Minutes to publish</source>
        <translation>محاضر للنشر</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1 %2</source>
        <translation>محضر الاجتماع رقم %1 %2</translation>
    </message>
    <message>
        <source>; %1 more unpublished (%2 overdue)</source>
        <translation>؛ %1 أخرى غير منشورة (%2 متأخرة)</translation>
    </message>
</context>
<context>
    <name>csc::MinutesEditor</name>
    <message>
        <source>Generate draft</source>
        <translation>إنشاء المسودة</translation>
    </message>
    <message>
        <source>Circulate to members</source>
        <translation>تعميم على الأعضاء</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>إعادة إلى مسودة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Mark published</source>
        <translation>تعليم كمنشور</translation>
    </message>
    <message>
        <source>Confidential (left out of the public minutes)</source>
        <translation>سري (خارج المحضر العلني)</translation>
    </message>
    <message>
        <source>Save section</source>
        <translation>حفظ القسم</translation>
    </message>
    <message>
        <source>Where published (web address)</source>
        <translation>مكان النشر (عنوان ويب)</translation>
    </message>
    <message>
        <source>Where the minutes are published</source>
        <translation>أين يُنشر المحضر</translation>
    </message>
    <message>
        <source>Export public minutes</source>
        <translation>تصدير المحضر العلني</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Minutes sections</source>
        <translation>أقسام المحضر</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>عنوان القسم</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>نص القسم</translation>
    </message>
    <message>
        <source>Public preview</source>
        <translation>معاينة علنية</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; (members only)</source>
        <translation>&lt;b&gt;مسودة&lt;/b&gt; (للأعضاء فقط)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Public preview&lt;/b&gt; — exactly what will be posted; confidential sections and case details are left out</source>
        <translation>&lt;b&gt;معاينة علنية&lt;/b&gt; — ما سيُنشر بالضبط؛ تُحذف الأقسام السرية وتفاصيل الحالات</translation>
    </message>
    <message>
        <source>Confidential: %1</source>
        <translation>سري: %1</translation>
    </message>
    <message>
        <source>No minutes yet: generate the draft from the meeting&apos;s attendance, agenda, decisions and action items.</source>
        <translation>لا محضر بعد: أنشئ المسودة من حضور الاجتماع وجدول أعماله وقراراته وبنود إجراءاته.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>المحضر: %1</translation>
    </message>
    <message>
        <source> · circulated %1</source>
        <translation> · عُمّم في %1</translation>
    </message>
    <message>
        <source> · approved by %1 on %2</source>
        <translation> · اعتمده %1 في %2</translation>
    </message>
    <message>
        <source> · published %1 at %2</source>
        <translation> · نُشر في %1 على %2</translation>
    </message>
    <message>
        <source> — only a draft can be edited</source>
        <translation> — لا يمكن تحرير إلا المسودة</translation>
    </message>
    <message>
        <source>Minutes will be due %1</source>
        <translation>سيُستحق المحضر في %1</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>المحضر %1</translation>
    </message>
    <message>
        <source>Edit minutes section “%1”</source>
        <translation>تحرير قسم المحضر «%1»</translation>
    </message>
    <message>
        <source>Mark section confidential</source>
        <translation>تعليم القسم سرياً</translation>
    </message>
    <message>
        <source>Make section public</source>
        <translation>جعل القسم علنياً</translation>
    </message>
    <message>
        <source>Minutes of meeting no. %1: %2</source>
        <translation>محضر الاجتماع رقم %1: %2</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>ملفات %1 (*.%2)</translation>
    </message>
    <message>
        <source>Public minutes written to %1</source>
        <translation>كُتب المحضر العلني في %1</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>لا شيء للمعاينة بعد.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Meeting pack…</source>
        <translation>حزمة الاجتماع…</translation>
    </message>
    <message>
        <source>Save state of the section</source>
        <translation>حالة حفظ القسم</translation>
    </message>
    <message>
        <source>Saves the section (Ctrl+S). Switching to another section saves it too.</source>
        <translation>يحفظ القسم (Ctrl+S). والانتقال إلى قسم آخر يحفظه أيضاً.</translation>
    </message>
    <message>
        <source>A confidential section stays in the members&apos; draft and is left out of the public minutes, the preview and every export. The tick applies to the section on screen.</source>
        <translation>يبقى القسم السري في مسودة الأعضاء ويُستبعد من المحضر العلني والمعاينة وكل تصدير. وتنطبق علامة الاختيار على القسم المعروض على الشاشة.</translation>
    </message>
    <message>
        <source>The public minutes exactly as they will be posted. It follows the section you edit; confidential sections are not in it.</source>
        <translation>المحضر العلني تماماً كما سيُنشر. يتبع القسم الذي تحرّره؛ ولا تظهر فيه الأقسام السرية.</translation>
    </message>
    <message>
        <source>The web address (https://…) or mailing list where the minutes were posted. It is part of the record of publication.</source>
        <translation>عنوان الويب (https://…) أو القائمة البريدية التي نُشر فيها المحضر. وهو جزء من سجل النشر.</translation>
    </message>
    <message>
        <source>Circulate the minutes to members</source>
        <translation>تعميم المحضر على الأعضاء</translation>
    </message>
    <message>
        <source>Return the minutes to draft</source>
        <translation>إعادة المحضر إلى مسودة</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>اعتماد المحضر</translation>
    </message>
    <message>
        <source>Mark the minutes published</source>
        <translation>تعليم المحضر منشوراً</translation>
    </message>
    <message>
        <source>Export the public minutes</source>
        <translation>تصدير المحضر العلني</translation>
    </message>
    <message>
        <source>Confidential section</source>
        <translation>قسم سري</translation>
    </message>
    <message>
        <source>Left out of the public minutes</source>
        <translation>مستبعد من المحضر العلني</translation>
    </message>
    <message>
        <source>Room or dial-in</source>
        <translation>القاعة أو رقم الاتصال</translation>
    </message>
    <message>
        <source>Where the meeting is held (room or dial-in)</source>
        <translation>مكان انعقاد الاجتماع (القاعة أو رقم الاتصال)</translation>
    </message>
    <message>
        <source>Meeting no. %1 is held at: %2</source>
        <translation>يُعقد الاجتماع رقم %1 في: %2</translation>
    </message>
    <message>
        <source>One PDF for members: agenda, previous minutes, the month&apos;s performance and findings draft, open action items and open cases</source>
        <translation>ملف PDF واحد للأعضاء: جدول الأعمال، والمحضر السابق، وأداء الشهر ومسودة الاستنتاجات، وبنود الإجراءات المفتوحة، والحالات المفتوحة</translation>
    </message>
    <message>
        <source>“%1” saved at %2</source>
        <translation>حُفظ «%1» في %2</translation>
    </message>
    <message>
        <source>Minutes section “%1” saved.</source>
        <translation>حُفظ قسم المحضر «%1».</translation>
    </message>
    <message>
        <source>Return the minutes of meeting no. %1 to draft? The members&apos; approvals of the circulated text are withdrawn and it must be circulated again. This cannot be undone.</source>
        <translation>إعادة محضر الاجتماع رقم %1 إلى مسودة؟ تُسحب موافقات الأعضاء على النص المعمَّم ويجب تعميمه من جديد. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Mark the minutes of meeting no. %1 published at %2? Published minutes are the public record and can never be changed. This cannot be undone.</source>
        <translation>تعليم محضر الاجتماع رقم %1 منشوراً في %2؟ المحضر المنشور هو السجل العلني ولا يمكن تغييره أبداً. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>No e-mail prepared: %1</source>
        <translation>لم تُعدّ أي رسالة بريد إلكتروني: %1</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>حزمة الاجتماع</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Meeting pack written to %1</source>
        <translation>كُتبت حزمة الاجتماع في %1</translation>
    </message>
    <message>
        <source>The minutes section is no longer there.</source>
        <translation>قسم المحضر لم يعد موجوداً.</translation>
    </message>
</context>
<context>
    <name>csc::MinutesReviewPanel</name>
    <message>
        <source>Approve…</source>
        <translation>اعتماد…</translation>
    </message>
    <message>
        <source>Ask for Changes…</source>
        <translation>طلب تغييرات…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>تعليق…</translation>
    </message>
    <message>
        <source>Members&apos; review of the minutes</source>
        <translation>مراجعة الأعضاء للمحضر</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>يعتمد</translation>
    </message>
    <message>
        <source>asks for changes</source>
        <translation>يطلب تغييرات</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>يعلّق</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>Approve the Minutes</source>
        <translation>اعتماد المحضر</translation>
    </message>
    <message>
        <source>Optional note:</source>
        <translation>ملاحظة اختيارية:</translation>
    </message>
    <message>
        <source>Ask for Changes</source>
        <translation>طلب تغييرات</translation>
    </message>
    <message>
        <source>Which changes do the minutes need?</source>
        <translation>ما التغييرات التي يحتاجها المحضر؟</translation>
    </message>
    <message>
        <source>Comment on the Minutes</source>
        <translation>التعليق على المحضر</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>تعليقك:</translation>
    </message>
    <message>
        <source>Approved by E-mail Decision…</source>
        <translation>معتمد بقرار متخذ بالبريد الإلكتروني…</translation>
    </message>
    <message>
        <source>Record the carried e-mail decision that approved the circulated minutes instead of the members&apos; approvals.</source>
        <translation>تسجيل القرار المعتمد المتخذ بالبريد الإلكتروني الذي اعتمد المحضر المعمَّم بدلاً من موافقات الأعضاء.</translation>
    </message>
    <message>
        <source>Approve by E-mail Decision</source>
        <translation>الاعتماد بقرار متخذ بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>No carried e-mail decision since the meeting: record the e-mail decision on the Decisions tab first.</source>
        <translation>لا يوجد قرار معتمد متخذ بالبريد الإلكتروني منذ الاجتماع: سجّل أولاً القرار المتخذ بالبريد الإلكتروني في علامة التبويب «القرارات».</translation>
    </message>
    <message>
        <source>The e-mail decision that approved the minutes:</source>
        <translation>القرار المتخذ بالبريد الإلكتروني الذي اعتمد المحضر:</translation>
    </message>
</context>
<context>
    <name>csc::MonthEvaluationModel</name>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Missed — persistent</source>
        <translation>غير مستوفى — مستمر</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>لا طلبات</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>لا أرقام</translation>
    </message>
    <message>
        <source>Missed in at least the committee&apos;s threshold of recent months: consider opening a Problem Management case.</source>
        <translation>لم يُستوفَ في عدد الأشهر الأخيرة الذي حددته اللجنة على الأقل: فكّر في فتح حالة إدارة مشكلات.</translation>
    </message>
    <message>
        <source>Judged by the definition in force since %1.</source>
        <translation>قُيّم وفق التعريف الساري منذ %1.</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>التفسير</translation>
    </message>
</context>
<context>
    <name>csc::MonthStatusModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>لم يُقرَّر بعد</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Thresholds met</source>
        <translation>الحدود المستوفاة</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>مستمر</translation>
    </message>
    <message>
        <source>Proposed rating</source>
        <translation>التقييم المقترح</translation>
    </message>
    <message>
        <source>Decided rating</source>
        <translation>التقييم المقرر</translation>
    </message>
</context>
<context>
    <name>csc::MonthView</name>
    <message>
        <source>Satisfactorily explained; not a performance issue</source>
        <translation>فُسّر تفسيراً مُرضياً؛ ليس مشكلة في الأداء</translation>
    </message>
    <message>
        <source>Save narrative</source>
        <translation>حفظ التفسير</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>المقترح:</translation>
    </message>
    <message>
        <source>Decided rating:</source>
        <translation>التقييم المقرر:</translation>
    </message>
    <message>
        <source>Narrative for a missed threshold</source>
        <translation>تفسير حدّ غير مستوفى</translation>
    </message>
    <message>
        <source>Findings statement</source>
        <translation>بيان الاستنتاجات</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>حفظ البيان</translation>
    </message>
    <message>
        <source>Draft from figures</source>
        <translation>صياغة من الأرقام</translation>
    </message>
    <message>
        <source>Changes since last month</source>
        <translation>التغييرات منذ الشهر الماضي</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (الفئة %2)</translation>
    </message>
    <message>
        <source>Missed persistently in recent months: %1. Consider opening a Problem Management case.</source>
        <translation>غير مستوفاة باستمرار في الأشهر الأخيرة: %1. فكّر في فتح حالة إدارة مشكلات.</translation>
    </message>
    <message>
        <source>This month&apos;s findings as changes against %1&apos;s: removed text struck through, added text underlined.</source>
        <translation>استنتاجات هذا الشهر كتغييرات على استنتاجات %1: النص المحذوف مشطوب، والنص المضاف مسطّر.</translation>
    </message>
    <message>
        <source>Select a missed threshold in the table to write its narrative.</source>
        <translation>اختر حداً غير مستوفى في الجدول لكتابة تفسيره.</translation>
    </message>
    <message>
        <source>Rating for %1 recorded: %2</source>
        <translation>سُجّل تقييم %1: %2</translation>
    </message>
    <message>
        <source>Edit narrative</source>
        <translation>تحرير التفسير</translation>
    </message>
    <message>
        <source>Edit findings statement</source>
        <translation>تحرير بيان الاستنتاجات</translation>
    </message>
    <message>
        <source>Open Problem Management Case</source>
        <translation>فتح حالة إدارة مشكلات</translation>
    </message>
    <message>
        <source>Opened on the Problem Management board: %1.</source>
        <translation>فُتحت على لوحة إدارة المشكلات: %1.</translation>
    </message>
    <message>
        <source>Opens (or shows) a Problem Management case linked to each persistently missed service level.</source>
        <translation>يفتح (أو يعرض) حالة إدارة مشكلات مرتبطة بكل مستوى خدمة غير مستوفى باستمرار.</translation>
    </message>
    <message>
        <source>%1: %2 is open</source>
        <translation>%1: %2 مفتوحة</translation>
    </message>
    <message>
        <source>Missed persistently, with Problem Management under way: %1.</source>
        <translation>غير مستوفاة باستمرار، مع إدارة مشكلات جارية: %1.</translation>
    </message>
    <message>
        <source>Service levels of the month</source>
        <translation>مستويات الخدمة للشهر</translation>
    </message>
    <message>
        <source>Each metric with its threshold, target, figures and result; select a miss to write its narrative</source>
        <translation>كل مقياس مع حده وهدفه وأرقامه ونتيجته؛ اختر إخفاقاً لكتابة تفسيره</translation>
    </message>
    <message>
        <source>The chair records the committee&apos;s rating; a recorded rating is changed only by reopening it.</source>
        <translation>يسجّل الرئيس تقييم اللجنة؛ ولا يُغيَّر التقييم المسجَّل إلا بإعادة فتحه.</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <source>Reopen the rated month (the chair&apos;s recorded decision, with the reason) so its figures or findings can change.</source>
        <translation>إعادة فتح الشهر المُقيَّم (بقرار مسجَّل من الرئيس، مع ذكر السبب) ليتسنى تغيير أرقامه أو استنتاجاته.</translation>
    </message>
    <message>
        <source>What the IFO reported about the miss, and what follows</source>
        <translation>ما أبلغت عنه IFO بشأن الإخفاق، وما يترتب عليه</translation>
    </message>
    <message>
        <source>Replace the text with the agreed wording generated from this month&apos;s rating, figures and narratives; save to drop the hand edit</source>
        <translation>استبدال النص بالصياغة المتفق عليها المولَّدة من تقييم هذا الشهر وأرقامه وتفسيراته؛ احفظ للتخلي عن التعديل اليدوي</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; proposed; rated &lt;b&gt;%2&lt;/b&gt; on %3</source>
        <translation>المقترح &lt;b&gt;%1&lt;/b&gt;؛ والتقييم &lt;b&gt;%2&lt;/b&gt; في %3</translation>
    </message>
    <message>
        <source>Drafted from last month&apos;s narrative: say whether it explains this month&apos;s miss.</source>
        <translation>صيغ من تفسير الشهر الماضي: اذكر ما إذا كان يفسّر إخفاق هذا الشهر.</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>تسجيل التقييم</translation>
    </message>
    <message>
        <source>The findings statement was edited by hand for another rating than “%1”.

Yes: redraft it from the new rating (the edit stays in the audit trail).
No: keep the edit; the report cannot be exported until the two agree.</source>
        <translation>حُرِّر بيان الاستنتاجات يدوياً لتقييم غير «%1».

نعم: إعادة صياغته من التقييم الجديد (يبقى التعديل في سجل التدقيق).
لا: الإبقاء على التعديل؛ ولا يمكن تصدير التقرير حتى يتطابق الاثنان.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>إعادة فتح %1</translation>
    </message>
    <message>
        <source>Why is the rating of %1 reopened? (kept in the record)</source>
        <translation>لماذا يُعاد فتح تقييم %1؟ (يُحفظ في السجل)</translation>
    </message>
    <message>
        <source>Reopen Rating</source>
        <translation>إعادة فتح التقييم</translation>
    </message>
</context>
<context>
    <name>csc::MoveDialog</name>
    <message>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 → %3&lt;br/&gt;&lt;small&gt;%4&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 ← %3&lt;br/&gt;&lt;small&gt;%4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Date of the move:</source>
        <translation>&amp;تاريخ النقل:</translation>
    </message>
    <message>
        <source>Required: why the case moves</source>
        <translation>مطلوب: لماذا تنتقل الحالة</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Note (required):</source>
        <translation>&amp;ملاحظة (مطلوبة):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>مطلوب: %1</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>الموعد النهائي:</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>اختيار المستند</translation>
    </message>
    <message>
        <source>none at this step</source>
        <translation>لا شيء في هذه الخطوة</translation>
    </message>
    <message>
        <source>Move the case (Ctrl+Enter)</source>
        <translation>نقل الحالة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> أيام عمل</translation>
    </message>
    <message>
        <source> days</source>
        <translation> أيام</translation>
    </message>
    <message>
        <source>due %1 (%2 after the move)</source>
        <translation>مستحق في %1 (%2 بعد النقل)</translation>
    </message>
    <message>
        <source>Not needed: no response by %1</source>
        <translation>غير مطلوب: لا رد حتى %1</translation>
    </message>
    <message>
        <source>Not needed: the response recorded is used</source>
        <translation>غير مطلوب: يُستخدم الرد المسجَّل</translation>
    </message>
</context>
<context>
    <name>csc::NameSetupPage</name>
    <message>
        <source>The committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>Its name, shown in the window and on public documents, and the language its public record is written in. Every page of this assistant can be skipped with Next and done later from Edit › Set Up Committee…</source>
        <translation>اسمها، الذي يظهر في النافذة وعلى المستندات العلنية، واللغة التي يُكتب بها سجلها العلني. يمكن تخطي كل صفحة من هذا المساعد بـ «التالي» وإكمالها لاحقاً من تحرير › إعداد اللجنة…</translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>لجنة العملاء الدائمة</translation>
    </message>
    <message>
        <source>Committee name:</source>
        <translation>اسم اللجنة:</translation>
    </message>
    <message>
        <source>Publication language:</source>
        <translation>لغة النشر:</translation>
    </message>
    <message>
        <source>Minutes, findings and the work plan are published in this language.</source>
        <translation>تُنشر المحاضر والاستنتاجات وخطة العمل بهذه اللغة.</translation>
    </message>
    <message>
        <source>Cannot save the committee&apos;s name</source>
        <translation>تعذّر حفظ اسم اللجنة</translation>
    </message>
</context>
<context>
    <name>csc::NewCaseDialog</name>
    <message>
        <source>Table-top &amp;exercise (kept out of statistics, patterns and public output)</source>
        <translation>&amp;تمرين محاكاة (خارج الإحصاءات والأنماط والمخرجات العلنية)</translation>
    </message>
    <message>
        <source>Open a Case</source>
        <translation>فتح حالة</translation>
    </message>
    <message>
        <source>gTLD</source>
        <translation>gTLD</translation>
    </message>
    <message>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <source>Other TLD</source>
        <translation>نطاق علوي آخر</translation>
    </message>
    <message>
        <source>None / not known</source>
        <translation>لا شيء / غير معروف</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>الإ&amp;جراء:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Registry operator:</source>
        <translation>م&amp;شغّل السجل:</translation>
    </message>
    <message>
        <source>T&amp;LD:</source>
        <translation>النطاق ال&amp;علوي:</translation>
    </message>
    <message>
        <source>TLD &amp;kind:</source>
        <translation>&amp;نوع النطاق العلوي:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>&amp;Service level:</source>
        <translation>م&amp;ستوى الخدمة:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>New cases are confidential; making one public is a separate, recorded decision.</source>
        <translation>الحالات الجديدة سرية؛ وجعل إحداها علنية قرار مستقل ومسجَّل.</translation>
    </message>
</context>
<context>
    <name>csc::PatternTableModel</name>
    <message>
        <source>Complaints about</source>
        <translation>شكاوى بشأن</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
</context>
<context>
    <name>csc::PatternsView</name>
    <message>
        <source>Complaints per month, by</source>
        <translation>الشكاوى في كل شهر، حسب</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>No service level has %1 or more complaints within %2 days: no Problem Management case is suggested.</source>
        <translation>لا يوجد مستوى خدمة عليه %1 شكاوى أو أكثر خلال %2 يوماً: لا يُقترح فتح حالة إدارة مشكلات.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about “%1” within %2 days (%3). Consider opening a Problem Management case linked to them.</source>
        <translation>
            <numerusform>لا شكاوى بشأن «%1» خلال %2 يوماً (%3).</numerusform>
            <numerusform>شكوى واحدة بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بها.</numerusform>
            <numerusform>شكويان بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بهما.</numerusform>
            <numerusform>%n شكاوى بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بها.</numerusform>
            <numerusform>%n شكوى بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بها.</numerusform>
            <numerusform>%n شكوى بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Problem Management case…</source>
        <translation>فتح حالة إدارة مشكلات…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The IFO&apos;s summaries report no escalated complaints in these months.</source>
        <translation>لا تُبلغ ملخصات IFO عن أي شكاوى مصعَّدة في هذه الأشهر.</translation>
    </message>
    <message numerus="yes">
        <source>The IFO&apos;s summaries report %n escalated complaint(s) in these months (%1).</source>
        <translation>
            <numerusform>لا تُبلغ ملخصات IFO عن أي شكاوى مصعَّدة في هذه الأشهر (%1).</numerusform>
            <numerusform>تُبلغ ملخصات IFO عن شكوى مصعَّدة واحدة في هذه الأشهر (%1).</numerusform>
            <numerusform>تُبلغ ملخصات IFO عن شكويين مصعَّدتين في هذه الأشهر (%1).</numerusform>
            <numerusform>تُبلغ ملخصات IFO عن %n شكاوى مصعَّدة في هذه الأشهر (%1).</numerusform>
            <numerusform>تُبلغ ملخصات IFO عن %n شكوى مصعَّدة في هذه الأشهر (%1).</numerusform>
            <numerusform>تُبلغ ملخصات IFO عن %n شكوى مصعَّدة في هذه الأشهر (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csc::PerformancePage</name>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Import figures…</source>
        <translation>استيراد الأرقام…</translation>
    </message>
    <message>
        <source>Import the IFO&apos;s figures from a CSV file, per request or per month</source>
        <translation>استيراد أرقام IFO من ملف CSV، لكل طلب أو لكل شهر</translation>
    </message>
    <message>
        <source>Enter figures…</source>
        <translation>إدخال الأرقام…</translation>
    </message>
    <message>
        <source>Export findings…</source>
        <translation>تصدير الاستنتاجات…</translation>
    </message>
    <message>
        <source>Write the month&apos;s findings report as PDF or HTML for public posting</source>
        <translation>كتابة تقرير استنتاجات الشهر بصيغة PDF أو HTML للنشر العام</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>كل الأشهر</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>مستويات الخدمة</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>Import the IFO&apos;s figures</source>
        <translation>استيراد أرقام IFO</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>تصدير الاستنتاجات</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Replace figures?</source>
        <translation>استبدال الأرقام؟</translation>
    </message>
    <message>
        <source>Figures for %1 were already imported. Replace them with this file&apos;s? The replacement is recorded in the audit trail.</source>
        <translation>استُوردت أرقام %1 من قبل. هل تستبدلها بأرقام هذا الملف؟ يُسجَّل الاستبدال في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>استيراد الأرقام</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>لم يُستورد أي صف من %1.</numerusform>
            <numerusform>استُورد صف واحد من %1.</numerusform>
            <numerusform>استُورد صفان من %1.</numerusform>
            <numerusform>استُوردت %n صفوف من %1.</numerusform>
            <numerusform>استُورد %n صفاً من %1.</numerusform>
            <numerusform>استُورد %n صف من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف مشكلة واحدة.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف مشكلتان.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف %n مشكلات.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Enter figures for %1</source>
        <translation>إدخال أرقام %1</translation>
    </message>
    <message>
        <source>Enter figures</source>
        <translation>إدخال الأرقام</translation>
    </message>
    <message>
        <source>Findings for %1 written to %2</source>
        <translation>كُتبت استنتاجات %1 في %2</translation>
    </message>
    <message>
        <source>E-mail findings…</source>
        <translation>إرسال الاستنتاجات بالبريد الإلكتروني…</translation>
    </message>
    <message>
        <source>A ready e-mail to the roster with the month&apos;s findings attached</source>
        <translation>رسالة بريد إلكتروني جاهزة إلى الأعضاء مرفق بها استنتاجات الشهر</translation>
    </message>
    <message>
        <source>E-mail findings</source>
        <translation>إرسال الاستنتاجات بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>E-mail with the findings for %1 prepared: %2</source>
        <translation>أُعدّت رسالة البريد الإلكتروني باستنتاجات %1: %2</translation>
    </message>
    <message>
        <source>Import the IFO&apos;s figures first: there is no month to print.</source>
        <translation>استورد أرقام IFO أولاً: لا يوجد شهر لطباعته.</translation>
    </message>
</context>
<context>
    <name>csc::PublicOutputs</name>
    <message>
        <source>Minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <source>Findings on IFO performance</source>
        <translation>الاستنتاجات بشأن أداء IFO</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Public site</source>
        <translation>الموقع العلني</translation>
    </message>
    <message>
        <source>Feed of what was published</source>
        <translation>موجز المنشورات</translation>
    </message>
    <message>
        <source>Independent Appeals Panel findings</source>
        <translation>قرارات هيئة الاستئناف المستقلة</translation>
    </message>
    <message>
        <source>Updates to the direct customers</source>
        <translation>مستجدات للعملاء المباشرين</translation>
    </message>
</context>
<context>
    <name>csc::PublicityCommand</name>
    <message>
        <source>Undo of the decision to make the case public</source>
        <translation>التراجع عن قرار جعل الحالة علنية</translation>
    </message>
</context>
<context>
    <name>csc::PublishActions</name>
    <message>
        <source>Publish Public &amp;Site…</source>
        <translation>نشر ال&amp;موقع العلني…</translation>
    </message>
    <message>
        <source>Write the committee&apos;s public web page (minutes, findings, work plan, calendar, feed) into a folder</source>
        <translation>كتابة صفحة الويب العلنية للجنة (المحاضر، والاستنتاجات، وخطة العمل، والتقويم، والموجز) في مجلد</translation>
    </message>
    <message>
        <source>Publish Public Site</source>
        <translation>نشر الموقع العلني</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>المجلدات (*)</translation>
    </message>
    <message>
        <source>Publishing the public site…</source>
        <translation>جارٍ نشر الموقع العلني…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The public site is in %1: %2 files written, %3 unchanged. Upload the folder as it is; its links are relative.</source>
        <translation>الموقع العلني في %1: الملفات المكتوبة %2، وغير المتغيرة %3. ارفع المجلد كما هو؛ فروابطه نسبية.</translation>
    </message>
</context>
<context>
    <name>csc::ReviewActions</name>
    <message>
        <source>Export &amp;Review Copy…</source>
        <translation>تصدير نسخة &amp;مراجعة…</translation>
    </message>
    <message>
        <source>&amp;Write Changes to Send Back…</source>
        <translation>&amp;كتابة التغييرات لإعادتها…</translation>
    </message>
    <message>
        <source>&amp;Merge a Member&apos;s Changes…</source>
        <translation>&amp;دمج تغييرات عضو…</translation>
    </message>
    <message>
        <source>Export Review Copy</source>
        <translation>تصدير نسخة مراجعة</translation>
    </message>
    <message>
        <source>The roster is empty: add the committee&apos;s members first.</source>
        <translation>قائمة الأعضاء فارغة: أضف أعضاء اللجنة أولاً.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Observer copy (no confidential material)…</source>
        <translation>نسخة مراقب (بلا مواد سرية)…</translation>
    </message>
    <message>
        <source>Review copy for:</source>
        <translation>نسخة مراجعة لـ:</translation>
    </message>
    <message>
        <source>review-copy-%1-%2.db</source>
        <translation>review-copy-%1-%2.db</translation>
    </message>
    <message>
        <source>CSC Desk databases (*.db)</source>
        <translation>قواعد بيانات CSC Desk (*.db)</translation>
    </message>
    <message>
        <source>The review copy for %1 was written to %2. It opens in CSC Desk like any database.</source>
        <translation>كُتبت نسخة المراجعة لـ %1 في %2. تُفتح في CSC Desk مثل أي قاعدة بيانات.</translation>
    </message>
    <message>
        <source>Write Changes to Send Back</source>
        <translation>كتابة التغييرات لإعادتها</translation>
    </message>
    <message>
        <source>CSC Desk changes (*.changes)</source>
        <translation>تغييرات CSC Desk (*.changes)</translation>
    </message>
    <message>
        <source>Write Changes</source>
        <translation>كتابة التغييرات</translation>
    </message>
    <message>
        <source>Your changes were written to %1. Send this file to the secretariat.</source>
        <translation>كُتبت تغييراتك في %1. أرسل هذا الملف إلى الأمانة.</translation>
    </message>
    <message>
        <source>Merge a Member&apos;s Changes</source>
        <translation>دمج تغييرات عضو</translation>
    </message>
    <message>
        <source>CSC Desk changes (*.changes);;All files (*)</source>
        <translation>تغييرات CSC Desk (*.changes);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Merge Changes</source>
        <translation>دمج التغييرات</translation>
    </message>
    <message>
        <source>Everything in this file was merged before; nothing changes.</source>
        <translation>دُمج كل ما في هذا الملف من قبل؛ لا شيء يتغيّر.</translation>
    </message>
    <message>
        <source>This file holds no changes.</source>
        <translation>لا يحوي هذا الملف تغييرات.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes from &lt;b&gt;%1&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;تغييرات من &lt;b&gt;%1&lt;/b&gt;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Will be merged:&lt;/p&gt;</source>
        <translation>&lt;p&gt;سيُدمج:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not forced in (kept for you to decide):&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا يُفرض (يُحتفظ به لتقرر فيه):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Merge now?&lt;/p&gt;</source>
        <translation>&lt;p&gt;الدمج الآن؟&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes &amp;Kept from Merges…</source>
        <translation>تغييرات م&amp;حتفَظ بها من عمليات الدمج…</translation>
    </message>
    <message>
        <source>Changes Kept from Merges</source>
        <translation>تغييرات محتفَظ بها من عمليات الدمج</translation>
    </message>
    <message>
        <source>No member&apos;s change is waiting for a decision.</source>
        <translation>لا يوجد تغيير لعضو ينتظر قراراً.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Not forced in when merged. Dismiss:</source>
        <translation>لم يُفرض عند الدمج. رفض:</translation>
    </message>
    <message>
        <source>Dismiss a Kept Change</source>
        <translation>رفض تغيير محتفَظ به</translation>
    </message>
    <message>
        <source>Why (for the record):</source>
        <translation>السبب (للتوثيق):</translation>
    </message>
</context>
<context>
    <name>csc::ReviewCopy</name>
    <message>
        <source>The review copy could not be checked.</source>
        <translation>تعذّر فحص نسخة المراجعة.</translation>
    </message>
    <message>
        <source>The review copy could not be cleaned of confidential records.</source>
        <translation>تعذّر تنظيف نسخة المراجعة من السجلات السرية.</translation>
    </message>
</context>
<context>
    <name>csc::RosterModel</name>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Does not vote</source>
        <translation>لا يصوّت</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>عضو سابق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>العضوية</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
</context>
<context>
    <name>csc::RosterSetupPage</name>
    <message>
        <source>The roster</source>
        <translation>قائمة الأعضاء</translation>
    </message>
    <message>
        <source>Members and liaisons: add them one by one or import a CSV file with the columns name, affiliation, kind, voting, email, term_start, term_end, chair, ifo_contact_role.</source>
        <translation>الأعضاء ومسؤولو الاتصال: أضفهم واحداً تلو الآخر أو استورد ملف CSV بالأعمدة name, affiliation, kind, voting, email, term_start, term_end, chair, ifo_contact_role.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>بداية العضوية</translation>
    </message>
    <message>
        <source>Add Member…</source>
        <translation>إضافة عضو…</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>قائمة الأعضاء</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>&lt;b&gt;Composition:&lt;/b&gt; the roster meets the charter&apos;s minimum.</source>
        <translation>&lt;b&gt;التشكيل:&lt;/b&gt; تستوفي قائمة الأعضاء الحد الأدنى في الميثاق.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Composition check:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;فحص التشكيل:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cannot add the member</source>
        <translation>تعذّرت إضافة العضو</translation>
    </message>
</context>
<context>
    <name>csc::RowChange</name>
    <message>
        <source>The changes name a table this database does not have: %1.</source>
        <translation>تذكر التغييرات جدولاً ليس في قاعدة البيانات هذه: %1.</translation>
    </message>
    <message>
        <source>The changes were made with a different layout of table %1.</source>
        <translation>أُجريت التغييرات ببنية مختلفة للجدول %1.</translation>
    </message>
    <message>
        <source>The changes are damaged and cannot be read.</source>
        <translation>التغييرات تالفة ولا يمكن قراءتها.</translation>
    </message>
</context>
<context>
    <name>csc::RulesSetupPage</name>
    <message>
        <source>The rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Response windows and thresholds, as the charter sets them by default. Change what your committee does differently; all of it stays in Edit › Settings.</source>
        <translation>مهل الرد والحدود، كما يحددها الميثاق افتراضياً. غيّر ما تفعله لجنتك بشكل مختلف؛ ويبقى كل ذلك متاحاً في تحرير › الإعدادات.</translation>
    </message>
    <message>
        <source>IFO written response due within:</source>
        <translation>موعد الرد المكتوب من IFO خلال:</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> أيام عمل</translation>
    </message>
    <message>
        <source>Significant-failure response within:</source>
        <translation>الرد على الإخفاق الجسيم خلال:</translation>
    </message>
    <message>
        <source> calendar days</source>
        <translation> أيام تقويمية</translation>
    </message>
    <message>
        <source>Minutes published within:</source>
        <translation>نشر المحضر خلال:</translation>
    </message>
    <message>
        <source>Show deadlines as due soon within:</source>
        <translation>عرض المواعيد كقريبة الاستحقاق خلال:</translation>
    </message>
    <message>
        <source>Suggest Problem Management after:</source>
        <translation>اقتراح إدارة المشكلات بعد:</translation>
    </message>
    <message>
        <source> complaints</source>
        <translation> شكاوى</translation>
    </message>
    <message>
        <source>…about one service level within:</source>
        <translation>…بشأن مستوى خدمة واحد خلال:</translation>
    </message>
    <message>
        <source>A metric is persistently missed in:</source>
        <translation>يُعد المقياس غير مستوفى باستمرار في:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> أشهر</translation>
    </message>
    <message>
        <source>…of the last:</source>
        <translation>…من آخر:</translation>
    </message>
    <message>
        <source>A decision needs at least:</source>
        <translation>يحتاج القرار على الأقل إلى:</translation>
    </message>
    <message>
        <source> members present</source>
        <translation> أعضاء حاضرين</translation>
    </message>
    <message>
        <source>Cannot save the rules</source>
        <translation>تعذّر حفظ القواعد</translation>
    </message>
</context>
<context>
    <name>csc::SectionPage</name>
    <message>
        <source>Nothing in %1 prints. Print from Cases (the selected case), Performance (the month&apos;s findings) or Meetings &amp; Minutes (the public minutes).</source>
        <translation>لا شيء للطباعة في %1. اطبع من «الحالات» (الحالة المحددة)، أو «الأداء» (استنتاجات الشهر)، أو «الاجتماعات والمحاضر» (المحضر العلني).</translation>
    </message>
    <message>
        <source>The undo history was cleared: a step in it can no longer be undone.</source>
        <translation>مُسح سجل التراجع: لم يعد بالإمكان التراجع عن خطوة كانت فيه.</translation>
    </message>
</context>
<context>
    <name>csc::ServiceLevelDialog</name>
    <message>
        <source>Amend a service level</source>
        <translation>تعديل مستوى خدمة</translation>
    </message>
    <message>
        <source>New service level</source>
        <translation>مستوى خدمة جديد</translation>
    </message>
    <message>
        <source>Max — a request must take at most the threshold</source>
        <translation>الحد الأقصى — يجب ألا يستغرق الطلب أكثر من الحد</translation>
    </message>
    <message>
        <source>Min — a request must take at least the threshold</source>
        <translation>الحد الأدنى — يجب أن يستغرق الطلب الحد على الأقل</translation>
    </message>
    <message>
        <source>Process category:</source>
        <translation>فئة الإجراء:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>الحد:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Compliance target:</source>
        <translation>هدف الامتثال:</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>يسري من:</translation>
    </message>
    <message>
        <source>Defined from:</source>
        <translation>معرّف منذ:</translation>
    </message>
    <message>
        <source>The committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>The IFO</source>
        <translation>IFO</translation>
    </message>
    <message>
        <source>A change makes a new version from the month chosen; months already rated keep the definition they were judged by.</source>
        <translation>ينشئ التغيير إصداراً جديداً اعتباراً من الشهر المختار؛ وتحتفظ الأشهر المقيّمة بالتعريف الذي قُيّمت به.</translation>
    </message>
    <message>
        <source>Change request:</source>
        <translation>طلب التغيير:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>مقدَّم من:</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>المشاورة:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>القرار:</translation>
    </message>
</context>
<context>
    <name>csc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Holiday Calendar</source>
        <translation>تقويم العطلات</translation>
    </message>
    <message>
        <source>Deadlines and Rules</source>
        <translation>المواعيد والقواعد</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Your name and role are written into the audit trail with every change you make.</source>
        <translation>يُكتب اسمك ودورك في سجل التدقيق مع كل تغيير تجريه.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>العطلة</translation>
    </message>
    <message>
        <source>&amp;Add Holiday</source>
        <translation>إ&amp;ضافة عطلة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Business days are Monday to Friday, less these holidays. Case deadlines and the minutes deadline count business days.</source>
        <translation>أيام العمل من الاثنين إلى الجمعة، ناقص هذه العطلات. مواعيد الحالات وموعد المحضر تحسب أيام العمل.</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> أيام عمل</translation>
    </message>
    <message>
        <source> days</source>
        <translation> أيام</translation>
    </message>
    <message>
        <source>Show deadlines as due soon within:</source>
        <translation>عرض المواعيد كقريبة الاستحقاق خلال:</translation>
    </message>
    <message>
        <source>Suggest Problem Management after:</source>
        <translation>اقتراح إدارة المشكلات بعد:</translation>
    </message>
    <message>
        <source> complaints</source>
        <translation> شكاوى</translation>
    </message>
    <message>
        <source>…about one service level within:</source>
        <translation>…بشأن مستوى خدمة واحد خلال:</translation>
    </message>
    <message>
        <source>A metric is persistently missed in:</source>
        <translation>يُعد المقياس غير مستوفى باستمرار في:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> أشهر</translation>
    </message>
    <message>
        <source>…of the last:</source>
        <translation>…من آخر:</translation>
    </message>
    <message>
        <source>A decision needs at least:</source>
        <translation>يحتاج القرار على الأقل إلى:</translation>
    </message>
    <message>
        <source> members present</source>
        <translation> أعضاء حاضرين</translation>
    </message>
    <message>
        <source>Rating below Satisfactory:</source>
        <translation>تقييم أدنى من مُرضٍ:</translation>
    </message>
    <message>
        <source>One level per line, lowest first; the last is the ICANN Board.</source>
        <translation>مستوى في كل سطر، الأدنى أولاً؛ والأخير مجلس إدارة ICANN.</translation>
    </message>
    <message>
        <source>Remedial action escalation levels:</source>
        <translation>مستويات تصعيد الإجراء التصحيحي:</translation>
    </message>
    <message>
        <source>Your name cannot be empty: it signs every change you make.</source>
        <translation>لا يمكن أن يكون اسمك فارغاً: فهو يوقّع كل تغيير تجريه.</translation>
    </message>
    <message>
        <source>Not on the roster</source>
        <translation>ليس في قائمة الأعضاء</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>ال&amp;عضو:</translation>
    </message>
    <message>
        <source>Set-up Assistant…</source>
        <translation>مساعد الإعداد…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Adds the holidays of an iCalendar file (all-day events) or a list of ISO dates, one per line, as the command line&apos;s --holidays does.</source>
        <translation>يضيف عطلات ملف iCalendar (أحداث اليوم الكامل) أو قائمة تواريخ ISO، تاريخاً في كل سطر، كما يفعل الخيار --holidays في سطر الأوامر.</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>استيراد العطلات</translation>
    </message>
    <message>
        <source>Holiday files (*.ics *.txt *.csv);;All files (*)</source>
        <translation>ملفات العطلات (*.ics *.txt *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Holiday date</source>
        <translation>تاريخ العطلة</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) added; save with OK.</source>
        <translation>
            <numerusform>لم تُضف أي عطلة؛ احفظ بالضغط على «موافق».</numerusform>
            <numerusform>أُضيفت عطلة واحدة؛ احفظ بالضغط على «موافق».</numerusform>
            <numerusform>أُضيفت عطلتان؛ احفظ بالضغط على «موافق».</numerusform>
            <numerusform>أُضيفت %n عطلات؛ احفظ بالضغط على «موافق».</numerusform>
            <numerusform>أُضيفت %n عطلة؛ احفظ بالضغط على «موافق».</numerusform>
            <numerusform>أُضيفت %n عطلة؛ احفظ بالضغط على «موافق».</numerusform>
        </translation>
    </message>
    <message>
        <source>Public documents are written in:</source>
        <translation>تُكتب المستندات العلنية باللغة:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> أيام عمل</translation>
    </message>
    <message>
        <source>%1: entered with the move, in %2</source>
        <translation>%1: يُدخل مع النقل، بـ %2</translation>
    </message>
    <message>
        <source>Minutes are approved by:</source>
        <translation>يُعتمد المحضر بموجب:</translation>
    </message>
    <message>
        <source> members&apos; approvals</source>
        <translation> موافقات أعضاء</translation>
    </message>
    <message>
        <source>a majority of the voting members</source>
        <translation>أغلبية الأعضاء المصوّتين</translation>
    </message>
    <message>
        <source>Shared Server</source>
        <translation>الخادم المشترك</translation>
    </message>
    <message>
        <source>A committee that works together keeps its database on a PostgreSQL server. Your password is never saved: CSC Desk asks for it when the server wants one, unless ~/.pgpass or PGPASSWORD gives it. TLS follows libpq (sslmode, PGSSLMODE).</source>
        <translation>اللجنة التي تعمل معًا تحفظ قاعدة بياناتها على خادم PostgreSQL. لا تُحفظ كلمة مرورك أبدًا: يطلبها CSC Desk حين يحتاجها الخادم، ما لم يوفرها ~/.pgpass أو PGPASSWORD. يتبع TLS مكتبة libpq (sslmode، PGSSLMODE).</translation>
    </message>
    <message>
        <source>localhost, a host name, or a socket folder</source>
        <translation>localhost أو اسم مضيف أو مجلد مقبس</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>الافتراضي (5432)</translation>
    </message>
    <message>
        <source>your database role</source>
        <translation>دورك في قاعدة البيانات</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer, or PGSSLMODE)</source>
        <translation>الافتراضي في libpq (prefer، أو PGSSLMODE)</translation>
    </message>
    <message>
        <source>&amp;Use this server at start-up</source>
        <translation>ا&amp;ستخدم هذا الخادم عند البدء</translation>
    </message>
    <message>
        <source>Without --db, CSC Desk opens this committee database instead of the local file.</source>
        <translation>دون --db، يفتح CSC Desk قاعدة بيانات هذه اللجنة بدلًا من الملف المحلي.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>ا&amp;ختبر الاتصال</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ال&amp;مضيف:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>TLS (ssl&amp;mode):</source>
        <translation>TLS (ssl&amp;mode):</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
</context>
<context>
    <name>csc::SetupTransferButtons</name>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>أخفق التصدير</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <source>%1 was written to %2.</source>
        <translation>كُتب %1 في %2.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>أخفق الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>ليس في الملف أي مشكلة؛ لم يتغيّر شيء.</numerusform>
            <numerusform>في الملف مشكلة واحدة؛ لم يتغيّر شيء.</numerusform>
            <numerusform>في الملف مشكلتان؛ لم يتغيّر شيء.</numerusform>
            <numerusform>في الملف %n مشكلات؛ لم يتغيّر شيء.</numerusform>
            <numerusform>في الملف %n مشكلة؛ لم يتغيّر شيء.</numerusform>
            <numerusform>في الملف %n مشكلة؛ لم يتغيّر شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ولا مشكلات أخرى.</numerusform>
            <numerusform>… ومشكلة أخرى.</numerusform>
            <numerusform>… ومشكلتان أخريان.</numerusform>
            <numerusform>… و%n مشكلات أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already there.</source>
        <translation>%1: المضاف %2، والموجود من قبل %3.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
</context>
<context>
    <name>csc::SetupWizard</name>
    <message>
        <source>Set Up the Committee</source>
        <translation>إعداد اللجنة</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>إنهاء الآن</translation>
    </message>
</context>
<context>
    <name>csc::SqlQuery</name>
    <message>
        <source>The database refused an operation.</source>
        <translation>رفضت قاعدة البيانات عملية.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved; nothing was written. Free some disk space and save again.</source>
        <translation>القرص ممتلئ، لذا لم يُحفظ التغيير؛ لم يُكتب شيء. حرّر بعض المساحة واحفظ مجدداً.</translation>
    </message>
    <message>
        <source>The database file could not be written (the disk is full or a file size limit was reached), so the change was not saved. Free some disk space and save again.</source>
        <translation>تعذّرت الكتابة في ملف قاعدة البيانات (القرص ممتلئ أو بُلغ الحد الأقصى لحجم الملف)، لذا لم يُحفظ التغيير. حرّر بعض المساحة على القرص ثم احفظ مجدداً.</translation>
    </message>
</context>
<context>
    <name>csc::SqliteDialect</name>
    <message>
        <source>Cannot mark the file as a CSC Desk database.</source>
        <translation>تعذّر تعليم الملف بوصفه قاعدة بيانات CSC Desk.</translation>
    </message>
    <message>
        <source>The database refused an operation.</source>
        <translation>رفضت قاعدة البيانات عملية.</translation>
    </message>
</context>
<context>
    <name>csc::WorkPlanModel</name>
    <message>
        <source>Published with the work plan</source>
        <translation>يُنشر مع خطة العمل</translation>
    </message>
    <message>
        <source>Internal: left out of the public work plan</source>
        <translation>داخلي: خارج خطة العمل العلنية</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>عنصر العمل</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>علني</translation>
    </message>
</context>
<context>
    <name>csc::WorkPlanPanel</name>
    <message>
        <source>Work plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Edit work item “%1”</source>
        <translation>تحرير عنصر العمل «%1»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work plan&lt;/b&gt; — public items are posted; untick an item to keep it internal.</source>
        <translation>&lt;b&gt;خطة العمل&lt;/b&gt; — تُنشر العناصر العلنية؛ ألغِ تعليم عنصر لإبقائه داخلياً.</translation>
    </message>
    <message>
        <source>Add Work Item…</source>
        <translation>إضافة عنصر عمل…</translation>
    </message>
    <message>
        <source>Export Public Work Plan…</source>
        <translation>تصدير خطة العمل العلنية…</translation>
    </message>
    <message>
        <source>Add Work Item</source>
        <translation>إضافة عنصر عمل</translation>
    </message>
    <message>
        <source>Work item:</source>
        <translation>عنصر العمل:</translation>
    </message>
    <message>
        <source>Export Public Work Plan</source>
        <translation>تصدير خطة العمل العلنية</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;Markdown (*.md)</source>
        <translation>صفحة ويب (*.html);;PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>The public work plan was written to %1.</source>
        <translation>كُتبت خطة العمل العلنية في %1.</translation>
    </message>
    <message>
        <source>The work item is no longer in the work plan.</source>
        <translation>لم يعد عنصر العمل مدرجاً في خطة العمل.</translation>
    </message>
</context>
<context>
    <name>cscdesk</name>
    <message>
        <source>Lists cases, for scripting.</source>
        <translation>يعرض الحالات، للبرمجة النصية.</translation>
    </message>
    <message>
        <source>Only this process: complaint, problem, emergency or appeal.</source>
        <translation>هذا الإجراء فقط: complaint أو problem أو emergency أو appeal.</translation>
    </message>
    <message>
        <source>Only open cases past their deadline.</source>
        <translation>الحالات المفتوحة التي تجاوزت موعدها فقط.</translation>
    </message>
    <message>
        <source>table, csv or json.</source>
        <translation>table أو csv أو json.</translation>
    </message>
    <message>
        <source>Judge deadlines on this day, YYYY-MM-DD (default: today).</source>
        <translation>احكم على المواعيد في هذا اليوم، YYYY-MM-DD (افتراضياً: اليوم).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>وسيط غير متوقع «%1»</translation>
    </message>
    <message>
        <source>--process must be complaint, problem, emergency or appeal, not “%1”</source>
        <translation>يجب أن يكون --process هو complaint أو problem أو emergency أو appeal، وليس «%1»</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not “%1”</source>
        <translation>يجب أن يكون --format هو table أو csv أو json، وليس «%1»</translation>
    </message>
    <message>
        <source>--as-of “%1” is not a date (YYYY-MM-DD)</source>
        <translation>‏--as-of «%1» ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا حالات</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>%n حالات</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>الإجراء: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>الخطوة: %1</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (مؤرشفة)</translation>
    </message>
    <message>
        <source>Operator: %1 (.%2)</source>
        <translation>المشغّل: %1 (.%2)</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <source>Service level: %1</source>
        <translation>مستوى الخدمة: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>فُتحت: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>الاستحقاق: %1</translation>
    </message>
    <message>
        <source>Confidential: %1</source>
        <translation>سري: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>; table-top exercise</source>
        <translation>؛ تمرين محاكاة</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>التسلسل الزمني:</translation>
    </message>
    <message>
        <source>opened at %1</source>
        <translation>فُتحت في %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (أُلغي)</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>التعليقات:</translation>
    </message>
    <message>
        <source>Opened from %1 %2</source>
        <translation>فُتحت من %1 %2</translation>
    </message>
    <message>
        <source>Led to %1 %2</source>
        <translation>أدت إلى %1 %2</translation>
    </message>
    <message>
        <source>Creates a demonstration database of a realistic committee.</source>
        <translation>ينشئ قاعدة بيانات تجريبية للجنة واقعية.</translation>
    </message>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>ملف قاعدة البيانات الجديد (يجب ألا يكون موجوداً).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>بذرة عشوائية؛ البذرة نفسها تعطي البيانات نفسها.</translation>
    </message>
    <message>
        <source>Years of history (1-30).</source>
        <translation>سنوات السجل (1-30).</translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD (default: today).</source>
        <translation>«اليوم» في العرض التجريبي، YYYY-MM-DD (افتراضياً: اليوم).</translation>
    </message>
    <message>
        <source>Do nothing when the file already exists.</source>
        <translation>لا تفعل شيئاً إذا كان الملف موجوداً.</translation>
    </message>
    <message>
        <source>--out PATH is required</source>
        <translation>‏--out PATH مطلوب</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not “%1”</source>
        <translation>يجب أن يكون --seed عدداً صحيحاً غير سالب، وليس «%1»</translation>
    </message>
    <message>
        <source>--years must be between 1 and 30, not “%1”</source>
        <translation>يجب أن يكون --years بين 1 و30، وليس «%1»</translation>
    </message>
    <message>
        <source>Demo database written to %1</source>
        <translation>كُتبت قاعدة البيانات التجريبية في %1</translation>
    </message>
    <message>
        <source>`info` takes no arguments</source>
        <translation>‏`info` لا يأخذ وسائط</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>المخطط: %1</translation>
    </message>
    <message>
        <source>committee: %1</source>
        <translation>اللجنة: %1</translation>
    </message>
    <message>
        <source>access: %1</source>
        <translation>الوصول: %1</translation>
    </message>
    <message>
        <source>read-only (%1)</source>
        <translation>للقراءة فقط (%1)</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>قراءة وكتابة</translation>
    </message>
    <message>
        <source>Create a demonstration database</source>
        <translation>إنشاء قاعدة بيانات تجريبية</translation>
    </message>
    <message>
        <source>Show the database&apos;s schema, committee and access</source>
        <translation>عرض مخطط قاعدة البيانات ولجنتها وطريقة الوصول</translation>
    </message>
    <message>
        <source>Service levels: import figures, show a month, write the findings report</source>
        <translation>مستويات الخدمة: استيراد الأرقام، عرض شهر، كتابة تقرير الاستنتاجات</translation>
    </message>
    <message>
        <source>review export needs --for MEMBER and --out FILE</source>
        <translation>يحتاج review export إلى --for MEMBER و--out FILE</translation>
    </message>
    <message>
        <source>Review copy for %1 written to %2</source>
        <translation>كُتبت نسخة المراجعة لـ %1 في %2</translation>
    </message>
    <message>
        <source>review changes needs --out FILE</source>
        <translation>يحتاج review changes إلى --out FILE</translation>
    </message>
    <message>
        <source>Changes written to %1</source>
        <translation>كُتبت التغييرات في %1</translation>
    </message>
    <message>
        <source>%1 from %2: %3 merged, %4 not forced in, %5 merged before</source>
        <translation>%1 من %2: %3 مدمجة، %4 غير مفروضة، %5 مدمجة من قبل</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>Member (name or id) the copy is for.</source>
        <translation>العضو (الاسم أو المعرّف) الذي تُعد له النسخة.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Make an observer&apos;s copy: no confidential material.</source>
        <translation>إنشاء نسخة مراقب: بلا مواد سرية.</translation>
    </message>
    <message>
        <source>Show what merging would do; change nothing.</source>
        <translation>عرض ما سيفعله الدمج؛ دون تغيير شيء.</translation>
    </message>
    <message>
        <source>export, changes or merge</source>
        <translation>export أو changes أو merge</translation>
    </message>
    <message>
        <source>expected `review export`, `review changes` or `review merge FILE`; see `cscdesk review --help`</source>
        <translation>المتوقع `review export` أو `review changes` أو `review merge FILE`؛ راجع `cscdesk review --help`</translation>
    </message>
    <message>
        <source>Export review copies, write and merge their changes</source>
        <translation>تصدير نسخ المراجعة، وكتابة تغييراتها ودمجها</translation>
    </message>
    <message>
        <source>Verify the hash chain of the audit trail.</source>
        <translation>التحقق من سلسلة التجزئة في سجل التدقيق.</translation>
    </message>
    <message>
        <source>expected `audit verify`</source>
        <translation>المتوقع `audit verify`</translation>
    </message>
    <message>
        <source>audit trail broken at entry %1: %2</source>
        <translation>سجل التدقيق منقطع عند القيد %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries verified.</source>
        <translation>
            <numerusform>سجل التدقيق سليم: لم يُتحقق من أي قيد.</numerusform>
            <numerusform>سجل التدقيق سليم: تُحقق من قيد واحد.</numerusform>
            <numerusform>سجل التدقيق سليم: تُحقق من قيدين.</numerusform>
            <numerusform>سجل التدقيق سليم: تُحقق من %n قيود.</numerusform>
            <numerusform>سجل التدقيق سليم: تُحقق من %n قيداً.</numerusform>
            <numerusform>سجل التدقيق سليم: تُحقق من %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the tamper-evident audit trail</source>
        <translation>التحقق من سجل التدقيق المحصّن من العبث</translation>
    </message>
    <message>
        <source>CSC Desk: the workbench of a Customer Standing Committee.</source>
        <translation>CSC Desk: منضدة عمل لجنة العملاء الدائمة.</translation>
    </message>
    <message>
        <source>Open the database read-only.</source>
        <translation>فتح قاعدة البيانات للقراءة فقط.</translation>
    </message>
    <message>
        <source>Open on a section: cases, performance, meetings, committee or calendar.</source>
        <translation>الفتح على قسم: cases أو performance أو meetings أو committee أو calendar.</translation>
    </message>
    <message>
        <source>Run headless; `cscdesk &lt;command&gt; --help` for its options. Commands:</source>
        <translation>التشغيل دون واجهة؛ `cscdesk &lt;command&gt; --help` لخياراته. الأوامر:</translation>
    </message>
    <message>
        <source>cscdesk: unknown command “%1”; see cscdesk --help</source>
        <translation>cscdesk: أمر غير معروف «%1»؛ راجع cscdesk --help</translation>
    </message>
    <message>
        <source>The day of the meeting, YYYY-MM-DD.</source>
        <translation>يوم الاجتماع، YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>html, pdf or md.</source>
        <translation>html أو pdf أو md.</translation>
    </message>
    <message>
        <source>The file to write (default: csc-minutes-DATE.EXT).</source>
        <translation>الملف المراد كتابته (افتراضياً: csc-minutes-DATE.EXT).</translation>
    </message>
    <message>
        <source>Exports the public minutes of a meeting.</source>
        <translation>يصدّر المحضر العلني لاجتماع.</translation>
    </message>
    <message>
        <source>--meeting “%1” is not a date (YYYY-MM-DD)</source>
        <translation>‏--meeting «%1» ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Public minutes written to %1</source>
        <translation>كُتب المحضر العلني في %1</translation>
    </message>
    <message>
        <source>A holiday file (one YYYY-MM-DD per line, or .ics); default: the database&apos;s holidays.</source>
        <translation>ملف عطلات (تاريخ YYYY-MM-DD في كل سطر، أو .ics)؛ افتراضياً: عطلات قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Prints the day the minutes of a meeting must be published by (YYYY-MM-DD).</source>
        <translation>يطبع اليوم الذي يجب أن يُنشر فيه محضر الاجتماع (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--meeting-date “%1” is not a date (YYYY-MM-DD)</source>
        <translation>‏--meeting-date «%1» ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>ملف .ics المراد كتابته.</translation>
    </message>
    <message>
        <source>Count from this day, YYYY-MM-DD (default: today).</source>
        <translation>العدّ من هذا اليوم، YYYY-MM-DD (افتراضياً: اليوم).</translation>
    </message>
    <message>
        <source>Exports the committee&apos;s calendar (meetings, minutes deadlines, obligations) as iCalendar.</source>
        <translation>يصدّر تقويم اللجنة (الاجتماعات، ومواعيد المحاضر، والالتزامات) بصيغة iCalendar.</translation>
    </message>
    <message>
        <source>--out FILE.ics is required</source>
        <translation>‏--out FILE.ics مطلوب</translation>
    </message>
    <message>
        <source>--today “%1” is not a date (YYYY-MM-DD)</source>
        <translation>‏--today «%1» ليس تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>كُتب التقويم في %1</translation>
    </message>
    <message>
        <source>The file to write (default: csc-work-plan-DATE.EXT).</source>
        <translation>الملف المراد كتابته (افتراضياً: csc-work-plan-DATE.EXT).</translation>
    </message>
    <message>
        <source>Export the public work plan.</source>
        <translation>تصدير خطة العمل العلنية.</translation>
    </message>
    <message>
        <source>Exports the committee&apos;s public work plan: `workplan export`.</source>
        <translation>يصدّر خطة عمل اللجنة العلنية: `workplan export`.</translation>
    </message>
    <message>
        <source>expected `workplan export`</source>
        <translation>المتوقع `workplan export`</translation>
    </message>
    <message>
        <source>Public work plan written to %1</source>
        <translation>كُتبت خطة العمل العلنية في %1</translation>
    </message>
    <message>
        <source>Print the minutes&apos; publication due date</source>
        <translation>طباعة موعد نشر المحضر</translation>
    </message>
    <message>
        <source>Export the committee calendar as .ics</source>
        <translation>تصدير تقويم اللجنة بصيغة .ics</translation>
    </message>
    <message>
        <source>Export the public work plan</source>
        <translation>تصدير خطة العمل العلنية</translation>
    </message>
    <message numerus="yes">
        <source>%n kept change(s) waiting for a decision.</source>
        <translation>
            <numerusform>لا تغييرات محتفَظ بها تنتظر قراراً.</numerusform>
            <numerusform>تغيير واحد محتفَظ به ينتظر قراراً.</numerusform>
            <numerusform>تغييران محتفَظ بهما ينتظران قراراً.</numerusform>
            <numerusform>%n تغييرات محتفَظ بها تنتظر قراراً.</numerusform>
            <numerusform>%n تغييراً محتفَظاً به ينتظر قراراً.</numerusform>
            <numerusform>%n تغيير محتفَظ به ينتظر قراراً.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not the number of a kept change</source>
        <translation>«%1» ليس رقم تغيير محتفَظ به</translation>
    </message>
    <message>
        <source>Kept change %1 dismissed.</source>
        <translation>رُفض التغيير المحتفَظ به %1.</translation>
    </message>
    <message>
        <source>Offline review copies:
  review export --for MEMBER --out FILE [--observer]
  review changes --out FILE        (in a review copy)
  review merge FILE [--preview]    (in the committee&apos;s database)
  review kept                      (changes not forced in, waiting for a decision)
  review dismiss ID [--why TEXT]   (decide against a kept change)</source>
        <translation>نسخ المراجعة دون اتصال:
  review export --for MEMBER --out FILE [--observer]
  review changes --out FILE        (في نسخة مراجعة)
  review merge FILE [--preview]    (في قاعدة بيانات اللجنة)
  review kept                      (تغييرات غير مفروضة تنتظر قراراً)
  review dismiss ID [--why TEXT]   (القرار ضد تغيير محتفَظ به)</translation>
    </message>
    <message>
        <source>Why a kept change is dismissed.</source>
        <translation>سبب رفض التغيير المحتفَظ به.</translation>
    </message>
    <message>
        <source>realistic (default: the real committee&apos;s volumes) or bench (about 1,000 cases a year, for the benchmarks).</source>
        <translation>realistic (افتراضياً: أحجام اللجنة الفعلية) أو bench (نحو 1000 حالة في السنة، لاختبارات الأداء).</translation>
    </message>
    <message>
        <source>--scale must be realistic or bench, not “%1”</source>
        <translation>يجب أن يكون --scale هو realistic أو bench، وليس «%1»</translation>
    </message>
    <message>
        <source>Meeting pack written to %1</source>
        <translation>كُتبت حزمة الاجتماع في %1</translation>
    </message>
    <message>
        <source>Export the public minutes or the meeting pack</source>
        <translation>تصدير المحضر العلني أو حزمة الاجتماع</translation>
    </message>
    <message>
        <source>Writes the committee&apos;s public site into a folder: index, minutes, findings, work plan, calendar and Atom feed. Files that did not change are left as they are.</source>
        <translation>يكتب الموقع العلني للجنة في مجلد: صفحة الفهرس، والمحاضر، والاستنتاجات، وخطة العمل، والتقويم، وموجز Atom. تُترك الملفات التي لم تتغير على حالها.</translation>
    </message>
    <message>
        <source>The site&apos;s folder.</source>
        <translation>مجلد الموقع.</translation>
    </message>
    <message>
        <source>The day to publish as of (default: today).</source>
        <translation>اليوم الذي يُنشر الموقع بتاريخه (افتراضياً: اليوم).</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>الخيار --out DIR مطلوب</translation>
    </message>
    <message>
        <source>Public site in %1: %2 files written, %3 unchanged</source>
        <translation>الموقع العلني في %1: الملفات المكتوبة %2، وغير المتغيرة %3</translation>
    </message>
    <message>
        <source>Write the committee&apos;s public site</source>
        <translation>كتابة الموقع العلني للجنة</translation>
    </message>
    <message>
        <source>Checks the audit trail: `cscdesk audit verify [--against FILE|HEAD]...`.
The chain is checked entry by entry, against every head this database noted when it published a document or issued a review copy, against each head given (&quot;audit N HASH&quot;, or a file that carries one: HTML, Markdown, iCalendar, text, PDF, a review copy, a changes file), and its append-only triggers are checked.</source>
        <translation>يفحص سجل التدقيق: `cscdesk audit verify [--against FILE|HEAD]...`.
تُفحص السلسلة قيداً قيداً، مقابل كل رأس دوّنته قاعدة البيانات هذه عند نشر مستند أو إصدار نسخة مراجعة، ومقابل كل رأس مُعطى («audit N HASH»، أو ملف يحمل رأساً: HTML أو Markdown أو iCalendar أو نص أو PDF أو نسخة مراجعة أو ملف تغييرات)، وتُفحص مُطلِقات الإلحاق فقط الخاصة بها.</translation>
    </message>
    <message>
        <source>A head (&quot;audit N HASH&quot;) or a file carrying one to check the chain against; may be given more than once.</source>
        <translation>رأس («audit N HASH») أو ملف يحمل رأساً تُفحص السلسلة مقابله؛ يمكن تحديده أكثر من مرة.</translation>
    </message>
    <message>
        <source>audit trail broken: %1</source>
        <translation>سجل التدقيق منقطع: %1</translation>
    </message>
    <message numerus="yes">
        <source>It matches the %n published or given head(s) it was checked against; its append-only triggers are in place.</source>
        <translation>
            <numerusform>لا يوجد رأس منشور أو مُعطى فُحص مقابله؛ ومُطلِقات الإلحاق فقط فيه قائمة.</numerusform>
            <numerusform>يطابق الرأس المنشور أو المُعطى الذي فُحص مقابله؛ ومُطلِقات الإلحاق فقط فيه قائمة.</numerusform>
            <numerusform>يطابق الرأسين المنشورين أو المُعطيين اللذين فُحص مقابلهما؛ ومُطلِقات الإلحاق فقط فيه قائمة.</numerusform>
            <numerusform>يطابق %n رؤوس منشورة أو مُعطاة فُحص مقابلها؛ ومُطلِقات الإلحاق فقط فيه قائمة.</numerusform>
            <numerusform>يطابق %n رأساً منشوراً أو مُعطى فُحص مقابله؛ ومُطلِقات الإلحاق فقط فيه قائمة.</numerusform>
            <numerusform>يطابق %n رأس منشور أو مُعطى فُحص مقابله؛ ومُطلِقات الإلحاق فقط فيه قائمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: cscdesk cases show REFERENCE [--format text|json]</source>
        <translation>الاستخدام: cscdesk cases show REFERENCE [--format text|json]</translation>
    </message>
    <message>
        <source>unknown cases command “%1” (list, show, open, move, respond, link, finding or publish-finding)</source>
        <translation>أمر cases غير معروف «%1» (list أو show أو open أو move أو respond أو link أو finding أو publish-finding)</translation>
    </message>
    <message>
        <source>List cases, show one, and take each step: list [--process P] [--overdue] [--format table|csv|json], show REF [--format json], open, move, respond, link, finding, publish-finding (each with --help)</source>
        <translation>سرد الحالات، وعرض إحداها، واتخاذ كل خطوة: list [--process P] [--overdue] [--format table|csv|json]، show REF [--format json]، open، move، respond، link، finding، publish-finding (لكل منها --help)</translation>
    </message>
    <message>
        <source>The committee&apos;s other duties as JSON (urgent reviews, audits, technical changes, updates, liaisons, the IFO&apos;s complaint handling)</source>
        <translation>مهام اللجنة الأخرى بصيغة JSON (المراجعات العاجلة، والتدقيقات، والتغييرات التقنية، والتحديثات، ومسؤولو الاتصال، ومعالجة IFO للشكاوى)</translation>
    </message>
    <message>
        <source>The committee&apos;s other duties as JSON: urgent reviews and consents, periodic audits, technical changes, customer updates and consultations, review-team liaisons, the IFO&apos;s complaint summaries and handling times.</source>
        <translation>مهام اللجنة الأخرى بصيغة JSON: المراجعات العاجلة والموافقات، والتدقيقات الدورية، والتغييرات التقنية، وتحديثات العملاء والمشاورات، ومسؤولو الاتصال لدى فرق المراجعة، وملخصات IFO للشكاوى وأوقات معالجتها.</translation>
    </message>
    <message>
        <source>approve-by-email: the id of the carried e-mail decision (`decisions list`).</source>
        <translation>approve-by-email: معرّف القرار المعتمد المتخذ بالبريد الإلكتروني (`decisions list`).</translation>
    </message>
    <message>
        <source>export: the public minutes (confidential sections removed); pack: the members&apos; meeting pack (PDF); approve-by-email: record the e-mail decision that approved circulated minutes.</source>
        <translation>export: المحضر العلني (بعد حذف الأقسام السرية)؛ pack: حزمة الاجتماع للأعضاء (PDF)؛ approve-by-email: تسجيل القرار المتخذ بالبريد الإلكتروني الذي اعتمد المحضر المعمَّم.</translation>
    </message>
    <message>
        <source>say `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE`, `minutes pack --meeting YYYY-MM-DD --out FILE.pdf` or `minutes approve-by-email --meeting YYYY-MM-DD --decision ID`</source>
        <translation>قل `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE` أو `minutes pack --meeting YYYY-MM-DD --out FILE.pdf` أو `minutes approve-by-email --meeting YYYY-MM-DD --decision ID`</translation>
    </message>
    <message>
        <source>--decision ID is required (the e-mail decision&apos;s id)</source>
        <translation>الخيار --decision ID مطلوب (معرّف القرار المتخذ بالبريد الإلكتروني)</translation>
    </message>
    <message>
        <source>The minutes of %1 are approved by the e-mail decision %2.</source>
        <translation>اعتُمد محضر %1 بالقرار المتخذ بالبريد الإلكتروني %2.</translation>
    </message>
    <message>
        <source>list: the day of the meeting, YYYY-MM-DD.</source>
        <translation>list: يوم الاجتماع، YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>ratify: the id of the carried e-mail decision that ratifies.</source>
        <translation>ratify: معرّف القرار المعتمد المتخذ بالبريد الإلكتروني الذي يصادق.</translation>
    </message>
    <message>
        <source>list: a meeting&apos;s decisions and the carried e-mail decisions since, with ids and ratification; ratify: record the e-mail decision that ratifies decision ID.</source>
        <translation>list: قرارات اجتماع ما والقرارات المعتمدة المتخذة بالبريد الإلكتروني منذ انعقاده، مع معرّفاتها وحالة المصادقة؛ ratify: تسجيل القرار المتخذ بالبريد الإلكتروني الذي يصادق على القرار ID.</translation>
    </message>
    <message>
        <source>Lists decisions and records their ratification by e-mail.</source>
        <translation>يسرد القرارات ويسجّل المصادقة عليها بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>say `decisions list --meeting YYYY-MM-DD` or `decisions ratify ID --by EMAIL_DECISION_ID`</source>
        <translation>قل `decisions list --meeting YYYY-MM-DD` أو `decisions ratify ID --by EMAIL_DECISION_ID`</translation>
    </message>
    <message>
        <source>Decision %1 is ratified by the e-mail decision %2.</source>
        <translation>صودق على القرار %1 بالقرار المتخذ بالبريد الإلكتروني %2.</translation>
    </message>
    <message>
        <source>--format is table, csv or json</source>
        <translation>يجب أن يكون --format هو table أو csv أو json</translation>
    </message>
    <message>
        <source>List decisions; record the e-mail decision that ratifies one</source>
        <translation>سرد القرارات؛ وتسجيل القرار المتخذ بالبريد الإلكتروني الذي يصادق على أحدها</translation>
    </message>
    <message>
        <source>Moves a committee onto a shared PostgreSQL server: `cscdesk migrate --from committee.db --to postgresql://user@host:port/dbname`. Every record, document and audit entry is copied with its id into the empty database; the audit chain is verified on both sides. The file is only read. Without --from, a new empty committee is created on the server.</source>
        <translation>ينقل لجنة إلى خادم PostgreSQL مشترك: `cscdesk migrate --from committee.db --to postgresql://user@host:port/dbname`. يُنسخ كل سجل ومستند وقيد تدقيق بمعرّفه إلى قاعدة البيانات الفارغة؛ ويُتحقق من سلسلة التدقيق في الجانبين. يُقرأ الملف فقط ولا يُعدَّل. ومن دون --from، تُنشأ لجنة جديدة فارغة على الخادم.</translation>
    </message>
    <message>
        <source>The committee file.</source>
        <translation>ملف اللجنة.</translation>
    </message>
    <message>
        <source>The server&apos;s empty database (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>قاعدة البيانات الفارغة على الخادم (كلمة المرور من PGPASSWORD أو ~/.pgpass).</translation>
    </message>
    <message>
        <source>expected --to URL (and --from FILE)</source>
        <translation>المتوقع --to URL (و--from FILE)</translation>
    </message>
    <message>
        <source>--to must be a postgresql:// address, not “%1”</source>
        <translation>يجب أن يكون --to عنوان postgresql://، وليس «%1»</translation>
    </message>
    <message>
        <source>Created a new committee at %1.</source>
        <translation>أُنشئت لجنة جديدة في %1.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 onto the server: %2 rows in %3 tables; the audit trail (%n entries, head %4) verifies on both sides.</source>
        <translation>
            <numerusform>نُقل %1 إلى الخادم: %2 من الصفوف في %3 من الجداول؛ ويجتاز سجل التدقيق (بلا قيود، الرأس %4) التحقق في الجانبين.</numerusform>
            <numerusform>نُقل %1 إلى الخادم: %2 من الصفوف في %3 من الجداول؛ ويجتاز سجل التدقيق (قيد واحد، الرأس %4) التحقق في الجانبين.</numerusform>
            <numerusform>نُقل %1 إلى الخادم: %2 من الصفوف في %3 من الجداول؛ ويجتاز سجل التدقيق (قيدان، الرأس %4) التحقق في الجانبين.</numerusform>
            <numerusform>نُقل %1 إلى الخادم: %2 من الصفوف في %3 من الجداول؛ ويجتاز سجل التدقيق (%n قيود، الرأس %4) التحقق في الجانبين.</numerusform>
            <numerusform>نُقل %1 إلى الخادم: %2 من الصفوف في %3 من الجداول؛ ويجتاز سجل التدقيق (%n قيداً، الرأس %4) التحقق في الجانبين.</numerusform>
            <numerusform>نُقل %1 إلى الخادم: %2 من الصفوف في %3 من الجداول؛ ويجتاز سجل التدقيق (%n قيد، الرأس %4) التحقق في الجانبين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a committee file onto a PostgreSQL server</source>
        <translation>نقل ملف لجنة إلى خادم PostgreSQL</translation>
    </message>
    <message>
        <source>The database file, or a shared server as postgresql://user@host:port/dbname (default: %1).</source>
        <translation>ملف قاعدة البيانات، أو خادم مشترك بصيغة postgresql://user@host:port/dbname (الافتراضي: %1).</translation>
    </message>
</context>
</TS>
