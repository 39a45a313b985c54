<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>@default</name>
        <message>
            <source>Add source files (kept as originals)…</source>
            <translation>إضافة ملفات مصادر (تُحفظ كأصول)…</translation>
        </message>
        <message>
            <source>Verify the store's originals and texts…</source>
            <translation>التحقق من أصول المخزن ونصوصه…</translation>
        </message>
        <message>
            <source>Export KML for Google Earth…</source>
            <translation>تصدير KML لـ Google Earth…</translation>
        </message>
        <message>
            <source>Export GeoJSON…</source>
            <translation>تصدير GeoJSON…</translation>
        </message>
        <message>
            <source>Original file</source>
            <translation>الملف الأصلي</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>التُقط</translation>
        </message>
        <message>
            <source>Show the whole quote</source>
            <translation>عرض الاقتباس كاملاً</translation>
        </message>
        <message>
            <source>Features in view</source>
            <translation>المعالم الظاهرة في الخريطة</translation>
        </message>
        <message>
            <source>{} more in view: zoom in to list them.</source>
            <translation>{} معلماً آخر في الخريطة: كبّر لعرضها في القائمة.</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <source>Contested</source>
            <translation>متنازع عليه</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>Help on the Evidence dock (F1)</source>
            <translation>مساعدة حول لوحة الأدلة (F1)</translation>
        </message>
        <message>
            <source>The help page {} is missing from the installed plugin: install the plugin again from its zip.</source>
            <translation>صفحة المساعدة {} مفقودة من الإضافة المثبتة: ثبّت الإضافة مرة أخرى من ملف zip الخاص بها.</translation>
        </message>
        <message>
            <source>diamond</source>
            <translation>معيّن</translation>
        </message>
        <message>
            <source>Conflict events</source>
            <translation>أحداث النزاع</translation>
        </message>
        <message>
            <source>Import events (ACLED, UCDP GED)…</source>
            <translation>استيراد الأحداث (ACLED، UCDP GED)…</translation>
        </message>
        <message>
            <source>as the event dataset wrote it (Import events); empty otherwise</source>
            <translation>كما كتبته مجموعة بيانات الأحداث (استيراد الأحداث)؛ فارغ في غير ذلك</translation>
        </message>
        <message>
            <source>Cannot list the cases: {}</source>
            <translation>تعذّر عرض الحالات: {}</translation>
        </message>
        <message>
            <source>Case (schema)</source>
            <translation>الحالة (المخطط)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>التغيير</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>الاتصال</translation>
        </message>
        <message>
            <source>Copy store (GeoPackage ↔ PostGIS)…</source>
            <translation>نسخ المخزن (GeoPackage ↔ PostGIS)…</translation>
        </message>
        <message>
            <source>Every saved change of the selected statement and its links</source>
            <translation>كل تغيير محفوظ للتصريح المحدد وروابطه</translation>
        </message>
        <message>
            <source>Every saved change of this feature and its links: when, who, what, why</source>
            <translation>كل تغيير محفوظ لهذا العنصر وروابطه: متى، ومن، وماذا، ولماذا</translation>
        </message>
        <message>
            <source>History of the statement by {}</source>
            <translation>سجل تصريح {}</translation>
        </message>
        <message>
            <source>History of “{}”</source>
            <translation>سجل «{}»</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>السجل…</translation>
        </message>
        <message>
            <source>No PostgreSQL connection is saved in QGIS: add one in the Browser (PostgreSQL ▸ New Connection…), then open this again.</source>
            <translation>لا يوجد اتصال PostgreSQL محفوظ في QGIS: أضف اتصالًا في المتصفح (PostgreSQL ▸ اتصال جديد…) ثم افتح هذه النافذة مجددًا.</translation>
        </message>
        <message>
            <source>No case in this database yet: copy one there with Copy store.</source>
            <translation>لا توجد حالة في قاعدة البيانات هذه بعد: انسخ حالة إليها باستخدام «نسخ المخزن».</translation>
        </message>
        <message>
            <source>No change is recorded: the store's audit log starts when it was created or upgraded, and a copy brings the log of its source.</source>
            <translation>لا يوجد تغيير مسجّل: يبدأ سجل التدقيق في المخزن عند إنشائه أو ترقيته، والنسخة تحمل سجل مصدرها.</translation>
        </message>
        <message>
            <source>Open evidence store from PostgreSQL</source>
            <translation>فتح مخزن أدلة من PostgreSQL</translation>
        </message>
        <message>
            <source>Open evidence store from PostgreSQL…</source>
            <translation>فتح مخزن أدلة من PostgreSQL…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>سبب التغيير</translation>
        </message>
        <message>
            <source>Statement history…</source>
            <translation>سجل التصريح…</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>متى (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <source>document {}</source>
            <translation>الوثيقة {}</translation>
        </message>
        <message>
            <source>geometry changed</source>
            <translation>تغيّرت الهندسة</translation>
        </message>
        <message>
            <source>link {}</source>
            <translation>الرابط {}</translation>
        </message>
        <message>
            <source>saved unchanged</source>
            <translation>حُفظ دون تغيير</translation>
        </message>
        <message>
            <source>statement {}</source>
            <translation>التصريح {}</translation>
        </message>
        <message>
            <source>{}
A reason is needed: a few words on why.</source>
            <translation>{}
السبب مطلوب: بضع كلمات عن الدافع.</translation>
        </message>
        <message>
            <source>{}
Why? (kept in the store's history, with your name)</source>
            <translation>{}
لماذا؟ (يُحفظ في سجل المخزن مع اسمك)</translation>
        </message>
        <message>
            <source>{}: added ({})</source>
            <translation>{}: أُضيف ({})</translation>
        </message>
        <message>
            <source>{}: deleted</source>
            <translation>{}: حُذف</translation>
        </message>
        <message>
            <source>{}: grading {} → {}</source>
            <translation>{}: التقييم {} ← {}</translation>
        </message>
        <message>
            <source>{}: {}</source>
            <translation>{}: {}</translation>
        </message>
        <message>
            <source>{}: {} → {}</source>
            <translation>{}: {} ← {}</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="58" />
            <source>completely reliable</source>
            <translation>موثوق تمامًا</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="59" />
            <source>usually reliable</source>
            <translation>موثوق عادةً</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="60" />
            <source>fairly reliable</source>
            <translation>موثوق إلى حد ما</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="61" />
            <source>not usually reliable</source>
            <translation>غير موثوق عادةً</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="62" />
            <source>unreliable</source>
            <translation>غير موثوق</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="63" />
            <source>reliability cannot be judged</source>
            <translation>لا يمكن الحكم على الموثوقية</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="66" />
            <source>confirmed by other sources</source>
            <translation>مؤكدة من مصادر أخرى</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="67" />
            <source>probably true</source>
            <translation>صحيحة على الأرجح</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="68" />
            <source>possibly true</source>
            <translation>ربما صحيحة</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="69" />
            <source>doubtful</source>
            <translation>مشكوك فيها</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="70" />
            <source>improbable</source>
            <translation>غير مرجحة</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="71" />
            <source>truth cannot be judged</source>
            <translation>لا يمكن الحكم على صحتها</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Strike sites</source>
            <translation>مواقع الضربات</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Launch zones</source>
            <translation>مناطق الإطلاق</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Missile tracks</source>
            <translation>مسارات الصواريخ</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Border incursions</source>
            <translation>الخروقات الحدودية</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Deployments</source>
            <translation>عمليات الانتشار</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Aircraft encounters</source>
            <translation>المواجهات الجوية</translation>
        </message>
        <message>
            <location filename="../plugin/gui/document_viewer.py" line="28" />
            <source>Document: {}</source>
            <translation>المستند: {}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/document_viewer.py" line="54" />
            <source>New statement from selection…</source>
            <translation>تصريح جديد من التحديد…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/document_viewer.py" line="95" />
            <source>Selected characters {}–{}</source>
            <translation>المحارف المحددة {}–{}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="52" />
            <source>Asserts</source>
            <translation>يؤكد</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="53" />
            <source>Disputes</source>
            <translation>يعترض</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="54" />
            <source>Denies</source>
            <translation>ينفي</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="55" />
            <source>Qualifies</source>
            <translation>يُقيّد</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="56" />
            <source>Context</source>
            <translation>سياق</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="85" />
            <source>not graded</source>
            <translation>غير مُقيَّم</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="87" />
            <source>reliability not graded</source>
            <translation>الموثوقية غير مُقيَّمة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="89" />
            <source>credibility not graded</source>
            <translation>المصداقية غير مُقيَّمة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="108" />
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="129" />
            <source>Open an evidence store (Vector ▸ Conflict Evidence ▸ Open evidence store…, or drop a .gpkg here), then select a feature on the map to see who says so, where it was reported and who disputes it.</source>
            <translation>افتح مستودع أدلة (متجه ▸ Conflict Evidence ▸ فتح مستودع أدلة…، أو أفلت ملف ‎.gpkg هنا)، ثم حدّد معلمًا على الخريطة لترى من يقول ذلك، وأين نُشر، ومن يعترض عليه.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="135" />
            <source>Store “{}” is open. Select a feature on the map, or click one with the identify button above, to see who says so, where it was reported and who disputes it.</source>
            <translation>المستودع «{}» مفتوح. حدّد معلمًا على الخريطة، أو انقر على أحدها بزر التعرّف أعلاه، لترى من يقول ذلك، وأين نُشر، ومن يعترض عليه.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="342" />
            <source>Several features are selected: choose the one to show</source>
            <translation>حُدّدت عدة معالم: اختر المعلم الذي تريد عرضه</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="172" />
            <source>Show statements of one affiliation</source>
            <translation>عرض تصريحات جهة انتماء واحدة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="174" />
            <source>All stances</source>
            <translation>كل المواقف</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="206" />
            <source>Open document</source>
            <translation>فتح المستند</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="208" />
            <source>Show on map</source>
            <translation>عرض على الخريطة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="209" />
            <source>Select, flash and zoom to every feature this statement speaks to</source>
            <translation>تحديد كل معلم يتناوله هذا التصريح وإبرازه والتكبير إليه</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="217" />
            <source>Stance of the selected statement toward this feature</source>
            <translation>موقف التصريح المحدد من هذا المعلم</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="220" />
            <source>Source reliability (Admiralty scale A–F)</source>
            <translation>موثوقية المصدر (مقياس الأميرالية A–F)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="226" />
            <source>– not graded</source>
            <translation>– غير مُقيَّم</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="225" />
            <source>Information credibility (Admiralty scale 1–6)</source>
            <translation>مصداقية المعلومة (مقياس الأميرالية 1–6)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="231" />
            <source>Unlink</source>
            <translation>فك الربط</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="49" />
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="500" />
            <source>Grading</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="248" />
            <source>Link a statement…</source>
            <translation>ربط تصريح…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="70" />
            <source>Open evidence store…</source>
            <translation>فتح مستودع أدلة…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="260" />
            <source>Identify a feature on the map and show its evidence</source>
            <translation>التعرّف على معلم في الخريطة وعرض أدلته</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="264" />
            <source>Import report…</source>
            <translation>استيراد تقرير…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="265" />
            <source>Propose statements from a news report, review them, add them</source>
            <translation>اقتراح تصريحات من تقرير إخباري ومراجعتها وإضافتها</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="269" />
            <source>Export / check</source>
            <translation>تصدير / تحقق</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="77" />
            <source>Export GeoPackage…</source>
            <translation>تصدير GeoPackage…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="77" />
            <source>Export Shapefile bundle…</source>
            <translation>تصدير حزمة Shapefile…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="77" />
            <source>Check claims against geometry…</source>
            <translation>مطابقة الادعاءات مع الهندسة…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="342" />
            <source>{} features selected; the first {} are offered</source>
            <translation>{} معالم محددة؛ تُعرض أول {} منها</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="414" />
            <source>All affiliations</source>
            <translation>كل جهات الانتماء</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="466" />
            <source>No statement matches the filters.</source>
            <translation>لا يطابق أي تصريح عوامل التصفية.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="466" />
            <source>No statement is linked to this feature yet: use “Link a statement…” below, or select words in a document and create one.</source>
            <translation>لا يرتبط أي تصريح بهذا المعلم بعد: استخدم «ربط تصريح…» أدناه، أو حدّد كلمات في مستند وأنشئ تصريحًا.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Speaker</source>
            <translation>المتحدث</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Role</source>
            <translation>الصفة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Affiliation</source>
            <translation>جهة الانتماء</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Setting</source>
            <translation>المناسبة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="497" />
            <source>Relay chain</source>
            <translation>سلسلة النقل</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="497" />
            <source>not given</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="53" />
            <source>Form</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="97" />
            <source>direct quote</source>
            <translation>اقتباس مباشر</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="498" />
            <source>reported speech</source>
            <translation>كلام منقول</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="501" />
            <source>Offsets</source>
            <translation>المواضع</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="142" />
            <source>Conflict Evidence</source>
            <translation>Conflict Evidence</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="585" />
            <source>Unlink “{}” from “{}”? The statement stays in the store; the link can be restored with Undo until the layer is saved.</source>
            <translation>فك ربط «{}» من «{}»؟ يبقى التصريح في المستودع؛ ويمكن استعادة الرابط بالتراجع ما لم تُحفظ الطبقة.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="588" />
            <source>Unlink statement</source>
            <translation>فك ربط التصريح</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="628" />
            <source>Open an evidence store first: the report's statements go into that store.</source>
            <translation>افتح مستودع أدلة أولًا: تُضاف تصريحات التقرير إلى ذلك المستودع.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/identify_tool.py" line="57" />
            <source>All {} features here</source>
            <translation>كل المعالم هنا ({})</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="45" />
            <source>Accept</source>
            <translation>قبول</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="81" />
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="50" />
            <source>Link to</source>
            <translation>ربط بـ</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="52" />
            <source>Cue</source>
            <translation>القرينة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Relayed by</source>
            <translation>نقلته</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="55" />
            <source>Confidence</source>
            <translation>الثقة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="61" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="62" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="63" />
            <source>Shape</source>
            <translation>الشكل</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="64" />
            <source>Store features there</source>
            <translation>معالم المستودع هناك</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="92" />
            <source>Import report</source>
            <translation>استيراد تقرير</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="97" />
            <source>Open file…</source>
            <translation>فتح ملف…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="100" />
            <source>or paste the report's text on the left, then Extract</source>
            <translation>أو الصق نص التقرير في اللوحة على اليمين، ثم استخرج</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>Outlet</source>
            <translation>الوسيلة الإعلامية</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>URL</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>Published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="117" />
            <source>Paste the text of the report here</source>
            <translation>الصق نص التقرير هنا</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="122" />
            <source>Extract statements</source>
            <translation>استخراج التصريحات</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="127" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="149" />
            <source>Set span from selection</source>
            <translation>تعيين المقطع من التحديد</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="150" />
            <source>Select words in the text, then make them the chosen proposal's quote</source>
            <translation>حدّد كلمات في النص، ثم اجعلها اقتباس الاقتراح المختار</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="152" />
            <source>Reject</source>
            <translation>رفض</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="154" />
            <source>Accept all</source>
            <translation>قبول الكل</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="160" />
            <source>Link every proposal to</source>
            <translation>ربط كل اقتراح بـ</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="163" />
            <source>Apply to all</source>
            <translation>تطبيق على الكل</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="166" />
            <source>as</source>
            <translation>بصفة</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="280" />
            <source>Statements</source>
            <translation>التصريحات</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="181" />
            <source>Offer the features there</source>
            <translation>اقتراح المعالم الموجودة هناك</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="182" />
            <source>Store features inside the chosen place become link targets</source>
            <translation>تصبح معالم المستودع داخل المكان المختار أهدافًا للربط</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="187" />
            <source>Create a feature there</source>
            <translation>إنشاء معلم هناك</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="188" />
            <source>A new feature at the precision the place gives, saved at once and offered as a link target</source>
            <translation>معلم جديد بالدقة التي يتيحها المكان، يُحفظ فورًا ويُعرض هدفًا للربط</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="191" />
            <source>in</source>
            <translation>في</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="194" />
            <source>Places</source>
            <translation>الأماكن</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="201" />
            <source>Add accepted to the store</source>
            <translation>إضافة المقبولة إلى المستودع</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="203" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="219" />
            <source>(not linked)</source>
            <translation>(غير مرتبط)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="261" />
            <source>Open a report</source>
            <translation>فتح تقرير</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="282" />
            <source>There is no text to read: open a file or paste a report.</source>
            <translation>لا يوجد نص للقراءة: افتح ملفًا أو الصق تقريرًا.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="289" />
            <source>Extracting statements from a report</source>
            <translation>استخراج التصريحات من تقرير</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="309" />
            <source>Reading the report…</source>
            <translation>قراءة التقرير…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="322" />
            <source>The extraction was cancelled: nothing was proposed.</source>
            <translation>أُلغي الاستخراج: لم يُقترح شيء.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="322" />
            <source>The extraction failed: {}</source>
            <translation>فشل الاستخراج: {}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="337" />
            <source>{} statements proposed. Check each: speaker, affiliation, span, stance and feature. Unticked ones are not added.</source>
            <translation>اقتُرح {} تصريحًا. تحقق من كل منها: المتحدث وجهة الانتماء والمقطع والموقف والمعلم. لا يُضاف ما لم يُؤشَّر عليه.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="341" />
            <source>{} places named: see the Places tab.</source>
            <translation>ذُكر {} مكانًا: انظر تبويب الأماكن.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="349" />
            <source>No publication date in the text: set Published by hand.</source>
            <translation>لا يوجد تاريخ نشر في النص: عيّن تاريخ النشر يدويًا.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="353" />
            <source>its dateline</source>
            <translation>سطر التاريخ فيه</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="353" />
            <source>its text</source>
            <translation>نصه</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="354" />
            <source>Published {} read from {} (“{}”): check it.</source>
            <translation>تاريخ النشر {} مقروء من {} («{}»): تحقق منه.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="372" />
            <source>Published {} read from the saved page's metadata: check it.</source>
            <translation>تاريخ النشر {} مقروء من البيانات الوصفية للصفحة المحفوظة: تحقق منه.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="363" />
            <source>direct</source>
            <translation>مباشر</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="363" />
            <source>reported</source>
            <translation>منقول</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="393" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="393" />
            <source>none in QGIS's data</source>
            <translation>لا شيء في بيانات QGIS</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="402" />
            <source>Choose one place in the list.</source>
            <translation>اختر مكانًا واحدًا من القائمة.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="422" />
            <source>{} store features lie in {}: they are offered under “Link to”.</source>
            <translation>تقع {} من معالم المستودع في {}: وهي معروضة تحت «ربط بـ».</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="422" />
            <source>No store feature lies in {}: create one there.</source>
            <translation>لا يقع أي معلم من المستودع في {}: أنشئ معلمًا هناك.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="432" />
            <source>a report</source>
            <translation>تقرير</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="440" />
            <source>Created and saved “{}” in {}; it is offered under “Link to” (Apply to all to link every proposal to it).</source>
            <translation>أُنشئ «{}» وحُفظ في {}؛ وهو معروض تحت «ربط بـ» (استخدم تطبيق على الكل لربط كل اقتراح به).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="471" />
            <source>Choose one proposal and select its words in the text.</source>
            <translation>اختر اقتراحًا واحدًا وحدّد كلماته في النص.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="477" />
            <source>The selection could not be mapped to the text exactly.</source>
            <translation>تعذّرت مطابقة التحديد مع النص بدقة.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="515" />
            <source>No statement is accepted: tick the ones to add.</source>
            <translation>لم يُقبل أي تصريح: أشّر على ما تريد إضافته.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="520" />
            <source>Give the affiliation (the party they speak for) of: {}</source>
            <translation>أدخل جهة الانتماء (الطرف الذي يتحدثون باسمه) لـ: {}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="540" />
            <source>Added the document and {} statements: save the layers' edits to keep them (Layer ▸ Save Edits), or roll them back.</source>
            <translation>أُضيف المستند و{} تصريحًا: احفظ تعديلات الطبقات للإبقاء عليها (طبقة ▸ حفظ التعديلات)، أو تراجع عنها.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="35" />
            <source>Link a statement to “{}”</source>
            <translation>ربط تصريح بـ«{}»</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="47" />
            <source>e.g. targets were ISIS</source>
            <translation>مثلًا: كانت الأهداف لتنظيم داعش</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="48" />
            <source>Statement</source>
            <translation>التصريح</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="75" />
            <source>New statement</source>
            <translation>تصريح جديد</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="92" />
            <source>agencies between speaker and outlet, separated by &gt;</source>
            <translation>الوكالات بين المتحدث والوسيلة الإعلامية، مفصولة بـ &gt;</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Stance toward the feature</source>
            <translation>الموقف من المعلم</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="119" />
            <source>A statement needs a speaker and an affiliation</source>
            <translation>يحتاج التصريح إلى متحدث وجهة انتماء</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="68" />
            <source>Evidence dock</source>
            <translation>لوحة الأدلة</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="72" />
            <source>Build the seed case…</source>
            <translation>بناء الحالة التجريبية…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="77" />
            <source>Import bundle or GeoPackage…</source>
            <translation>استيراد حزمة أو GeoPackage…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="125" />
            <source>Open evidence store</source>
            <translation>فتح مستودع أدلة</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="125" />
            <source>Evidence store (*.gpkg)</source>
            <translation>مستودع أدلة (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="142" />
            <source>Opened {}: select a feature to see its evidence.</source>
            <translation>فُتح {}: حدّد معلمًا لترى أدلته.</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="31" />
            <source>exact (within 10 m)</source>
            <translation>دقيق (ضمن 10 م)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="32" />
            <source>vicinity (within 100 m)</source>
            <translation>الجوار (ضمن 100 م)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="33" />
            <source>locality (within 1 km)</source>
            <translation>البلدة (ضمن 1 كم)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="34" />
            <source>district (within 25 km)</source>
            <translation>المنطقة (ضمن 25 كم)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="35" />
            <source>province / admin1 (the area is the bound)</source>
            <translation>المحافظة / admin1 (المساحة هي الحد)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="36" />
            <source>country (the area is the bound)</source>
            <translation>البلد (المساحة هي الحد)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="37" />
            <source>water body (the area is the bound)</source>
            <translation>مسطح مائي (المساحة هي الحد)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="38" />
            <source>airspace (the area is the bound)</source>
            <translation>المجال الجوي (المساحة هي الحد)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="41" />
            <source>asserts</source>
            <translation>يؤكد</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="42" />
            <source>disputes</source>
            <translation>يعترض</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="43" />
            <source>denies</source>
            <translation>ينفي</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="44" />
            <source>qualifies</source>
            <translation>يُقيّد</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="45" />
            <source>context (background, no position)</source>
            <translation>سياق (خلفية، دون موقف)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="69" />
            <source>(not graded)</source>
            <translation>(غير مُقيَّم)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="120" />
            <source>the geometry must be valid (not self-intersecting) and lie within longitude -180..180, latitude -90..90</source>
            <translation>يجب أن تكون الهندسة صالحة (غير متقاطعة ذاتيًا) وضمن خط الطول ‎-180..180 ودائرة العرض ‎-90..90</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="124" />
            <source>a title is required</source>
            <translation>العنوان مطلوب</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="126" />
            <source>one of {}</source>
            <translation>إحدى القيم: {}</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="130" />
            <source>UTC; start of the interval</source>
            <translation>بالتوقيت العالمي؛ بداية الفترة</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="131" />
            <source>UTC; not before t_start</source>
            <translation>بالتوقيت العالمي؛ ليس قبل t_start</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="133" />
            <source>how precisely the source dates it</source>
            <translation>مدى دقة المصدر في تأريخه</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="136" />
            <source>how precisely the source places it: never invent precision</source>
            <translation>مدى دقة المصدر في تحديد موقعه: لا تختلق دقة غير موجودة</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="140" />
            <source>metres; no more than the location precision allows</source>
            <translation>بالأمتار؛ لا يتجاوز ما تسمح به دقة الموقع</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="149" />
            <source>derived from the links</source>
            <translation>مشتق من الروابط</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="159" />
            <source>generated; links use it, so it never changes</source>
            <translation>مُولَّد؛ تستخدمه الروابط فلا يتغير أبدًا</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="161" />
            <source>the did of a document in the store</source>
            <translation>معرّف did لمستند في المستودع</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="163" />
            <source>who said it, as named</source>
            <translation>من قاله، كما ورد اسمه</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="166" />
            <source>the party the speaker speaks for</source>
            <translation>الطرف الذي يتحدث المتحدث باسمه</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="169" />
            <source>speaker{0}…{0}the document's outlet</source>
            <translation>المتحدث{0}…{0}الوسيلة الإعلامية للمستند</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="178" />
            <source>the document's text between quote_start and quote_end, verbatim</source>
            <translation>نص المستند بين quote_start وquote_end حرفيًا</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="184" />
            <source>Admiralty scale A–F</source>
            <translation>مقياس الأميرالية A–F</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="188" />
            <source>Admiralty scale 1–6</source>
            <translation>مقياس الأميرالية 1–6</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="201" />
            <source>the uid of a feature in the layer named by feature_layer</source>
            <translation>معرّف uid لمعلم في الطبقة التي يسميها feature_layer</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="203" />
            <source>the sid of a statement in the store</source>
            <translation>معرّف sid لتصريح في المستودع</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="207" />
            <source>which claim the stance is about, e.g. targets were ISIS</source>
            <translation>الادعاء الذي يتعلق به الموقف، مثلًا: كانت الأهداف لتنظيم داعش</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="216" />
            <source>an http(s) address</source>
            <translation>عنوان http(s)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="220" />
            <source>the full text; statements quote it by offset, so it never changes</source>
            <translation>النص الكامل؛ تقتبس منه التصريحات بالموضع فلا يتغير أبدًا</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="222" />
            <source>computed from the text</source>
            <translation>محسوب من النص</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="23" />
            <source>country</source>
            <translation>بلد</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="24" />
            <source>province</source>
            <translation>محافظة</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="25" />
            <source>sea or lake</source>
            <translation>بحر أو بحيرة</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="26" />
            <source>airspace</source>
            <translation>مجال جوي</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="28" />
            <source>border</source>
            <translation>حدود</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="29" />
            <source>capital city</source>
            <translation>عاصمة</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="128" />
            <source>Evidence tables</source>
            <translation>جداول الأدلة</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="274" />
            <source>Feature</source>
            <translation>المعلم</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="285" />
            <source>Statements about this feature</source>
            <translation>التصريحات حول هذا المعلم</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="52" />
            <source>CONTESTED</source>
            <translation>متنازع عليه</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="388" />
            <source>unsaved edits</source>
            <translation>تعديلات غير محفوظة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="388" />
            <source>Time</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="388" />
            <source>Location</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="490" />
            <source>Select a statement to see its source and grading.</source>
            <translation>حدّد تصريحًا لترى مصدره وتقييمه.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="501" />
            <source>{}–{} in {}</source>
            <translation>{}–{} في {}</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="51" />
            <source>location</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="51" />
            <source>asserting</source>
            <translation>يؤكد</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="51" />
            <source>disputing</source>
            <translation>يعترض</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="68" />
            <source>Contested (amber): asserted and disputed by different parties</source>
            <translation>متنازع عليه (كهرماني): أكّدته أطراف واعترضت عليه أطراف أخرى</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="69" />
            <source>Not contested</source>
            <translation>غير متنازع عليه</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="70" />
            <source>circle</source>
            <translation>دائرة</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="71" />
            <source>square</source>
            <translation>مربع</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="72" />
            <source>triangle</source>
            <translation>مثلث</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="74" />
            <source>dashed circle: location uncertainty (radius uncertainty_m)</source>
            <translation>دائرة متقطعة: عدم اليقين في الموقع (نصف القطر uncertainty_m)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="75" />
            <source>dashed line along the border</source>
            <translation>خط متقطع على طول الحدود</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="76" />
            <source>hatched area</source>
            <translation>مساحة مظللة بخطوط</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="77" />
            <source>solid line, arrowhead at the target</source>
            <translation>خط متصل، ورأس السهم عند الهدف</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="250" />
            <source>{}: beyond 1:1,000,000</source>
            <translation>{}: أبعد من 1:1,000,000</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="56" />
            <source>Rule</source>
            <translation>القاعدة</translation>
        </message>
        <message>
        <source>Evidence report (PDF)…</source>
        <translation>تقرير الأدلة (PDF)…</translation>
    </message>
        <message>
        <source>Evidence report layout…</source>
        <translation>تخطيط تقرير الأدلة…</translation>
    </message>
        <message>
        <source>Open an evidence store first.</source>
        <translation>افتح مخزن أدلة أولاً.</translation>
    </message>
        <message>
        <source>Layer: {layer} · type: {type} · actor: {actor}</source>
        <translation>الطبقة: {layer} · النوع: {type} · الفاعل: {actor}</translation>
    </message>
        <message>
        <source>Time: {start} – {end} (precision: {precision})</source>
        <translation>الزمن: {start} – {end} (الدقة: {precision})</translation>
    </message>
        <message>
        <source>Location: {where} (precision: {precision}, uncertainty ± {metres} m)</source>
        <translation>الموقع: {where} (الدقة: {precision}، عدم اليقين ± {metres} م)</translation>
    </message>
        <message>
        <source>Dataset row: {dataset} {id} (type {type}, location code {loc}, time code {time})</source>
        <translation>صف مجموعة البيانات: {dataset} {id} (النوع {type}، رمز الموقع {loc}، رمز الزمن {time})</translation>
    </message>
        <message>
        <source>no linked statement</source>
        <translation>لا توجد تصريحات مرتبطة</translation>
    </message>
        <message>
        <source>Distance claimed by {speaker}: {claimed} km; geodesic length measured: {measured} km ({difference:+.1f}%): {verdict}</source>
        <translation>المسافة التي ذكرها {speaker}: {claimed} كم؛ الطول الجيوديسي المقيس: {measured} كم ({difference:+.1f}%): {verdict}</translation>
    </message>
        <message>
        <source>Side of the border ({speaker}: “{claim}”): {measured}: {verdict}</source>
        <translation>جهة الحدود ({speaker}: «{claim}»): {measured}: {verdict}</translation>
    </message>
        <message>
        <source>No claim check applies to this feature.</source>
        <translation>لا ينطبق أي تحقق من الادعاءات على هذا العنصر.</translation>
    </message>
        <message>
        <source>{features:,} features in this report, of the store's {all:,}; {statements:,} linked statements from {sources:,} documents.
The store holds {store_statements:,} statements, {store_links:,} links and {store_documents:,} documents.</source>
        <translation>{features:,} عنصرًا في هذا التقرير من أصل {all:,} في المخزن؛ {statements:,} تصريحًا مرتبطًا من {sources:,} وثيقة.
يضم المخزن {store_statements:,} تصريحًا و{store_links:,} رابطًا و{store_documents:,} وثيقة.</translation>
    </message>
        <message>
        <source>Evidence report: {case}</source>
        <translation>تقرير الأدلة: {case}</translation>
    </message>
        <message>
        <source>Report made on {made} from {store}</source>
        <translation>أُعدّ التقرير في {made} من {store}</translation>
    </message>
        <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
        <message>
        <source>Every document the statements of this report come from, with the SHA-256 of its full text as the store holds it.</source>
        <translation>كل وثيقة جاءت منها تصريحات هذا التقرير، مع SHA-256 لنصها الكامل كما يحفظه المخزن.</translation>
    </message>
        <message>
        <source>not contested</source>
        <translation>غير متنازع عليه</translation>
    </message>
        <message>
        <source>{counts} — asserting: {asserting}, disputing: {disputing}</source>
        <translation>{counts} — مؤيدون: {asserting}، معترضون: {disputing}</translation>
    </message>
        <message>
        <source>grading: {grade}</source>
        <translation>التقييم: {grade}</translation>
    </message>
        <message>
        <source>{heading}, continued ({number} of {pages})</source>
        <translation>{heading}، تتمة ({number} من {pages})</translation>
    </message>
        <message>
        <source>(continues on the next page)</source>
        <translation>(يتبع في الصفحة التالية)</translation>
    </message>
        <message>
        <source>(continued from the previous page)</source>
        <translation>(تتمة من الصفحة السابقة)</translation>
    </message>
        <message>
        <source>How to read the maps. A circle or band around a feature is its uncertainty: the area the sources allow, from its location precision (a town, a province, a country, a sea). A ring marks a contested feature: statements of one party assert it and statements of another dispute or deny it. Tracks and incursions are lines, launch zones areas. On each feature's page a dashed outline shows the area its uncertainty allows.</source>
        <translation>كيف تُقرأ الخرائط. الدائرة أو الشريط حول العنصر هو عدم اليقين فيه: المنطقة التي تسمح بها المصادر بحسب دقة موقعه (بلدة، محافظة، بلد، بحر). الحلقة تدل على عنصر متنازع عليه: تصريحات طرف تؤكده وتصريحات طرف آخر تعترض عليه أو تنفيه. المسارات والاختراقات خطوط، ومناطق الإطلاق مساحات. في صفحة كل عنصر يبيّن خط متقطع المنطقة التي يسمح بها عدم اليقين فيه.</translation>
    </message>
        <message>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
        <message>
        <source>Speaker, role, affiliation</source>
        <translation>المتحدث، الصفة، الانتماء</translation>
    </message>
        <message>
        <source>Relay chain, date, setting</source>
        <translation>سلسلة النقل، التاريخ، المقام</translation>
    </message>
        <message>
        <source>Quote, verbatim</source>
        <translation>الاقتباس، حرفيًا</translation>
    </message>
        <message>
        <source>Claim, grading</source>
        <translation>الادعاء، التقييم</translation>
    </message>
        <message>
        <source>URL; SHA-256 of the full text</source>
        <translation>الرابط؛ SHA-256 للنص الكامل</translation>
    </message>
        <message>
        <source>Conflict Evidence · page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %] · [% &quot;uid&quot; %]</source>
        <translation>Conflict Evidence · الصفحة [% @atlas_featurenumber %] من [% @atlas_totalfeatures %] · [% &quot;uid&quot; %]</translation>
    </message>
        <message>
        <source>Area the feature's uncertainty allows</source>
        <translation>المنطقة التي يسمح بها عدم اليقين في العنصر</translation>
    </message>
        <message>
        <source>Report pages</source>
        <translation>صفحات التقرير</translation>
    </message>
        <message>
        <source>Report statements</source>
        <translation>تصريحات التقرير</translation>
    </message>
        <message>
        <source>Report sources</source>
        <translation>مصادر التقرير</translation>
    </message>
        <message>
        <source>Evidence report data</source>
        <translation>بيانات تقرير الأدلة</translation>
    </message>
        <message>
        <source>Other features of the report</source>
        <translation>عناصر أخرى في التقرير</translation>
    </message>
        <message>
        <source>This page's feature</source>
        <translation>عنصر هذه الصفحة</translation>
    </message>
        <message>
        <source>Report marks</source>
        <translation>علامات التقرير</translation>
    </message>
        <message>
        <source>(choose)</source>
        <translation>(اختر)</translation>
    </message>
        <message>
        <source>(each as proposed)</source>
        <translation>(كلٌّ كما اقتُرح)</translation>
    </message>
        <message>
        <source>Choose the stance toward the linked feature of: {}</source>
        <translation>اختر الموقف من المعلم المرتبط لـ: {}</translation>
    </message>
        <message>
        <source>Published: “{}” is not a date and time like 2015-10-07 14:30 (UTC)</source>
        <translation>النشر: «{}» ليس تاريخًا ووقتًا مثل 2015-10-07 14:30 (UTC)</translation>
    </message>
        <message>
        <source>Set Published first: a feature created here is dated by the report's day.</source>
        <translation>حدّد تاريخ النشر أولًا: المعلم المنشأ هنا يؤرَّخ بيوم التقرير.</translation>
    </message>
        <message>
        <source>The text gives no publication date and the store needs one: set Published to the date the outlet gives for the report.</source>
        <translation>لا يذكر النص تاريخ النشر والمخزن يتطلبه: اجعل تاريخ النشر هو التاريخ الذي تذكره الوسيلة للتقرير.</translation>
    </message>
        <message>
        <source>not in the text: yyyy-mm-dd hh:mm (UTC)</source>
        <translation>غير مذكور في النص: yyyy-mm-dd hh:mm (UTC)</translation>
    </message>
        <message>
        <source>The date is written yyyy-mm-dd, or left empty</source>
        <translation>يُكتب التاريخ بالشكل yyyy-mm-dd أو يُترك فارغًا</translation>
    </message>
        <message>
        <source>not given: yyyy-mm-dd</source>
        <translation>غير مذكور: yyyy-mm-dd</translation>
    </message>
        <message>
        <source>This statement is already linked to the feature: change its stance in the dock instead of linking it twice.</source>
        <translation>هذا التصريح مرتبط بالمعلم بالفعل: غيّر موقفه في اللوحة بدل ربطه مرتين.</translation>
    </message>
        <message>
        <source>already linked: {}</source>
        <translation>مرتبط بالفعل: {}</translation>
    </message>
        <message>
        <source>Importing events (ACLED, UCDP GED)</source>
        <translation>استيراد الأحداث (ACLED، UCDP GED)</translation>
    </message>
        <message>
        <source>Team stores in PostgreSQL</source>
        <translation>مخازن الفريق على PostgreSQL</translation>
    </message>
        <message>
        <source>{} cannot work: the Python of this QGIS has no module {}.</source>
        <translation>{} لا يمكن أن يعمل: لا تحتوي بايثون في QGIS هذا على الوحدة {}.</translation>
    </message>
        <message>
        <source>Windows: QGIS&apos;s installers include it; with the OSGeo4W installer, run its Setup again and add the package {package}. Linux: install the package {package} (Debian, Ubuntu: sudo apt install {package}). macOS: install QGIS from qgis.org, or ask whoever installs QGIS to add {module}. Then restart QGIS.</source>
        <translation>ويندوز: تتضمنها مثبّتات QGIS؛ ومع مثبّت OSGeo4W شغّل برنامج الإعداد (Setup) مرة أخرى وأضف الحزمة {package}. لينكس: ثبّت الحزمة {package} (دبيان، أوبونتو: sudo apt install {package}). ماك أو إس: ثبّت QGIS من qgis.org، أو اطلب ممن يثبّت QGIS إضافة {module}. ثم أعد تشغيل QGIS.</translation>
    </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>الفاعل</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>الدقة</translation>
        </message>
        <message>
            <source>uncertainty</source>
            <translation>عدم اليقين</translation>
        </message>
        <message>
            <source>Stated on</source>
            <translation>صرّح في</translation>
        </message>
        <message>
            <source>Claim checks</source>
            <translation>التحقق من الادعاءات</translation>
        </message>
        <message>
            <source>Open the document</source>
            <translation>فتح الوثيقة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Archived copy</source>
            <translation>نسخة مؤرشفة</translation>
        </message>
        <message>
            <source>SHA-256 of the text</source>
            <translation>SHA-256 للنص</translation>
        </message>
        <message>
            <source>Only the passages quoted as evidence are published from this document.</source>
            <translation>لا يُنشر من هذه الوثيقة إلا المقاطع المقتبسة كأدلة.</translation>
        </message>
        <message>
            <source>Back to the feature</source>
            <translation>العودة إلى المعلم</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Stances</source>
            <translation>المواقف</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <source>Features at this place</source>
            <translation>المعالم في هذا المكان</translation>
        </message>
        <message>
            <source>features shown</source>
            <translation>معلماً معروضاً</translation>
        </message>
        <message>
            <source>Click a feature on the map to see who asserts it and who disputes it.</source>
            <translation>انقر على معلم في الخريطة لترى من يؤكده ومن يعترض عليه.</translation>
        </message>
        <message>
            <source>Link to this feature</source>
            <translation>رابط إلى هذا المعلم</translation>
        </message>
        <message>
            <source>Published with Conflict Evidence</source>
            <translation>نُشر باستخدام Conflict Evidence</translation>
        </message>
        <message>
            <source>Country outlines: Natural Earth (public domain)</source>
            <translation>حدود الدول: Natural Earth (ملكية عامة)</translation>
        </message>
        <message>
            <source>Publish evidence map (web)…</source>
            <translation>نشر خريطة الأدلة (ويب)…</translation>
        </message>
        <message>
            <source>Amber: contested (asserted and disputed by different parties). The folder Location uncertainty draws the area each feature may be in.</source>
            <translation>الكهرماني: متنازع عليه (تؤكده أطراف وتعترض عليه أطراف أخرى). يرسم مجلد «عدم يقين الموقع» المنطقة التي قد يقع فيها كل عنصر.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Each feature's balloon lists its statements by stance, with who said it, who passed it on, the verbatim quote and where it was reported.</source>
            <translation>تعرض فقاعة كل عنصر تصريحاته حسب الموقف: من قالها، ومن نقلها، والاقتباس الحرفي، وأين نُشرت.</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>الطبقة</translation>
        </message>
        <message>
            <source>Location uncertainty</source>
            <translation>عدم يقين الموقع</translation>
        </message>
        <message>
            <source>Location uncertainty of {title}: ± {metres} m (precision: {precision})</source>
            <translation>عدم يقين موقع {title}: ± {metres} م (الدقة: {precision})</translation>
        </message>
        <message>
            <source>No statement is linked to this feature.</source>
            <translation>لا يرتبط أي تصريح بهذا العنصر.</translation>
        </message>
        <message>
            <source>asserted and disputed by different parties</source>
            <translation>تؤكده أطراف وتعترض عليه أطراف أخرى</translation>
        </message>
        <message>
            <source>document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <source>{asserting} asserting, {disputing} disputing</source>
            <translation>{asserting} مؤكِّد، {disputing} معترض</translation>
        </message>
        <message>
            <source>{start} to {end} (precision: {precision})</source>
            <translation>من {start} إلى {end} (الدقة: {precision})</translation>
        </message>
        <message>
            <source>{where} (precision: {precision}, uncertainty ± {metres} m)</source>
            <translation>{where} (الدقة: {precision}، عدم اليقين ± {metres} م)</translation>
        </message>
        <message>
        <source>airstrike</source>
        <translation>غارة جوية</translation>
    </message>
        <message>
        <source>cruise missile strike</source>
        <translation>ضربة بصواريخ كروز</translation>
    </message>
        <message>
        <source>artillery shelling</source>
        <translation>قصف مدفعي</translation>
    </message>
        <message>
        <source>combined strike</source>
        <translation>ضربة مشتركة</translation>
    </message>
        <message>
        <source>naval missile launch</source>
        <translation>إطلاق صواريخ من البحر</translation>
    </message>
        <message>
        <source>air launch</source>
        <translation>إطلاق جوي</translation>
    </message>
        <message>
        <source>cruise missile</source>
        <translation>صاروخ كروز</translation>
    </message>
        <message>
        <source>ballistic missile</source>
        <translation>صاروخ باليستي</translation>
    </message>
        <message>
        <source>airspace violation</source>
        <translation>خرق للمجال الجوي</translation>
    </message>
        <message>
        <source>ground incursion</source>
        <translation>توغل بري</translation>
    </message>
        <message>
        <source>ground forces</source>
        <translation>قوات برية</translation>
    </message>
        <message>
        <source>air assets</source>
        <translation>وسائط جوية</translation>
    </message>
        <message>
        <source>naval assets</source>
        <translation>وسائط بحرية</translation>
    </message>
        <message>
        <source>combined build-up</source>
        <translation>حشد مشترك</translation>
    </message>
        <message>
        <source>diversion</source>
        <translation>تحويل المسار</translation>
    </message>
        <message>
        <source>intercept</source>
        <translation>اعتراض</translation>
    </message>
        <message>
        <source>close approach</source>
        <translation>اقتراب خطير</translation>
    </message>
        <message>
        <source>battle</source>
        <translation>معركة</translation>
    </message>
        <message>
        <source>explosion / remote violence</source>
        <translation>انفجار / عنف عن بُعد</translation>
    </message>
        <message>
        <source>violence against civilians</source>
        <translation>عنف ضد المدنيين</translation>
    </message>
        <message>
        <source>protest</source>
        <translation>احتجاج</translation>
    </message>
        <message>
        <source>riot</source>
        <translation>شغب</translation>
    </message>
        <message>
        <source>strategic development</source>
        <translation>تطور استراتيجي</translation>
    </message>
        <message>
        <source>state-based violence</source>
        <translation>عنف تكون الدولة طرفًا فيه</translation>
    </message>
        <message>
        <source>non-state violence</source>
        <translation>عنف بين أطراف غير حكومية</translation>
    </message>
        <message>
        <source>one-sided violence</source>
        <translation>عنف من طرف واحد</translation>
    </message>
        <message>
        <source>exact</source>
        <translation>دقيق</translation>
    </message>
        <message>
        <source>day</source>
        <translation>يوم</translation>
    </message>
        <message>
        <source>week</source>
        <translation>أسبوع</translation>
    </message>
        <message>
        <source>month</source>
        <translation>شهر</translation>
    </message>
        <message>
        <source>year</source>
        <translation>سنة</translation>
    </message>
        <message>
        <source>vicinity</source>
        <translation>الجوار</translation>
    </message>
        <message>
        <source>locality</source>
        <translation>البلدة</translation>
    </message>
        <message>
        <source>district</source>
        <translation>المنطقة</translation>
    </message>
        <message>
        <source>water body</source>
        <translation>مسطح مائي</translation>
    </message>
        <message>
        <source>context</source>
        <translation>سياق</translation>
    </message>
        <message>
            <source>Added the document {} to the store with {} kept as its original (SHA-256 {}), and {} statements: save the layers' edits to keep the statements (Layer ▸ Save Edits), or roll them back.</source>
            <translation>أُضيفت الوثيقة {} إلى المستودع مع الاحتفاظ بـ {} أصلاً لها (SHA-256 {})، و{} تصريحات: احفظ تعديلات الطبقات للإبقاء على التصريحات (طبقة ▸ حفظ التعديلات)، أو تراجع عنها.</translation>
        </message>
        <message>
            <source>Give the outlet that published the report.</source>
            <translation>اذكر الوسيلة الإعلامية التي نشرت التقرير.</translation>
        </message>
        <message>
            <source>Open an evidence store first: files dropped here are added to the open store as sources. Nothing was added.</source>
            <translation>افتح مستودع أدلة أولاً: الملفات المُفلتة هنا تُضاف مصادرَ إلى المستودع المفتوح. لم يُضف شيء.</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>المنشور</translation>
        </message>
        <message>
            <source>Read again, the PDF kept as this document's original ({}) does not give this document's text: no page is shown.</source>
            <translation>عند قراءته من جديد، لا يعطي ملف PDF المحفوظ أصلاً لهذه الوثيقة ({}) نصَّ الوثيقة: لا تُعرض أي صفحة.</translation>
        </message>
        <message>
            <source>Several evidence stores are open: select a feature of the one the files go into, then drop them again. Nothing was added.</source>
            <translation>عدة مستودعات أدلة مفتوحة: اختر عنصراً من المستودع الذي تذهب إليه الملفات، ثم أفلتها من جديد. لم يُضف شيء.</translation>
        </message>
        <message>
            <source>Text, saved web page, PDF or Telegram export (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz *.wacz *.pdf *.json)</source>
            <translation>نص أو صفحة ويب محفوظة أو PDF أو تصدير تيليغرام (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz *.wacz *.pdf *.json)</translation>
        </message>
        <message>
            <source>The PDF kept as this document's original cannot be read again ({}): no page is shown.</source>
            <translation>تتعذر قراءة ملف PDF المحفوظ أصلاً لهذه الوثيقة من جديد ({}): لا تُعرض أي صفحة.</translation>
        </message>
        <message>
            <source>The file holds {} posts: the first is read; choose another under Post. All of them are added with the file when you add this one.</source>
            <translation>يحتوي الملف على {} منشورات: قُرئ الأول؛ اختر غيره من قائمة المنشور. تُضاف كلها مع الملف عند إضافة هذا المنشور.</translation>
        </message>
        <message>
            <source>The file is already in the store as document {}: {} statements were added to it, and nothing else. Save the layers' edits to keep them (Layer ▸ Save Edits), or roll them back.</source>
            <translation>الملف موجود في المستودع بالفعل بوصفه الوثيقة {}: أُضيفت إليها {} تصريحات، ولا شيء غير ذلك. احفظ تعديلات الطبقات للإبقاء عليها (طبقة ▸ حفظ التعديلات)، أو تراجع عنها.</translation>
        </message>
        <message>
            <source>The highlighted quote is on {} of the PDF.</source>
            <translation>الاقتباس المظلَّل في {} من ملف PDF.</translation>
        </message>
        <message>
            <source>The highlighted quote lies on no page of the PDF.</source>
            <translation>الاقتباس المظلَّل لا يقع في أي صفحة من ملف PDF.</translation>
        </message>
        <message>
            <source>The store is being opened; drop the other files on the dock again to add them to it. They were not added.</source>
            <translation>يجري فتح المستودع؛ أفلت الملفات الأخرى على اللوحة من جديد لإضافتها إليه. لم تُضف.</translation>
        </message>
        <message>
            <source>The text is no longer the file's: it is added as typed, without the file kept as its original.</source>
            <translation>لم يعد النص نصَّ الملف: يُضاف كما كُتب، دون الاحتفاظ بالملف أصلاً له.</translation>
        </message>
        <message>
            <source>This file is already in the store (SHA-256 {}) as {}: statements you add go to that document, which is not added again.</source>
            <translation>هذا الملف موجود في المستودع بالفعل (SHA-256 {}) بوصفه {}: التصريحات التي تضيفها تذهب إلى تلك الوثيقة، ولا تُضاف مرة ثانية.</translation>
        </message>
        <message>
            <source>an original no document uses</source>
            <translation>أصل لا تستخدمه أي وثيقة</translation>
        </message>
        <message>
            <source>page {}</source>
            <translation>الصفحة {}</translation>
        </message>
        <message>
            <source>pages {}–{}</source>
            <translation>الصفحات {}–{}</translation>
        </message>
        <message>
            <source>{} documents added to {} from {} files, each file kept as its original.</source>
            <translation>أُضيفت {} وثائق إلى {} من {} ملفات، مع الاحتفاظ بكل ملف أصلاً.</translation>
        </message>
        <message>
            <source>{}: a folder. Drop the files themselves, or add every file of a folder with Processing ▸ Conflict Evidence ▸ Add source files. Nothing was added.</source>
            <translation>{}: مجلد. أفلت الملفات نفسها، أو أضف كل ملفات مجلد عبر المعالجة ▸ Conflict Evidence ▸ إضافة ملفات المصادر. لم يُضف شيء.</translation>
        </message>
        <message>
            <source>{}: already in the store (SHA-256 {}) as {}; not added again.</source>
            <translation>{}: موجود في المستودع بالفعل (SHA-256 {}) بوصفه {}؛ لم يُضف مرة ثانية.</translation>
        </message>
        <message>
            <source>{}: files of this kind are not kept as originals; the text is added as read.</source>
            <translation>{}: لا يُحتفظ بملفات من هذا النوع أصولاً؛ يُضاف النص كما قُرئ.</translation>
        </message>
        <message>
            <source>{}: the store already keeps this file (SHA-256 {}) as {}, but none of them has the text read now; nothing was added. Open that document from the dock to add statements to it.</source>
            <translation>{}: يحتفظ المستودع بهذا الملف بالفعل (SHA-256 {}) بوصفه {}، لكن لا يحمل أيٌّ منها النصَّ المقروء الآن؛ لم يُضف شيء. افتح تلك الوثيقة من اللوحة لتضيف إليها تصريحات.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="178" />
            <source>Search quotes, translations and speakers</source>
            <translation>البحث في الاقتباسات والترجمات والمتحدثين</translation>
        </message>
        <message>
            <source>Translation by {} ({}), not the source's words</source>
            <translation>ترجمة {} ({})، وليست كلمات المصدر</translation>
        </message>
        <message>
            <source>The language of the quote: pick one, or type a BCP 47 tag (such as en-GB)</source>
            <translation>لغة الاقتباس: اختر واحدة، أو اكتب وسم BCP 47 (مثل en-GB)</translation>
        </message>
        <message>
            <source>Your translation of the quote (the quote stays as it is)</source>
            <translation>ترجمتك للاقتباس (يبقى الاقتباس كما هو)</translation>
        </message>
        <message>
            <source>Save translation</source>
            <translation>حفظ الترجمة</translation>
        </message>
        <message>
            <source>Keep this translation with your name and the time, marked as yours</source>
            <translation>احفظ هذه الترجمة مع اسمك والوقت، مُعلَّمة على أنها ترجمتك</translation>
        </message>
        <message>
            <source>language: {}</source>
            <translation>اللغة: {}</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>الروسية</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>التركية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>الأوكرانية</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>الفارسية</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>الكردية</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>العبرية</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>غير معروفة</translation>
        </message>
        <message>
            <source>a BCP 47 language tag: {} ('und' when not known)</source>
            <translation>وسم لغة BCP 47: {} ('und' إن لم تكن معروفة)</translation>
        </message>
        <message>
            <source>your translation of the quote; the quote stays verbatim</source>
            <translation>ترجمتك للاقتباس؛ يبقى الاقتباس بنصه الحرفي</translation>
        </message>
        <message>
            <source>who made the translation</source>
            <translation>من قام بالترجمة</translation>
        </message>
        <message>
            <source>when the translation was made (UTC)</source>
            <translation>متى أُجريت الترجمة (UTC)</translation>
        </message>
    </context>
    <context>
        <name>BuildSeedStore</name>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="21" />
            <source>Build the seed case (7 October 2015)</source>
            <translation>بناء الحالة التجريبية (7 تشرين الأول/أكتوبر 2015)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="24" />
            <source>Builds the case of the news report of 7 October 2015 (Russian cruise missiles from the Caspian Sea, strikes in Hama and Idlib, incursions into Turkish airspace) into a new evidence store. Every quote is located verbatim in the report; places come from QGIS's Natural Earth data.</source>
            <translation>يبني حالة التقرير الإخباري الصادر في 7 تشرين الأول/أكتوبر 2015 (صواريخ كروز روسية من بحر قزوين، وضربات في حماة وإدلب، وخروقات للمجال الجوي التركي) في مستودع أدلة جديد. يُعثر على كل اقتباس حرفيًا في التقرير؛ وتأتي الأماكن من بيانات Natural Earth في QGIS.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>Evidence store</source>
            <translation>مستودع الأدلة</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>Statements</source>
            <translation>التصريحات</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>Features</source>
            <translation>المعالم</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>Links</source>
            <translation>الروابط</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="39" />
            <source>{}: an evidence store must be a .gpkg file</source>
            <translation>{}: يجب أن يكون مستودع الأدلة ملف ‎.gpkg</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="46" />
            <source>Missile track geodesic length {:.0f} km; claimed {:.0f} km ({:+.0f}%).</source>
            <translation>الطول الجيوديسي لمسار الصاروخ {:.0f} كم؛ المُدّعى {:.0f} كم ({:+.0f}%).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="53" />
            <source>{} statements, {} features, {} links written to {}</source>
            <translation>{} تصريحات و{} معالم و{} روابط كُتبت في {}</translation>
        </message>
    </context>
    <context>
        <name>CheckClaims</name>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="30" />
            <source>Check claims against geometry</source>
            <translation>مطابقة الادعاءات مع الهندسة</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="33" />
            <source>Measures what statements claim against the store's geometry: each stated distance on a track or incursion against its geodesic length, and each border incursion against the side of the border it lies on (Natural Earth countries), with the statements the claims come from.</source>
            <translation>يقيس ما تدّعيه التصريحات مقابل هندسة المستودع: كل مسافة مذكورة لمسار أو خرق مقابل طوله الجيوديسي، وكل خرق حدودي مقابل جانب الحدود الذي يقع فيه (بلدان Natural Earth)، مع التصريحات التي جاءت منها الادعاءات.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="39" />
            <source>Claims checked</source>
            <translation>الادعاءات المُتحقَّق منها</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="39" />
            <source>Claims checked (lines)</source>
            <translation>الادعاءات المُتحقَّق منها (خطوط)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="59" />
            <source>Cannot write a row of the claims table</source>
            <translation>تعذّرت كتابة صف في جدول الادعاءات</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="65" />
            <source>Cannot write a line of the claims layer</source>
            <translation>تعذّرت كتابة خط في طبقة الادعاءات</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="67" />
            <source>{uid}: claimed {claimed} km, geodesic {measured} km ({difference}) — {speaker}</source>
            <translation>{uid}: المُدّعى {claimed} كم، الجيوديسي {measured} كم ({difference}) — {speaker}</translation>
        </message>
    </context>
    <context>
        <name>EvidenceAlgorithm</name>
        <message>
            <location filename="../plugin/processing/base.py" line="47" />
            <source>Evidence store</source>
            <translation>مستودع الأدلة</translation>
        </message>
    </context>
    <context>
        <name>ExportGeoPackage</name>
        <message>
            <location filename="../plugin/processing/exports.py" line="22" />
            <source>Export a self-contained GeoPackage</source>
            <translation>تصدير GeoPackage مكتفٍ بذاته</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="25" />
            <source>Copies the evidence store into a new GeoPackage with its layers, statements, documents, links (Related Tables Extension), default styles, relations and an embedded QGIS project, so that colleagues without the plugin open it styled. The file is written beside the target and moved into place only once checked.</source>
            <translation>ينسخ مستودع الأدلة إلى GeoPackage جديد بطبقاته وتصريحاته ومستنداته وروابطه (Related Tables Extension) وأنماطه الافتراضية وعلاقاته ومشروع QGIS مضمّن، ليفتحه الزملاء الذين لا يملكون الإضافة بأنماطه. يُكتب الملف بجوار الهدف ولا يُنقل إلى مكانه إلا بعد التحقق منه.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="31" />
            <source>GeoPackage to hand on</source>
            <translation>GeoPackage للتسليم</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="31" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="39" />
            <source>Exported {} with its embedded project</source>
            <translation>صُدّر {} مع مشروعه المضمّن</translation>
        </message>
    </context>
    <context>
        <name>ExportShapefiles</name>
        <message>
            <location filename="../plugin/processing/exports.py" line="48" />
            <source>Export a Shapefile bundle</source>
            <translation>تصدير حزمة Shapefile</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="51" />
            <source>Writes one Shapefile per feature layer (.prj, UTF-8 .cpg) with statements.csv, documents.csv, links.csv, field_map.csv, long_values.csv and a README, to a folder or, if the output ends in .zip, a zip. Dates are ISO 8601 UTC text; every value a Shapefile had to cut at 254 bytes is listed here and in the README, and kept whole in long_values.csv.</source>
            <translation>يكتب ملف Shapefile لكل طبقة معالم (‎.prj و‎.cpg بترميز UTF-8) مع statements.csv وdocuments.csv وlinks.csv وfield_map.csv وlong_values.csv وملف README، في مجلد أو في ملف zip إذا انتهى المخرج بـ ‎.zip. التواريخ نص بصيغة ISO 8601 بالتوقيت العالمي؛ وكل قيمة اضطر Shapefile إلى قصها عند 254 بايت مدرجة هنا وفي README، ومحفوظة كاملة في long_values.csv.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="58" />
            <source>Bundle (folder, or .zip)</source>
            <translation>الحزمة (مجلد أو ‎.zip)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="58" />
            <source>Zip archive (*.zip);;Folder (*)</source>
            <translation>أرشيف zip (*.zip);;مجلد (*)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="58" />
            <source>Values cut in the Shapefiles</source>
            <translation>القيم المقصوصة في ملفات Shapefile</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="68" />
            <source>{} {}: {} is {} bytes; cut to 254 in the Shapefile, whole in long_values.csv</source>
            <translation>{} {}: طول {} يبلغ {} بايت؛ قُص إلى 254 في Shapefile، وهو كامل في long_values.csv</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="70" />
            <source>Bundle written to {}: {}</source>
            <translation>كُتبت الحزمة في {}: {}</translation>
        </message>
    </context>
    <context>
        <name>ExtractStatements</name>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="50" />
            <source>Propose statements and places from a report</source>
            <translation>اقتراح تصريحات وأماكن من تقرير</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="53" />
            <source>Reads a news report (text or HTML) and proposes attributed statements — the exact span and its offsets, the speaker as named with pronouns and surnames resolved, the speech verb, direct or reported, the relay chain and a confidence — and the places and actors it names, matched to Natural Earth shapes. Proposals only: the analyst accepts them (Import report in the Evidence dock).</source>
            <translation>يقرأ تقريرًا إخباريًا (نصًا أو HTML) ويقترح تصريحات منسوبة — المقطع الدقيق ومواضعه، والمتحدث كما ورد اسمه مع حل الضمائر وأسماء العائلة، وفعل القول، مباشرًا أو منقولًا، وسلسلة النقل ودرجة ثقة — والأماكن والجهات التي يذكرها، مطابقة لأشكال Natural Earth. هي اقتراحات فقط: يقبلها المحلل (استيراد تقرير في لوحة الأدلة).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Report (text or saved web page)</source>
            <translation>التقرير (نص أو صفحة ويب محفوظة)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Text or saved web page (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz *.wacz)</source>
            <translation>نص أو صفحة ويب محفوظة (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz *.wacz)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Outlet that published it</source>
            <translation>الوسيلة الإعلامية التي نشرته</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Proposed statements</source>
            <translation>التصريحات المقترحة</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Places and actors named</source>
            <translation>الأماكن والجهات المذكورة</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Borders named</source>
            <translation>الحدود المذكورة</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="90" />
            <source>Cannot write a proposed statement</source>
            <translation>تعذّرت كتابة تصريح مقترح</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="105" />
            <source>Cannot write the shape of {}</source>
            <translation>تعذّرت كتابة شكل {}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="111" />
            <source>Cannot write a place mention</source>
            <translation>تعذّرت كتابة إشارة إلى مكان</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="112" />
            <source>{} statements proposed, {} place and actor mentions</source>
            <translation>{} تصريحات مقترحة، و{} إشارات إلى أماكن وجهات</translation>
        </message>
    </context>
    <context>
        <name>ImportBundle</name>
        <message>
            <location filename="../plugin/processing/exports.py" line="82" />
            <source>Import a Shapefile bundle or exported GeoPackage</source>
            <translation>استيراد حزمة Shapefile أو GeoPackage مُصدَّر</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="85" />
            <source>Reads a Shapefile bundle (a .zip, or a folder) or an exported GeoPackage, checks every file and record, and writes it into a new evidence store. Nothing is written if anything is wrong; the error names the file and the record.</source>
            <translation>يقرأ حزمة Shapefile (ملف ‎.zip أو مجلد) أو GeoPackage مُصدَّرًا، ويتحقق من كل ملف وكل سجل، ويكتبه في مستودع أدلة جديد. لا يُكتب شيء إن كان أي شيء خاطئًا؛ ويذكر الخطأ الملف والسجل.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>Bundle .zip or GeoPackage</source>
            <translation>حزمة ‎.zip أو GeoPackage</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>Bundle or GeoPackage (*.zip *.gpkg)</source>
            <translation>حزمة أو GeoPackage (*.zip *.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>…or a bundle folder</source>
            <translation>…أو مجلد حزمة</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>New evidence store</source>
            <translation>مستودع أدلة جديد</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>What was imported</source>
            <translation>ما تم استيراده</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="102" />
            <source>Choose a bundle (.zip or folder) or a GeoPackage to import</source>
            <translation>اختر حزمة (‎.zip أو مجلد) أو GeoPackage لاستيراده</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="105" />
            <source>{} documents, {} statements, {} features, {} links</source>
            <translation>{} مستندات، {} تصريحات، {} معالم، {} روابط</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="107" />
            <source>Imported {} into {}: {}</source>
            <translation>استُورد {} إلى {}: {}</translation>
        </message>
    </context>
    <context>
        <name>CopyStore</name>
        <message>
            <source>Copies a whole case, with its audit log, from one evidence store to another: from a GeoPackage to a team store on PostgreSQL/PostGIS, back, or between two of a kind. A store is {}. The copy is all or nothing: a failure or a cancel leaves the target as it was. A target that exists is replaced only when Replace is ticked, and a PostgreSQL schema that is not an evidence store never is. Passwords come from ~/.pgpass, PGPASSWORD or a PostgreSQL service file, never from the URI.</source>
            <translation>ينسخ حالة كاملة مع سجل تدقيقها من مخزن أدلة إلى آخر: من GeoPackage إلى مخزن فريق على PostgreSQL/PostGIS، أو بالعكس، أو بين مخزنين من النوع نفسه. المخزن هو {}. النسخ كله أو لا شيء: الفشل أو الإلغاء يترك الهدف كما كان. لا يُستبدل هدف موجود إلا إذا حُدد «استبدال»، ولا يُستبدل أبدًا مخطط PostgreSQL ليس مخزن أدلة. تأتي كلمات المرور من ‎~/.pgpass أو PGPASSWORD أو ملف خدمة PostgreSQL، ولا تأتي أبدًا من العنوان.</translation>
        </message>
        <message>
            <source>Copy store (GeoPackage ↔ PostGIS)</source>
            <translation>نسخ المخزن (GeoPackage ↔ PostGIS)</translation>
        </message>
        <message>
            <source>Copy to ({})</source>
            <translation>النسخ إلى ({})</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>العناصر</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>الروابط</translation>
        </message>
        <message>
            <source>Replace the target if it holds a case</source>
            <translation>استبدال الهدف إذا كان يحوي حالة</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>التصريحات</translation>
        </message>
        <message>
            <source>Store to copy ({})</source>
            <translation>المخزن المراد نسخه ({})</translation>
        </message>
        <message>
            <source>{} features, {} statements, {} links copied to {}</source>
            <translation>نُسخ {} عنصرًا و{} تصريحًا و{} رابطًا إلى {}</translation>
        </message>
    </context>
    <context>
        <name>ImportEvents</name>
        <message>
            <source>ACLED export or UCDP GED release (CSV)</source>
            <translation>تصدير ACLED أو إصدار UCDP GED ‏(CSV)</translation>
        </message>
        <message>
            <source>Append to the existing store</source>
            <translation>الإضافة إلى المخزن الموجود</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV ‏(*.csv)</translation>
        </message>
        <message>
            <source>Evidence store ({})</source>
            <translation>مخزن الأدلة ({})</translation>
        </message>
        <message>
            <source>Import events (ACLED, UCDP GED)</source>
            <translation>استيراد الأحداث (ACLED، UCDP GED)</translation>
        </message>
        <message>
            <source>Imports an ACLED export or a UCDP GED release (CSV, as they distribute it) into an evidence store. Each row becomes a feature (a strike site for ACLED's air/drone strikes and shelling, a conflict event otherwise), a document holding the record's own text verbatim, and a statement by the dataset asserting the event, so that news statements can assert or dispute the same feature. The dataset's id, type and precision codes are kept in the src_ fields; its precision codes are mapped onto loc_precision, uncertainty_m (a province's or country's size from QGIS's Natural Earth data) and the time interval, as the README's crosswalk table says. Rows already in the store are left out, so importing a file twice adds nothing. Rows that cannot be taken are listed in the report, one by one, and the rest imports. Events of the other dataset (ACLED against GED) that may be the same event are listed for review, never merged. The store is {}; a new one is made as a GeoPackage. All or nothing: a failure or a cancel leaves the store as it was.</source>
            <translation>يستورد تصدير ACLED أو إصدار UCDP GED ‏(CSV، كما يوزعانه) إلى مخزن أدلة. يصبح كل صف عنصرًا (موقع ضربة لضربات ACLED الجوية/بالطائرات المسيّرة والقصف، وحدث نزاع في غير ذلك)، ووثيقة تحمل نص السجل نفسه حرفيًا، وتصريحًا من مجموعة البيانات يؤكد الحدث، كي تؤكد تصريحات الأخبار العنصر نفسه أو تنازع فيه. يُحفظ معرّف مجموعة البيانات ونوعها ورموز دقتها في حقول src_؛ وتُنقل رموز الدقة إلى loc_precision وuncertainty_m (حجم محافظة أو بلد من بيانات Natural Earth في QGIS) والفترة الزمنية، كما يبيّن جدول المطابقة في README. تُستبعد الصفوف الموجودة في المخزن، فاستيراد الملف مرتين لا يضيف شيئًا. تُدرج الصفوف التي لا يمكن أخذها في التقرير واحدًا واحدًا، ويُستورد الباقي. تُدرج أحداث مجموعة البيانات الأخرى (ACLED مقابل GED) التي قد تكون الحدث نفسه للمراجعة، ولا تُدمج أبدًا. المخزن هو {}؛ ويُنشأ المخزن الجديد بصيغة GeoPackage. كله أو لا شيء: الفشل أو الإلغاء يترك المخزن كما كان.</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>تكرارات محتملة</translation>
        </message>
        <message>
            <source>Possible duplicates (ACLED and GED)</source>
            <translation>تكرارات محتملة (ACLED وGED)</translation>
        </message>
        <message>
            <source>Rows already in the store</source>
            <translation>صفوف موجودة في المخزن</translation>
        </message>
        <message>
            <source>Rows imported</source>
            <translation>الصفوف المستوردة</translation>
        </message>
        <message>
            <source>Rows left out</source>
            <translation>الصفوف المستبعدة</translation>
        </message>
        <message>
            <source>Rows left out (report)</source>
            <translation>الصفوف المستبعدة (تقرير)</translation>
        </message>
        <message>
            <source>cannot write the possible duplicates ({})</source>
            <translation>تعذّرت كتابة التكرارات المحتملة ({})</translation>
        </message>
        <message>
            <source>{} rows of {} {} imported into {} ({}); {} already there, {} left out, {} possible duplicates to review</source>
            <translation>استُورد {} صفًا من {} {} إلى {} ({})؛ {} موجودة سلفًا، و{} مستبعدة، و{} تكرارات محتملة للمراجعة</translation>
        </message>
        <message>
            <source>{}, line {} ({}): {}; left out</source>
            <translation>{}، السطر {} ({}): {}؛ مستبعد</translation>
        </message>
        <message>
            <source>{}: {}</source>
            <translation>{}: {}</translation>
        </message>
        <message>
            <source>… and {} more rows left out: see the report</source>
            <translation>… و{} صفًا آخر مستبعدًا: انظر التقرير</translation>
        </message>
    </context>
    <context>
        <name>EvidenceReport</name>
        <message>
        <source>Evidence report (PDF)</source>
        <translation>تقرير الأدلة (PDF)</translation>
    </message>
        <message>
        <source>Writes a PDF a reader without QGIS can follow: a cover (the case, the date, the store's counts, a map of every feature in the report with a legend), one page or more per feature (its map framed on the area its uncertainty allows; its type, actor, time and location with their precision; the CONTESTED flag and the counts by stance; every linked statement grouped by stance, with speaker, role, affiliation, relay chain, date, the verbatim quote, the claim and the grading; the claim checks that apply), and an annex of every document those statements come from, with its SHA-256. Features: all, those selected on the map (the store must be open in this project), or those an expression matches in any feature layer. The layout comes from a template (QGIS print layout, .qpt) that can be changed in the layout designer; the plugin's own is used unless another is given. Text stays text, so quotes can be searched and copied. The store is {}. A cancel leaves no PDF.</source>
        <translation>يكتب ملف PDF يستطيع قارئ بلا QGIS متابعته: غلاف (القضية، التاريخ، أعداد المخزن، خريطة لكل عناصر التقرير مع مفتاح)، وصفحة أو أكثر لكل عنصر (خريطته مؤطرة على المنطقة التي يسمح بها عدم اليقين فيه؛ نوعه وفاعله وزمنه وموقعه مع دقتها؛ علامة «متنازع عليه» والأعداد بحسب الموقف؛ كل تصريح مرتبط مجمّعًا بحسب الموقف، مع المتحدث والصفة والانتماء وسلسلة النقل والتاريخ والاقتباس الحرفي والادعاء والتقييم؛ والتحققات من الادعاءات التي تنطبق)، وملحقًا بكل وثيقة جاءت منها هذه التصريحات مع SHA-256 لها. العناصر: كلها، أو المحددة على الخريطة (يجب أن يكون المخزن مفتوحًا في هذا المشروع)، أو التي يطابقها تعبير في أي طبقة عناصر. يأتي التخطيط من قالب (تخطيط طباعة QGIS، ‎.qpt) يمكن تعديله في مصمم التخطيط؛ ويُستخدم قالب الإضافة ما لم يُعطَ غيره. يبقى النص نصًا، فيمكن البحث في الاقتباسات ونسخها. المخزن هو {}. الإلغاء لا يترك أي ملف PDF.</translation>
    </message>
        <message>
        <source>Evidence store ({})</source>
        <translation>مخزن الأدلة ({})</translation>
    </message>
        <message>
        <source>Features in the report</source>
        <translation>العناصر في التقرير</translation>
    </message>
        <message>
        <source>Layout template (.qpt; the plugin's own if empty)</source>
        <translation>قالب التخطيط (‎.qpt؛ قالب الإضافة إن تُرك فارغًا)</translation>
    </message>
        <message>
        <source>Evidence report</source>
        <translation>تقرير الأدلة</translation>
    </message>
        <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
        <message>
        <source>Statements in the report</source>
        <translation>التصريحات في التقرير</translation>
    </message>
        <message>
        <source>Documents in the annex</source>
        <translation>الوثائق في الملحق</translation>
    </message>
        <message>
        <source>{features} features, {statements} statements, {sources} documents: {path}</source>
        <translation>{features} عنصرًا، {statements} تصريحًا، {sources} وثيقة: {path}</translation>
    </message>
    </context>
    <context>
        <name>PublishWeb</name>
        <message>
            <source>Publish evidence map (web)</source>
            <translation>نشر خريطة الأدلة (ويب)</translation>
        </message>
        <message>
            <source>Features to publish</source>
            <translation>المعالم المراد نشرها</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <source>Only the quoted passages</source>
            <translation>المقاطع المقتبسة فقط</translation>
        </message>
        <message>
            <source>Whole documents</source>
            <translation>الوثائق كاملة</translation>
        </message>
        <message>
            <source>Evidence map folder</source>
            <translation>مجلد خريطة الأدلة</translation>
        </message>
        <message>
            <source>Features published</source>
            <translation>المعالم المنشورة</translation>
        </message>
        <message>
            <source>Statements published</source>
            <translation>التصريحات المنشورة</translation>
        </message>
        <message>
            <source>Documents published</source>
            <translation>الوثائق المنشورة</translation>
        </message>
        <message>
            <source>Evidence store ({})</source>
            <translation>مخزن الأدلة ({})</translation>
        </message>
        <message>
            <source>{features} features, {statements} statements, {documents} documents: {path}</source>
            <translation>{features} معلماً، {statements} تصريحاً، {documents} وثيقة: {path}</translation>
        </message>
        <message>
            <source>Writes a folder that any web browser opens from disk or from a static web server, with no network and no server: a map of the chosen features styled as in QGIS (the contested ring, uncertainty drawn on the ground) over Natural Earth's country outlines, a timeline that filters the map, filters by affiliation and stance, and for each feature its statements grouped by stance, each with speaker, role, affiliation, relay chain, date, the verbatim quote, the claim, the grading and its document with the quote highlighted and the document's SHA-256. Each feature has its own link (#uid). Only the chosen features, their statements and their documents are written; documents whole, or only the passages quoted (some sources cannot be republished whole). The folder is checked against the store before it takes the place of the folder given, which must be empty, new or an evidence map published before. The store is {}.</source>
            <translation>يكتب مجلداً يفتحه أي متصفح ويب من القرص أو من خادم ويب ثابت، دون شبكة ودون خادم: خريطة للمعالم المختارة منسقة كما في QGIS (حلقة المعالم المتنازع عليها، وعدم اليقين مرسوماً على الأرض) فوق حدود الدول من Natural Earth، وخط زمني يصفّي الخريطة، وعوامل تصفية حسب الانتماء والموقف، ولكل معلم تصريحاته مجمّعة حسب الموقف، كل منها مع المتحدث ودوره وانتمائه وسلسلة النقل والتاريخ والاقتباس الحرفي والادعاء والتقييم ووثيقته مع إبراز الاقتباس وبصمة SHA-256 للوثيقة. لكل معلم رابطه الخاص (#uid). لا يُكتب إلا المعالم المختارة وتصريحاتها ووثائقها؛ الوثائق كاملة أو المقاطع المقتبسة فقط (بعض المصادر لا يجوز إعادة نشرها كاملة). يُتحقق من المجلد مقابل المخزن قبل أن يحل محل المجلد المعطى، الذي يجب أن يكون فارغاً أو جديداً أو خريطة أدلة نُشرت من قبل. المخزن هو {}.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceFileExport</name>
        <message>
            <source>Evidence store ({})</source>
            <translation>مخزن الأدلة ({})</translation>
        </message>
        <message>
            <source>Features in the file</source>
            <translation>العناصر في الملف</translation>
        </message>
        <message>
            <source>Statements in the file</source>
            <translation>التصريحات في الملف</translation>
        </message>
        <message>
            <source>{features} features, {statements} statements: {path}</source>
            <translation>{features} عنصرًا، {statements} تصريحًا: {path}</translation>
        </message>
    </context>
    <context>
        <name>ExportGeoJson</name>
        <message>
            <source>Export GeoJSON (RFC 7946), with the statements</source>
            <translation>تصدير GeoJSON (RFC 7946) مع التصريحات</translation>
        </message>
        <message>
            <source>GeoJSON file</source>
            <translation>ملف GeoJSON</translation>
        </message>
        <message>
            <source>GeoJSON files (*.geojson)</source>
            <translation>ملفات GeoJSON (*.geojson)</translation>
        </message>
        <message>
            <source>Writes one RFC 7946 GeoJSON FeatureCollection (GDAL's GeoJSON driver): longitude and latitude on WGS 84, polygons wound right-handed, no crs member, coordinates to 7 decimals (about 1 cm). Each feature carries its fields, its layer among them, and `statements`: the list of its statements in stance order (asserts, qualifies, context, disputes, denies), each with its stance, claim, speaker, role, affiliation, relay chain, date, verbatim quote, grading and the document it was reported in. The file carries the quoted passages only, never a document's whole text. Features: all, those selected on the map (the store must be open in this project), or those an expression matches in any feature layer. The file is checked against RFC 7946, read back by GDAL and compared with the store before it is moved into place; if anything is missing, no file is written. The store is {}.</source>
            <translation>يكتب مجموعة عناصر GeoJSON واحدة وفق RFC 7946 (مشغّل GeoJSON في GDAL): خط الطول وخط العرض على WGS 84، والمضلعات ملتفة وفق قاعدة اليد اليمنى، بلا عضو crs، والإحداثيات بسبع منازل عشرية (نحو 1 سم). يحمل كل عنصر حقوله، ومنها طبقته، و`statements`: قائمة تصريحاته بترتيب المواقف (يؤكد، يقيّد، سياق، يعترض، ينفي)، ولكل تصريح موقفه والادعاء والمتحدث ودوره وانتماؤه وسلسلة النقل والتاريخ والاقتباس الحرفي والتقييم والوثيقة التي نُشر فيها. لا يحمل الملف إلا المقاطع المقتبسة، ولا يحمل النص الكامل لأي وثيقة أبدًا. العناصر: الكل، أو المحددة على الخريطة (يجب أن يكون المخزن مفتوحًا في هذا المشروع)، أو التي يطابقها تعبير في أي طبقة عناصر. يُفحص الملف وفق RFC 7946 ويقرؤه GDAL من جديد ويُقارن بالمخزن قبل وضعه في مكانه؛ وإن نقص منه شيء فلا يُكتب أي ملف. المخزن هو {}.</translation>
        </message>
    </context>
    <context>
        <name>ExportKml</name>
        <message>
            <source>Export KML for Google Earth, with the statements</source>
            <translation>تصدير KML لـ Google Earth مع التصريحات</translation>
        </message>
        <message>
            <source>KML file</source>
            <translation>ملف KML</translation>
        </message>
        <message>
            <source>KML files (*.kml)</source>
            <translation>ملفات KML (*.kml)</translation>
        </message>
        <message>
            <source>Writes a KML file (GDAL's LIBKML driver) for Google Earth: a folder per feature layer, placemarks in the layers' colours (amber and larger where contested), a folder that draws each feature's location uncertainty on the ground, a time span per feature from its interval, and a balloon per feature with its title, type, actor, time and location with their precision, the CONTESTED flag, and its statements grouped by stance (speaker, role, affiliation, relay chain, date, the verbatim quote, the claim, the grading and the document it was reported in). The file carries the quoted passages only, never a document's whole text. Every text is written as text: markup in a quote shows as its characters. Features: all, those selected on the map (the store must be open in this project), or those an expression matches in any feature layer. The file is read back by GDAL and compared with the store before it is moved into place; if anything is missing, no file is written. The store is {}.</source>
            <translation>يكتب ملف KML (مشغّل LIBKML في GDAL) لـ Google Earth: مجلد لكل طبقة عناصر، وعلامات بألوان الطبقات (كهرمانية وأكبر حيث يكون العنصر متنازعًا عليه)، ومجلد يرسم على الأرض عدم يقين موقع كل عنصر، وفترة زمنية لكل عنصر من مجاله الزمني، وفقاعة لكل عنصر فيها عنوانه ونوعه وفاعله وزمانه ومكانه مع دقتهما، وعلامة «متنازع عليه»، وتصريحاته مجمّعة حسب الموقف (المتحدث والدور والانتماء وسلسلة النقل والتاريخ والاقتباس الحرفي والادعاء والتقييم والوثيقة التي نُشر فيها). لا يحمل الملف إلا المقاطع المقتبسة، ولا يحمل النص الكامل لأي وثيقة أبدًا. يُكتب كل نص نصًّا: تظهر الوسوم في الاقتباس بحروفها. العناصر: الكل، أو المحددة على الخريطة (يجب أن يكون المخزن مفتوحًا في هذا المشروع)، أو التي يطابقها تعبير في أي طبقة عناصر. يقرأ GDAL الملف من جديد ويُقارن بالمخزن قبل وضعه في مكانه؛ وإن نقص منه شيء فلا يُكتب أي ملف. المخزن هو {}.</translation>
        </message>
    </context>
    <context>
        <name>AddSources</name>
        <message>
        <source>Add source files</source>
        <translation>إضافة ملفات مصادر</translation>
    </message>
        <message>
        <source>Adds a file, or every file of a folder (not its subfolders), to an evidence store ({}) as documents ready for extraction and review. Each file&apos;s bytes are kept untouched in the store as the document&apos;s original, with their SHA-256, media type, file name and size, and with where they came from: the source URL, when they were captured (ISO 8601, e.g. 2026-12-07T14:30:00Z) and an archived copy&apos;s URL (e.g. a Wayback Machine link). The same file added again is recognised by its SHA-256 and not kept twice. Symbolic links, devices and pipes are refused. All or nothing: a file that cannot be read leaves the store as it was.</source>
        <translation>يضيف ملفًا، أو كل ملفات مجلد (دون مجلداته الفرعية)، إلى مخزن أدلة ({}) بوصفها مستندات جاهزة للاستخراج والمراجعة. تُحفظ بايتات كل ملف في المخزن دون أي تغيير بوصفها أصل المستند، مع بصمة SHA-256 ونوع الوسائط واسم الملف وحجمه، ومع مصدرها: عنوان URL للمصدر، ووقت التقاطها (ISO 8601، مثل 2026-12-07T14:30:00Z)، وعنوان URL لنسخة مؤرشفة (مثل رابط Wayback Machine). يُتعرَّف على الملف نفسه إذا أُضيف مرة أخرى من بصمة SHA-256 ولا يُحفظ مرتين. تُرفض الروابط الرمزية والأجهزة والأنابيب. الكل أو لا شيء: الملف الذي تتعذر قراءته يترك المخزن كما كان.</translation>
    </message>
        <message>
        <source>Source URL</source>
        <translation>عنوان URL للمصدر</translation>
    </message>
        <message>
        <source>Captured at (ISO 8601, UTC if no zone)</source>
        <translation>وقت الالتقاط (ISO 8601، بالتوقيت العالمي إن لم تُذكر منطقة زمنية)</translation>
    </message>
        <message>
        <source>Archived copy URL (e.g. Wayback Machine)</source>
        <translation>عنوان URL لنسخة مؤرشفة (مثل Wayback Machine)</translation>
    </message>
        <message>
        <source>Documents added</source>
        <translation>المستندات المضافة</translation>
    </message>
        <message>
        <source>Originals kept</source>
        <translation>الأصول المحفوظة</translation>
    </message>
        <message>
        <source>Files already in the store</source>
        <translation>ملفات موجودة في المخزن من قبل</translation>
    </message>
        <message>
        <source>{} documents added to {} from {} files; {} files were already there</source>
        <translation>أُضيف {} مستندًا إلى {} من {} ملفًا؛ وكان {} ملفًا موجودًا من قبل</translation>
    </message>
        <message>
        <source>Evidence store ({})</source>
        <translation>مخزن الأدلة ({})</translation>
    </message>
        <message>
        <source>{}: already in the store (SHA-256 {}), as {}; not added again</source>
        <translation>{}: موجود في المخزن من قبل (SHA-256 {})، بوصفه {}؛ لم يُضف مرة ثانية</translation>
    </message>
        <message>
        <source>an original no document uses</source>
        <translation>أصلًا لا يستخدمه أي مستند</translation>
    </message>
        <message>
        <source>{}: kept as original {}; documents {}</source>
        <translation>{}: حُفظ بوصفه الأصل {}؛ المستندات {}</translation>
    </message>
        <message>
        <source>Folder of source files, or one file&apos;s path</source>
        <translation>مجلد ملفات المصادر، أو مسار ملف واحد</translation>
    </message>
    </context>
    <context>
        <name>VerifyStore</name>
        <message>
        <source>Verify store (hash originals and texts again)</source>
        <translation>التحقق من المخزن (إعادة حساب بصمات الأصول والنصوص)</translation>
    </message>
        <message>
        <source>{}: {} mismatches among {} document texts and {} originals: each is named in the log</source>
        <translation>{}: {} حالة عدم تطابق بين {} نصًا من نصوص المستندات و{} أصلًا: كل منها مذكور في السجل</translation>
    </message>
        <message>
        <source>Hashes every original file and every document&apos;s text of an evidence store ({}) again and compares each with the SHA-256 the store keeps. Every mismatch is listed, naming the document; the algorithm fails when anything does not match. The store is only read.</source>
        <translation>يعيد حساب بصمة كل ملف أصلي ونص كل مستند في مخزن أدلة ({}) ويقارن كلًا منها ببصمة SHA-256 التي يحفظها المخزن. تُدرج كل حالة عدم تطابق مع ذكر المستند؛ وتفشل الخوارزمية إذا لم يتطابق أي شيء. يُقرأ المخزن فقط.</translation>
    </message>
        <message>
        <source>Document texts hashed</source>
        <translation>نصوص المستندات التي حُسبت بصماتها</translation>
    </message>
        <message>
        <source>Originals hashed</source>
        <translation>الأصول التي حُسبت بصماتها</translation>
    </message>
        <message>
        <source>Mismatches</source>
        <translation>حالات عدم التطابق</translation>
    </message>
        <message>
        <source>{}: {} document texts and {} originals hashed again; all match</source>
        <translation>{}: أُعيد حساب بصمات {} نصًا من نصوص المستندات و{} أصلًا؛ وكلها متطابقة</translation>
    </message>
        <message>
        <source>Evidence store ({})</source>
        <translation>مخزن الأدلة ({})</translation>
    </message>
        <message>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    </context>
    <context>
        <name>FeatureChoice</name>
        <message>
            <source>{store}: {layers} have edits not saved yet, and this output is made from the store as saved: save or roll back the edits first</source>
            <translation>{store}: في {layers} تعديلات لم تُحفظ بعد، وهذا الناتج يُصنع من المخزن كما هو محفوظ: احفظ التعديلات أو تراجع عنها أولاً</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Selected on the map</source>
            <translation>المحددة على الخريطة</translation>
        </message>
        <message>
            <source>Matching the expression</source>
            <translation>المطابقة للتعبير</translation>
        </message>
        <message>
            <source>Expression (for “Matching the expression”)</source>
            <translation>التعبير (لخيار «المطابقة للتعبير»)</translation>
        </message>
        <message>
            <source>{}: this store is not open in the project, so nothing is selected in it; open it, select features, or choose All or an expression</source>
            <translation>{}: هذا المخزن غير مفتوح في المشروع، فلا شيء محدد فيه؛ افتحه وحدد عناصر، أو اختر الكل أو تعبيرًا</translation>
        </message>
        <message>
            <source>{}: no feature of this store is selected on the map</source>
            <translation>{}: لا يوجد عنصر محدد على الخريطة من هذا المخزن</translation>
        </message>
        <message>
            <source>Give the expression that chooses the features</source>
            <translation>أعطِ التعبير الذي يختار العناصر</translation>
        </message>
    </context>
</TS>
