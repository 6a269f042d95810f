<?xml version='1.0' encoding='utf-8'?>
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
        <source>Disputes about the delegation or re-delegation of a TLD are excluded from the committee's escalation processes; such a case cannot be opened. The operator keeps its right to take legal action directly.</source>
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
        <source>“%1” needs the period it runs for, in business days.</source>
        <translation>«%1» تحتاج إلى المدة التي تستغرقها، بأيام العمل.</translation>
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
        <source>Making a case public needs the parties' consent: say who agreed and how.</source>
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
    <name>ChangesFile</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2 (is the disk full?)</source>
        <translation>تعذّرت كتابة «%1»: %2 (هل القرص ممتلئ؟)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a changes file.</source>
        <translation>«%1» أكبر من أن يكون ملف تغييرات.</translation>
    </message>
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
        <source>its content does not match its checksum</source>
        <translation>محتواه لا يطابق مجموع التحقق الخاص به</translation>
    </message>
    <message>
        <source>its description is incomplete</source>
        <translation>وصفه غير مكتمل</translation>
    </message>
    <message>
        <source>“%1” comes from another committee's database; nothing was changed.</source>
        <translation>«%1» صادر عن قاعدة بيانات لجنة أخرى؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“%1” was made with a newer CSC Desk (schema %2; this database has %3); update CSC Desk first. Nothing was changed.</source>
        <translation>أُنشئ «%1» بإصدار أحدث من CSC Desk (المخطط %2؛ وهذه القاعدة %3)؛ حدّث CSC Desk أولاً. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not write the image “%1”.</source>
        <translation>تعذّرت كتابة الصورة «%1».</translation>
    </message>
    <message>
        <source>Could not write the drawing “%1”.</source>
        <translation>تعذّرت كتابة الرسم «%1».</translation>
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
        <source>%1's term ends (%2) before it starts (%3).</source>
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
        <translation><numerusform>لا شكاوى بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform><numerusform>شكوى واحدة بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform><numerusform>شكويان بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform><numerusform>%n شكاوى بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform><numerusform>%n شكوى بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform><numerusform>%n شكوى بشأن مستوى الخدمة هذا بين %1 و%2: %3.</numerusform></translation>
    </message>
</context>
<context>
    <name>ComplaintProcess</name>
    <message>
        <source>Customer Service Complaint</source>
        <translation>شكوى بشأن خدمة العملاء</translation>
    </message>
    <message>
        <source>An individual complaint about the IFO's customer service, escalated step by step.</source>
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
        <source>The operator raised the problem with the IFO's customer service (e-mail, then phone).</source>
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
        <source>Ombudsman's report</source>
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
        <source>IFO's written response</source>
        <translation>الرد المكتوب من IFO</translation>
    </message>
    <message>
        <source>Mediation failed: consider systemic failure</source>
        <translation>أخفقت الوساطة: النظر في إخفاق منهجي</translation>
    </message>
    <message>
        <source>Mediator's report</source>
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
        <source>Another CSC Desk (process %1 on %2) has this database open; this window is read-only.</source>
        <translation>نسخة أخرى من CSC Desk (العملية %1 على %2) تفتح قاعدة البيانات هذه؛ هذه النافذة للقراءة فقط.</translation>
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
        <source>%1 is a %2 and does not vote; only voting members' votes are recorded.</source>
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
        <source>Cannot write “%1”: %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2 (is the disk full?)</source>
        <translation>تعذّرت كتابة «%1»: %2 (هل القرص ممتلئ؟)</translation>
    </message>
</context>
<context>
    <name>FigureImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
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
        <source>%1 — performance was 100%, all %2 defined thresholds met.</source>
        <translation>%1 — كان الأداء 100%، واستُوفيت جميع الحدود المحددة وعددها %2.</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (الفئة %2)</translation>
    </message>
    <message>
        <source>%1 — performance was %2, %3 of %4 thresholds met, and the missed thresholds (%5) were satisfactorily explained and do not indicate a performance issue.</source>
        <translation>%1 — كان الأداء %2، واستُوفي %3 من %4 حدود، وقد فُسّرت الحدود غير المستوفاة (%5) تفسيراً مُرضياً ولا تدل على مشكلة في الأداء.</translation>
    </message>
    <message>
        <source>%1 — performance was %2, %3 of %4 thresholds met.</source>
        <translation>%1 — كان الأداء %2، واستُوفي %3 من %4 حدود.</translation>
    </message>
    <message>
        <source>%1 (category %2): %3 against a target of %4. %5</source>
        <translation>%1 (الفئة %2): %3 مقابل هدف %4. %5</translation>
    </message>
    <message>
        <source>No explanation recorded yet.</source>
        <translation>لم يُسجَّل تفسير بعد.</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Missed (persistent)</source>
        <translation>غير مستوفى (مستمر)</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Met (no requests)</source>
        <translation>مستوفى (لا طلبات)</translation>
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
        <source>%1 (proposed; not yet decided by the committee)</source>
        <translation>%1 (مقترح؛ لم تقرره اللجنة بعد)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>التقييم: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
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
        <source>Every service level</source>
        <translation>كل مستويات الخدمة</translation>
    </message>
    <message>
        <source>Category</source>
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
        <source>The last twelve months</source>
        <translation>الأشهر الاثنا عشر الأخيرة</translation>
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
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Share of thresholds met per month; months with misses in red</source>
        <translation>نسبة الحدود المستوفاة في كل شهر؛ الأشهر التي فيها إخفاقات بالأحمر</translation>
    </message>
    <message>
        <source>Compliance of %1 (category %2) against its target (dashed)</source>
        <translation>امتثال %1 (الفئة %2) مقابل هدفه (متقطع)</translation>
    </message>
    <message>
        <source>Escalations and remedial action in progress (public parts only)</source>
        <translation>التصعيدات والإجراءات التصحيحية الجارية (الأجزاء العلنية فقط)</translation>
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
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
</context>
<context>
    <name>HolidayFile</name>
    <message>
        <source>Cannot read the holiday file “%1”: %2</source>
        <translation>تعذّرت قراءة ملف العطلات «%1»: %2</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not an all-day event; a holiday file holds whole days.</source>
        <translation>%1، السطر %2: «%3» ليس حدثاً ليوم كامل؛ ملف العطلات يحوي أياماً كاملة.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a date (write YYYY-MM-DD, optionally followed by a name).</source>
        <translation>%1، السطر %2: «%3» ليس تاريخاً (اكتب YYYY-MM-DD، متبوعاً اختيارياً باسم).</translation>
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
        <source>IFO performance for %1: the IFO's report and the committee's findings</source>
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
        <source>Say where the minutes are published (a web address or the list they went to).</source>
        <translation>اذكر أين يُنشر المحضر (عنوان ويب أو القائمة التي أُرسل إليها).</translation>
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
        <source>No notes.</source>
        <translation>لا ملاحظات.</translation>
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
</context>
<context>
    <name>MonthEvaluation</name>
    <message>
        <source>PTI met %1 of the %2 defined thresholds (%3).</source>
        <translation>استوفت PTI %1 من الحدود المحددة وعددها %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n threshold(s) have no figures yet.</source>
        <translation><numerusform>لا حدود بلا أرقام.</numerusform><numerusform>حدّ واحد ليس له أرقام بعد.</numerusform><numerusform>حدّان ليس لهما أرقام بعد.</numerusform><numerusform>%n حدود ليس لها أرقام بعد.</numerusform><numerusform>%n حداً ليس له أرقام بعد.</numerusform><numerusform>%n حدّ ليس له أرقام بعد.</numerusform></translation>
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
        <source>Cannot write “%1”: %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
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
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
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
        <source>Requests (summed over the category's metrics)</source>
        <translation>الطلبات (مجموع مقاييس الفئة)</translation>
    </message>
    <message>
        <source>%1, %2: %3 requests</source>
        <translation>%1، %2: %3 طلبات</translation>
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
        <source>Managing the committee's records</source>
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
        <source>%1 is not possible in a review copy: case steps, the service level catalogue, the roster and the minutes' text belong to the committee's database. Comment, approve, vote or complete your action items here instead.</source>
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
</context>
<context>
    <name>PersistentMissCases</name>
    <message>
        <source>Persistent miss: %1</source>
        <translation>إخفاق مستمر: %1</translation>
    </message>
    <message numerus="yes">
        <source>The committee's evaluation found this service level missed in %n recent month(s): %1.</source>
        <translation><numerusform>لم تجد اللجنة هذا المستوى غير مستوفى في أي شهر: %1.</numerusform><numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في الشهر الأخير: %1.</numerusform><numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في شهرين أخيرين: %1.</numerusform><numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في %n أشهر أخيرة: %1.</numerusform><numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في %n شهراً أخيراً: %1.</numerusform><numerusform>وجد تقييم اللجنة أن مستوى الخدمة هذا لم يُستوفَ في %n شهر أخير: %1.</numerusform></translation>
    </message>
    <message>
        <source>Customer Standing Committee</source>
        <translation>لجنة العملاء الدائمة</translation>
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
        <source>Unremedied to the committee's satisfaction; escalated to the Councils.</source>
        <translation>لم يُصحَّح بما يرضي اللجنة؛ صُعّد إلى المجلسين.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حُلّت</translation>
    </message>
    <message>
        <source>Remedied to the committee's satisfaction.</source>
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
        <source>IFO's response</source>
        <translation>رد IFO</translation>
    </message>
    <message>
        <source>Response adequate: resolve</source>
        <translation>الرد كافٍ: حل</translation>
    </message>
    <message>
        <source>Direct remedial action on the experts' advice</source>
        <translation>توجيه إجراء تصحيحي بناءً على رأي الخبراء</translation>
    </message>
    <message>
        <source>Expert team's report</source>
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
        <source>Mediator's report</source>
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
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>There is no member “%1” on the roster.</source>
        <translation>لا يوجد عضو «%1» في قائمة الأعضاء.</translation>
    </message>
    <message>
        <source>This is already a review copy; export review copies from the committee's database.</source>
        <translation>هذه نسخة مراجعة بالفعل؛ صدّر نسخ المراجعة من قاعدة بيانات اللجنة.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file for the review copy.</source>
        <translation>«%1» موجود بالفعل؛ اختر ملفاً جديداً لنسخة المراجعة.</translation>
    </message>
    <message>
        <source>The review copy could not be compacted.</source>
        <translation>تعذّر ضغط نسخة المراجعة.</translation>
    </message>
    <message>
        <source>This database is not a review copy; there are no changes to send back.</source>
        <translation>قاعدة البيانات هذه ليست نسخة مراجعة؛ لا توجد تغييرات لإعادتها.</translation>
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
        <source>A change cannot take effect in %1: the committee has already rated that month, and a change never rewrites a month already evaluated. Choose %2 or later.</source>
        <translation>لا يمكن أن يسري التغيير في %1: قيّمت اللجنة ذلك الشهر بالفعل، والتغيير لا يعيد كتابة شهر قُيّم. اختر %2 أو ما بعده.</translation>
    </message>
    <message>
        <source>Service level %1 already has a version from %2; a new one must start later.</source>
        <translation>لمستوى الخدمة %1 إصدار بالفعل منذ %2؛ يجب أن يبدأ الإصدار الجديد بعده.</translation>
    </message>
    <message>
        <source>Could not rename the metric; is the name already used in its category?</source>
        <translation>تعذّرت إعادة تسمية المقياس؛ هل الاسم مستخدم بالفعل في فئته؟</translation>
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
</context>
<context>
    <name>csc</name>
    <message>
        <source>Imports the IFO's figures from a CSV file (per request or per month).</source>
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
        <translation><numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform><numerusform>لم يُستورد شيء: في الملف مشكلة واحدة.</numerusform><numerusform>لم يُستورد شيء: في الملف مشكلتان.</numerusform><numerusform>لم يُستورد شيء: في الملف %n مشكلات.</numerusform><numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform><numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform></translation>
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
        <source>Shows a month's evaluation against the service levels.</source>
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
        <source>usage: cscdesk sle import FILE [--replace] | status --month YYYY-MM [--format table|csv|json] | report --month YYYY-MM --format pdf|html --out FILE</source>
        <translation>الاستخدام: cscdesk sle import FILE [--replace] | status --month YYYY-MM [--format table|csv|json] | report --month YYYY-MM --format pdf|html --out FILE</translation>
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
        <source>a review copy only carries its own member's vote</source>
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
        <translation><numerusform>%n ي في الخطوة</numerusform><numerusform>يوم واحد في الخطوة</numerusform><numerusform>يومان في الخطوة</numerusform><numerusform>%n أيام في الخطوة</numerusform><numerusform>%n يوماً في الخطوة</numerusform><numerusform>%n يوم في الخطوة</numerusform></translation>
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
        <translation><numerusform>%1، متأخر %n يوم عمل</numerusform><numerusform>%1، متأخر يوم عمل واحد</numerusform><numerusform>%1، متأخر يومي عمل</numerusform><numerusform>%1، متأخر %n أيام عمل</numerusform><numerusform>%1، متأخر %n يوم عمل</numerusform><numerusform>%1، متأخر %n يوم عمل</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n business day(s) left</source>
        <translation><numerusform>%1، بقي %n يوم عمل</numerusform><numerusform>%1، بقي يوم عمل واحد</numerusform><numerusform>%1، بقي يوما عمل</numerusform><numerusform>%1، بقيت %n أيام عمل</numerusform><numerusform>%1، بقي %n يوم عمل</numerusform><numerusform>%1، بقي %n يوم عمل</numerusform></translation>
    </message>
    <message>
        <source>&lt;b style='color:#8e44ad'&gt;Confidential&lt;/b&gt;</source>
        <translation>&lt;b style='color:#8e44ad'&gt;سري&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>علني</translation>
    </message>
    <message>
        <source>&lt;b style='color:#007a87'&gt;Table-top exercise&lt;/b&gt; (kept out of statistics and public output)</source>
        <translation>&lt;b style='color:#007a87'&gt;تمرين محاكاة&lt;/b&gt; (خارج الإحصاءات والمخرجات العلنية)</translation>
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
</context>
<context>
    <name>csc::CaseListModel</name>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 · .%2</source>
        <translation>%1 · .%2</translation>
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
        <source>&amp;Move to…</source>
        <translation>&amp;نقل إلى…</translation>
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
        <source>The roster meets the charter's minimum composition.</source>
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
</context>
<context>
    <name>csc::FigureEntryDialog</name>
    <message>
        <source>Enter a month's figures</source>
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
        <source>The database refused an operation.</source>
        <translation>رفضت قاعدة البيانات عملية.</translation>
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
        <source>The member's changes were merged.</source>
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
        <source>&lt;h3&gt;CSC Desk %1&lt;/h3&gt;&lt;p&gt;The workbench of a Customer Standing Committee: escalated cases, the IANA naming function's service levels, meetings and minutes, on one desk and offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CSC Desk %1&lt;/h3&gt;&lt;p&gt;منضدة عمل لجنة العملاء الدائمة: الحالات المصعّدة، ومستويات خدمة وظيفة التسمية في IANA، والاجتماعات والمحاضر، على مكتب واحد ودون اتصال.&lt;/p&gt;&lt;p&gt;بُني باستخدام Qt %2 وSQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>لا توجد قاعدة بيانات مفتوحة</translation>
    </message>
    <message>
        <source>Use File › Open Database… to open the committee's database.</source>
        <translation>استخدم ملف › فتح قاعدة بيانات… لفتح قاعدة بيانات اللجنة.</translation>
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
        <source>Quorate: %1 of %2 voting members present.</source>
        <translation>النصاب مكتمل: حضر %1 من %2 من الأعضاء المصوّتين.</translation>
    </message>
    <message>
        <source>Not quorate: %1 of %2 voting members present.</source>
        <translation>النصاب غير مكتمل: حضر %1 من %2 من الأعضاء المصوّتين.</translation>
    </message>
    <message>
        <source>Decisions can be taken (at least %1 members present).</source>
        <translation>يمكن اتخاذ القرارات (حضر %1 أعضاء على الأقل).</translation>
    </message>
    <message>
        <source>No decisions: at least %1 members must be present.</source>
        <translation>لا قرارات: يجب أن يحضر %1 أعضاء على الأقل.</translation>
    </message>
    <message>
        <source>With vacancies on the committee, decisions must be unanimous.</source>
        <translation>مع وجود شواغر في اللجنة، يجب أن تكون القرارات بالإجماع.</translation>
    </message>
    <message>
        <source>Meeting created with the standing agenda and the open action items.</source>
        <translation>أُنشئ الاجتماع بجدول الأعمال المعتاد وبنود الإجراءات المفتوحة.</translation>
    </message>
    <message>
        <source>Members' review</source>
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
        <source>No minutes yet: generate the draft from the meeting's attendance, agenda, decisions and action items.</source>
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
        <source>Members' review of the minutes</source>
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
        <source>No minutes yet.</source>
        <translation>لا محضر بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Members review the minutes once they are circulated. %n approval(s) recorded.</source>
        <translation><numerusform>يراجع الأعضاء المحضر بعد تعميمه. لا اعتمادات مسجلة.</numerusform><numerusform>يراجع الأعضاء المحضر بعد تعميمه. اعتماد واحد مسجل.</numerusform><numerusform>يراجع الأعضاء المحضر بعد تعميمه. اعتمادان مسجلان.</numerusform><numerusform>يراجع الأعضاء المحضر بعد تعميمه. %n اعتمادات مسجلة.</numerusform><numerusform>يراجع الأعضاء المحضر بعد تعميمه. %n اعتماداً مسجلاً.</numerusform><numerusform>يراجع الأعضاء المحضر بعد تعميمه. %n اعتماد مسجل.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Circulated for approval: %n approval(s)</source>
        <translation><numerusform>عُمّم للاعتماد: لا اعتمادات</numerusform><numerusform>عُمّم للاعتماد: اعتماد واحد</numerusform><numerusform>عُمّم للاعتماد: اعتمادان</numerusform><numerusform>عُمّم للاعتماد: %n اعتمادات</numerusform><numerusform>عُمّم للاعتماد: %n اعتماداً</numerusform><numerusform>عُمّم للاعتماد: %n اعتماد</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for changes.</source>
        <translation><numerusform>لا طلبات تغيير.</numerusform><numerusform>طلب تغيير واحد.</numerusform><numerusform>طلبا تغيير.</numerusform><numerusform>%n طلبات تغيير.</numerusform><numerusform>%n طلباً للتغيير.</numerusform><numerusform>%n طلب تغيير.</numerusform></translation>
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
        <source>Missed in at least the committee's threshold of recent months: consider opening a Problem Management case.</source>
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
        <source>Replace the text with the agreed wording for this month's figures and narratives</source>
        <translation>استبدال النص بالصياغة المتفق عليها لأرقام هذا الشهر وتفسيراته</translation>
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
        <source>This month's findings as changes against %1's: removed text struck through, added text underlined.</source>
        <translation>استنتاجات هذا الشهر كتغييرات على استنتاجات %1: النص المحذوف مشطوب، والنص المضاف مسطّر.</translation>
    </message>
    <message>
        <source>Select a missed threshold in the table to write its narrative.</source>
        <translation>اختر حداً غير مستوفى في الجدول لكتابة تفسيره.</translation>
    </message>
    <message>
        <source>Decide %1 rating</source>
        <translation>تقرير تقييم %1</translation>
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
        <source> business days</source>
        <translation> أيام عمل</translation>
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
    <message numerus="yes">
        <source>due %1 (%n business day(s) after the move)</source>
        <translation><numerusform>مستحق في %1 (في يوم النقل)</numerusform><numerusform>مستحق في %1 (يوم عمل واحد بعد النقل)</numerusform><numerusform>مستحق في %1 (يوما عمل بعد النقل)</numerusform><numerusform>مستحق في %1 (%n أيام عمل بعد النقل)</numerusform><numerusform>مستحق في %1 (%n يوم عمل بعد النقل)</numerusform><numerusform>مستحق في %1 (%n يوم عمل بعد النقل)</numerusform></translation>
    </message>
    <message>
        <source>none at this step</source>
        <translation>لا شيء في هذه الخطوة</translation>
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
        <translation><numerusform>لا شكاوى بشأن «%1» خلال %2 يوماً (%3).</numerusform><numerusform>شكوى واحدة بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بها.</numerusform><numerusform>شكويان بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بهما.</numerusform><numerusform>%n شكاوى بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بها.</numerusform><numerusform>%n شكوى بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بها.</numerusform><numerusform>%n شكوى بشأن «%1» خلال %2 يوماً (%3). فكّر في فتح حالة إدارة مشكلات مرتبطة بها.</numerusform></translation>
    </message>
    <message>
        <source>Open Problem Management case…</source>
        <translation>فتح حالة إدارة مشكلات…</translation>
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
        <source>Import the IFO's figures from a CSV file, per request or per month</source>
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
        <source>Write the month's findings report as PDF or HTML for public posting</source>
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
        <source>Import the IFO's figures</source>
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
        <source>Figures for %1 were already imported. Replace them with this file's? The replacement is recorded in the audit trail.</source>
        <translation>استُوردت أرقام %1 من قبل. هل تستبدلها بأرقام هذا الملف؟ يُسجَّل الاستبدال في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>استيراد الأرقام</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation><numerusform>لم يُستورد أي صف من %1.</numerusform><numerusform>استُورد صف واحد من %1.</numerusform><numerusform>استُورد صفان من %1.</numerusform><numerusform>استُوردت %n صفوف من %1.</numerusform><numerusform>استُورد %n صفاً من %1.</numerusform><numerusform>استُورد %n صف من %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation><numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform><numerusform>لم يُستورد شيء: في الملف مشكلة واحدة.</numerusform><numerusform>لم يُستورد شيء: في الملف مشكلتان.</numerusform><numerusform>لم يُستورد شيء: في الملف %n مشكلات.</numerusform><numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform><numerusform>لم يُستورد شيء: في الملف %n مشكلة.</numerusform></translation>
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
</context>
<context>
    <name>csc::PublicityCommand</name>
    <message>
        <source>Undo of the decision to make the case public</source>
        <translation>التراجع عن قرار جعل الحالة علنية</translation>
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
        <source>&amp;Merge a Member's Changes…</source>
        <translation>&amp;دمج تغييرات عضو…</translation>
    </message>
    <message>
        <source>Export Review Copy</source>
        <translation>تصدير نسخة مراجعة</translation>
    </message>
    <message>
        <source>The roster is empty: add the committee's members first.</source>
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
        <source>Merge a Member's Changes</source>
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
        <source>No member's change is waiting for a decision.</source>
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
        <source> days</source>
        <translation> أيام</translation>
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
        <translation><numerusform>لا حالات</numerusform><numerusform>حالة واحدة</numerusform><numerusform>حالتان</numerusform><numerusform>%n حالات</numerusform><numerusform>%n حالة</numerusform><numerusform>%n حالة</numerusform></translation>
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
        <source>usage: cscdesk cases show REFERENCE</source>
        <translation>الاستخدام: cscdesk cases show REFERENCE</translation>
    </message>
    <message>
        <source>unknown cases command “%1” (list or show)</source>
        <translation>أمر حالات غير معروف «%1» (list أو show)</translation>
    </message>
    <message>
        <source>List cases or show one (list [--process P] [--overdue] [--format table|csv|json], show REF)</source>
        <translation>عرض الحالات أو إظهار إحداها (list [--process P] [--overdue] [--format table|csv|json]، show REF)</translation>
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
        <source>The demo's today, YYYY-MM-DD (default: today).</source>
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
        <source>Show the database's schema, committee and access</source>
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
        <source>Make an observer's copy: no confidential material.</source>
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
        <source>Checks the audit trail: `cscdesk audit verify`.</source>
        <translation>يفحص سجل التدقيق: `cscdesk audit verify`.</translation>
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
        <translation><numerusform>سجل التدقيق سليم: لم يُتحقق من أي قيد.</numerusform><numerusform>سجل التدقيق سليم: تُحقق من قيد واحد.</numerusform><numerusform>سجل التدقيق سليم: تُحقق من قيدين.</numerusform><numerusform>سجل التدقيق سليم: تُحقق من %n قيود.</numerusform><numerusform>سجل التدقيق سليم: تُحقق من %n قيداً.</numerusform><numerusform>سجل التدقيق سليم: تُحقق من %n قيد.</numerusform></translation>
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
        <source>The database file (default: %1).</source>
        <translation>ملف قاعدة البيانات (افتراضياً: %1).</translation>
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
        <source>Export the public minutes (confidential sections removed).</source>
        <translation>تصدير المحضر العلني (بعد حذف الأقسام السرية).</translation>
    </message>
    <message>
        <source>Exports the public minutes of a meeting.</source>
        <translation>يصدّر المحضر العلني لاجتماع.</translation>
    </message>
    <message>
        <source>say `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE`</source>
        <translation>قل `minutes export --meeting YYYY-MM-DD --format html|pdf|md --out FILE`</translation>
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
        <source>A holiday file (one YYYY-MM-DD per line, or .ics); default: the database's holidays.</source>
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
        <source>Exports the committee's calendar (meetings, minutes deadlines, obligations) as iCalendar.</source>
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
        <source>Exports the committee's public work plan: `workplan export`.</source>
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
        <source>Export the public minutes of a meeting</source>
        <translation>تصدير المحضر العلني لاجتماع</translation>
    </message>
    <message>
        <source>Print the minutes' publication due date</source>
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
        <translation><numerusform>لا تغييرات محتفَظ بها تنتظر قراراً.</numerusform><numerusform>تغيير واحد محتفَظ به ينتظر قراراً.</numerusform><numerusform>تغييران محتفَظ بهما ينتظران قراراً.</numerusform><numerusform>%n تغييرات محتفَظ بها تنتظر قراراً.</numerusform><numerusform>%n تغييراً محتفَظاً به ينتظر قراراً.</numerusform><numerusform>%n تغيير محتفَظ به ينتظر قراراً.</numerusform></translation>
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
  review merge FILE [--preview]    (in the committee's database)
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
</context>
<context><name>QGuiApplication</name><message><source>QT_LAYOUT_DIRECTION</source><comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment><translation>RTL</translation></message></context></TS>