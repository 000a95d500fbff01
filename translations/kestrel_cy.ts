<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Kestrel::AccessRequestForm</name>
    <message>
        <source>New access request</source>
        <translation>Cais mynediad newydd</translation>
    </message>
    <message>
        <source>Reads older than 90 days need a supervisor&apos;s approval for a named case. Another supervisor decides; an approval lapses and covers only its scope.</source>
        <translation>Mae angen cymeradwyaeth goruchwyliwr ar gyfer achos penodol i weld darlleniadau sy&apos;n hŷn na 90 diwrnod. Goruchwyliwr arall sy&apos;n penderfynu; mae cymeradwyaeth yn dod i ben ac yn cwmpasu ei chwmpas yn unig.</translation>
    </message>
    <message>
        <source>12 months (serious, major or counter-terrorism)</source>
        <translation>12 mis (difrifol, mawr neu wrthderfysgaeth)</translation>
    </message>
    <message>
        <source>24 months (major or counter-terrorism)</source>
        <translation>24 mis (mawr neu wrthderfysgaeth)</translation>
    </message>
    <message>
        <source>Case or incident number (required)</source>
        <translation>Rhif achos neu ddigwyddiad (gofynnol)</translation>
    </message>
    <message>
        <source>Why the older data is necessary and proportionate for this case</source>
        <translation>Pam mae&apos;r data hŷn yn angenrheidiol ac yn gymesur ar gyfer yr achos hwn</translation>
    </message>
    <message>
        <source>e.g. AB12CDE, XY65ZZT (empty: any VRM in the time range)</source>
        <translation>e.e. AB12CDE, XY65ZZT (gwag: unrhyw VRM yn yr ystod amser)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Haen:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Diben:</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Cyfeirnod yr achos:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>C&amp;yfiawnhad:</translation>
    </message>
    <message>
        <source>&amp;VRMs:</source>
        <translation>&amp;VRMau:</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>Ystod amser:</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfon y cais</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>VRM &quot;%1&quot;: %2</source>
        <translation>VRM &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Gwrthodwyd: %1</translation>
    </message>
</context>
<context>
    <name>Kestrel::AccessRequestsDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>unrhyw bryd</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nawr</translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation>Ceisiadau mynediad</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Haen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Gofynnwyd</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>Cais &amp;newydd…</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Fy ngheisiadau</translation>
    </message>
    <message>
        <source>Pending requests. You cannot decide your own: another supervisor must.</source>
        <translation>Ceisiadau yn aros. Ni allwch benderfynu ar eich cais eich hun: rhaid i oruchwyliwr arall wneud hynny.</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Ceisydd</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Cyfiawnhad</translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation>Rheswm dros y penderfyniad (gofynnol)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Gwrthod</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Rheswm:</translation>
    </message>
    <message>
        <source>Approvals queue</source>
        <translation>Ciw cymeradwyo</translation>
    </message>
    <message>
        <source>Access requests are for investigators and supervisors.</source>
        <translation>Mae ceisiadau mynediad ar gyfer ymchwilwyr a goruchwylwyr.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Request %1 is pending: a supervisor other than you must approve it.</source>
        <translation>Mae cais %1 yn aros: rhaid i oruchwyliwr heblaw chi ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Select a request in the queue first.</source>
        <translation>Dewiswch gais yn y ciw yn gyntaf.</translation>
    </message>
    <message>
        <source>Request %1 not decided: %2</source>
        <translation>Ni phenderfynwyd ar gais %1: %2</translation>
    </message>
    <message>
        <source>Request %1 approved until %2.</source>
        <translation>Cymeradwywyd cais %1 tan %2.</translation>
    </message>
    <message>
        <source>Request %1 declined.</source>
        <translation>Gwrthodwyd cais %1.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Amser y penderfyniad</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Wedi&apos;u penderfynu</translation>
    </message>
    <message>
        <source>Approvals queue (%1)</source>
        <translation>Ciw cymeradwyo (%1)</translation>
    </message>
</context>
<context>
    <name>Kestrel::AddCameraDialog</name>
    <message>
        <source>Add camera</source>
        <translation>Ychwanegu camera</translation>
    </message>
    <message>
        <source>e.g. CAM-A64-NB</source>
        <translation>e.e. CAM-A64-NB</translation>
    </message>
    <message>
        <source>Shown to operators</source>
        <translation>Yn cael ei ddangos i weithredwyr</translation>
    </message>
    <message>
        <source>Restricted: not disclosed outside the force</source>
        <translation>Cyfyngedig: ni chaiff ei ddatgelu y tu allan i&apos;r heddlu</translation>
    </message>
    <message>
        <source>e.g. NB, towards city</source>
        <translation>e.e. NB, tua&apos;r ddinas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pori…</translation>
    </message>
    <message>
        <source>Play files at real-time speed</source>
        <translation>Chwarae ffeiliau ar gyflymder amser real</translation>
    </message>
    <message>
        <source>Loop files</source>
        <translation>Ailchwarae ffeiliau mewn dolen</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Dynodwr:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Cyfeiriad teithio:</translation>
    </message>
    <message>
        <source>Source &amp;kind:</source>
        <translation>&amp;Math o ffynhonnell:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>C&amp;yfeiriad y ffynhonnell:</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Cychwyn camera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>No camera source plugin is loaded: see Help → Plugins.</source>
        <translation>Nid oes ategyn ffynhonnell camera wedi&apos;i lwytho: gweler Cymorth → Ategion.</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Dewis ffeil fideo</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.mkv *.avi *.mov);;All files (*)</source>
        <translation>Ffeiliau fideo (*.mp4 *.mkv *.avi *.mov);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Enter an identifier for the camera.</source>
        <translation>Rhowch ddynodwr ar gyfer y camera.</translation>
    </message>
    <message>
        <source>Enter the address of the source.</source>
        <translation>Rhowch gyfeiriad y ffynhonnell.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: nid oes ffeil na ffolder o&apos;r fath.</translation>
    </message>
    <message>
        <source>The camera could not be started: %1</source>
        <translation>Nid oedd modd cychwyn y camera: %1</translation>
    </message>
    <message>
        <source>x,y,w,h; x,y,w,h — fractions of the frame, e.g. 0,0,0.45,0.06</source>
        <translation>x,y,w,h; x,y,w,h — ffracsiynau o&apos;r ffrâm, e.e. 0,0,0.45,0.06</translation>
    </message>
    <message>
        <source>Areas where nothing is read: burnt-in captions, timestamps, signs in view. Each zone is x,y,width,height as fractions (0 to 1) of the picture.</source>
        <translation>Ardaloedd lle na ddarllenir dim: capsiynau wedi&apos;u llosgi i mewn, stampiau amser, arwyddion yn y golwg. Mae pob parth yn x,y,lled,uchder fel ffracsiynau (0 i 1) o&apos;r llun.</translation>
    </message>
    <message>
        <source>&amp;Exclusion zones:</source>
        <translation>&amp;Parthau eithrio:</translation>
    </message>
    <message>
        <source>Exclusion zones: %1</source>
        <translation>Parthau eithrio: %1</translation>
    </message>
    <message>
        <source>Video file or folder of images</source>
        <translation>Ffeil fideo neu ffolder o ddelweddau</translation>
    </message>
    <message>
        <source>USB camera</source>
        <translation>Camera USB</translation>
    </message>
    <message>
        <source>Network stream (RTSP, HTTP) or video device</source>
        <translation>Ffrwd rhwydwaith (RTSP, HTTP) neu ddyfais fideo</translation>
    </message>
    <message>
        <source>Path of a video file or of a folder of images</source>
        <translation>Llwybr ffeil fideo neu ffolder o ddelweddau</translation>
    </message>
    <message>
        <source>Device id or name; empty for the default camera</source>
        <translation>ID neu enw&apos;r ddyfais; gwag ar gyfer y camera rhagosodedig</translation>
    </message>
    <message>
        <source>rtsp://…, http://… or /dev/video0</source>
        <translation>rtsp://…, http://… neu /dev/video0</translation>
    </message>
    <message>
        <source>Address of the source</source>
        <translation>Cyfeiriad y ffynhonnell</translation>
    </message>
</context>
<context>
    <name>Kestrel::AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Llwybr archwilio</translation>
    </message>
    <message>
        <source>Text in the details, e.g. a VRM or case reference</source>
        <translation>Testun yn y manylion, e.e. VRM neu gyfeirnod achos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Defnyddiwr:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Gweithred:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Amser (lleol)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Gwirio&apos;r gadwyn</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Allforio CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>The audit trail is for auditors and administrators.</source>
        <translation>Mae&apos;r llwybr archwilio ar gyfer archwilwyr a gweinyddwyr.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Unrhyw weithred</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 o %2 cofnod</translation>
    </message>
    <message>
        <source>✔ Chain intact: %1 entries checked.</source>
        <translation>✔ Mae&apos;r gadwyn yn gyfan: gwiriwyd %1 cofnod.</translation>
    </message>
    <message>
        <source>✖ Chain broken: %1</source>
        <translation>✖ Mae&apos;r gadwyn wedi torri: %1</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Allforio&apos;r llwybr archwilio</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>Allforiwyd %1 cofnod i %2.</translation>
    </message>
    <message>
        <source>Not exported: the audit trail could not be written (%1).</source>
        <translation>Heb ei allforio: nid oedd modd ysgrifennu at y llwybr archwilio (%1).</translation>
    </message>
    <message>
        <source>%1 local (%2 UTC)</source>
        <translation>%1 lleol (%2 UTC)</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>Rhif y cais</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Gwrthodwyd oherwydd</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Haen</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>Rhif cofrestru</translation>
    </message>
    <message>
        <source>VRMs</source>
        <translation>Rhifau cofrestru</translation>
    </message>
    <message>
        <source>Plate searched</source>
        <translation>Plât a chwiliwyd</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Hotlist entry</source>
        <translation>Cofnod rhestr boeth</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Rhestr</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Dangoswyd</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Darlleniad</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Trawiad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ychwanegwyd gan</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wedi&apos;i analluogi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Records vouched for</source>
        <translation>Cofnodion a warantwyd</translation>
    </message>
    <message>
        <source>Read batches vouched for</source>
        <translation>Sypiau darlleniadau a warantwyd</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Gosodiad</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Hen werth</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Gwerth newydd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Drwy</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Cais mynediad</translation>
    </message>
    <message>
        <source>Preservation hold</source>
        <translation>Daliad cadw</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 rhif %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Log-in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Log-in refused</source>
        <translation>Gwrthodwyd mewngofnodi</translation>
    </message>
    <message>
        <source>Log-out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Sgrin wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Sgrin wedi&apos;i datgloi</translation>
    </message>
    <message>
        <source>Screen unlock refused</source>
        <translation>Gwrthodwyd datgloi&apos;r sgrin</translation>
    </message>
    <message>
        <source>Search of reads</source>
        <translation>Chwilio darlleniadau</translation>
    </message>
    <message>
        <source>Convoy analysis</source>
        <translation>Dadansoddi confoi</translation>
    </message>
    <message>
        <source>Images viewed</source>
        <translation>Gwelwyd delweddau</translation>
    </message>
    <message>
        <source>Plate thumbnails viewed</source>
        <translation>Gwelwyd mân-luniau platiau</translation>
    </message>
    <message>
        <source>Recogniser errors viewed</source>
        <translation>Gwelwyd gwallau&apos;r adnabyddydd</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Methodd allforio</translation>
    </message>
    <message>
        <source>Access requested</source>
        <translation>Gofynnwyd am fynediad</translation>
    </message>
    <message>
        <source>Access approved</source>
        <translation>Cymeradwywyd mynediad</translation>
    </message>
    <message>
        <source>Access declined</source>
        <translation>Gwrthodwyd mynediad</translation>
    </message>
    <message>
        <source>Access requests listed</source>
        <translation>Rhestrwyd ceisiadau mynediad</translation>
    </message>
    <message>
        <source>Preservation hold placed</source>
        <translation>Gosodwyd daliad cadw</translation>
    </message>
    <message>
        <source>Preservation hold released</source>
        <translation>Rhyddhawyd daliad cadw</translation>
    </message>
    <message>
        <source>Preservation holds listed</source>
        <translation>Rhestrwyd daliadau cadw</translation>
    </message>
    <message>
        <source>Hit acknowledged</source>
        <translation>Cydnabuwyd trawiad</translation>
    </message>
    <message>
        <source>Hit acknowledgement failed</source>
        <translation>Methodd cydnabod trawiad</translation>
    </message>
    <message>
        <source>Hit escalated</source>
        <translation>Uwchgyfeiriwyd trawiad</translation>
    </message>
    <message>
        <source>Hotlist entry added</source>
        <translation>Ychwanegwyd cofnod rhestr boeth</translation>
    </message>
    <message>
        <source>Hotlist imported</source>
        <translation>Mewnforiwyd rhestr boeth</translation>
    </message>
    <message>
        <source>National hotlist imported</source>
        <translation>Mewnforiwyd rhestr boeth genedlaethol</translation>
    </message>
    <message>
        <source>Hotlist entry validated</source>
        <translation>Dilyswyd cofnod rhestr boeth</translation>
    </message>
    <message>
        <source>Hotlist entry withdrawn</source>
        <translation>Tynnwyd cofnod rhestr boeth yn ôl</translation>
    </message>
    <message>
        <source>Expired hotlist entries weeded</source>
        <translation>Chwynnwyd cofnodion rhestr boeth a ddaeth i ben</translation>
    </message>
    <message>
        <source>Hotlists listed</source>
        <translation>Rhestrwyd rhestrau poeth</translation>
    </message>
    <message>
        <source>Hotlist settings changed</source>
        <translation>Newidiwyd gosodiadau rhestrau poeth</translation>
    </message>
    <message>
        <source>Retrospective hits raised</source>
        <translation>Codwyd trawiadau ôl-weithredol</translation>
    </message>
    <message>
        <source>National feed key added</source>
        <translation>Ychwanegwyd allwedd ffrwd genedlaethol</translation>
    </message>
    <message>
        <source>National feed key removed</source>
        <translation>Tynnwyd allwedd ffrwd genedlaethol</translation>
    </message>
    <message>
        <source>National feed keys listed</source>
        <translation>Rhestrwyd allweddi ffrwd genedlaethol</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Ychwanegwyd defnyddiwr</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Analluogwyd defnyddiwr</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Galluogwyd defnyddiwr</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Datglowyd defnyddiwr</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Ailosodwyd cyfrinair</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Newidiwyd rolau</translation>
    </message>
    <message>
        <source>Users listed</source>
        <translation>Rhestrwyd defnyddwyr</translation>
    </message>
    <message>
        <source>Force setting changed</source>
        <translation>Newidiwyd gosodiad yr heddlu</translation>
    </message>
    <message>
        <source>Force settings listed</source>
        <translation>Rhestrwyd gosodiadau&apos;r heddlu</translation>
    </message>
    <message>
        <source>Retention run</source>
        <translation>Rhedwyd y cyfnod cadw</translation>
    </message>
    <message>
        <source>Released holds deleted</source>
        <translation>Dilëwyd daliadau a ryddhawyd</translation>
    </message>
    <message>
        <source>Reads imported</source>
        <translation>Mewnforiwyd darlleniadau</translation>
    </message>
    <message>
        <source>Reads stored</source>
        <translation>Cadwyd darlleniadau</translation>
    </message>
    <message>
        <source>Camera ingest</source>
        <translation>Derbyn o gamera</translation>
    </message>
    <message>
        <source>Camera added</source>
        <translation>Ychwanegwyd camera</translation>
    </message>
    <message>
        <source>Camera removed</source>
        <translation>Tynnwyd camera</translation>
    </message>
    <message>
        <source>Camera started</source>
        <translation>Cychwynnwyd camera</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Stopiwyd camera</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>Darllenwyd y llwybr archwilio</translation>
    </message>
    <message>
        <source>Audit trail keyed</source>
        <translation>Gosodwyd allwedd y llwybr archwilio</translation>
    </message>
    <message>
        <source>Select an entry to read its details.</source>
        <translation>Dewiswch gofnod i ddarllen ei fanylion.</translation>
    </message>
    <message>
        <source>Entry no.</source>
        <translation>Rhif y cofnod</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Amser (UTC)</translation>
    </message>
</context>
<context>
    <name>Kestrel::CameraTile</name>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Yn cysylltu</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>All-lein</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Yn cysylltu…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Dim llun</translation>
    </message>
</context>
<context>
    <name>Kestrel::ExclusionZones</name>
    <message>
        <source>zone %1 &quot;%2&quot; has %3 number(s); write four: x,y,w,h.</source>
        <translation>mae gan barth %1 &quot;%2&quot; %3 rhif; ysgrifennwch bedwar: x,y,w,h.</translation>
    </message>
    <message>
        <source>zone %1 &quot;%2&quot;: &quot;%3&quot; is not a number.</source>
        <translation>parth %1 &quot;%2&quot;: nid yw &quot;%3&quot; yn rhif.</translation>
    </message>
    <message>
        <source>zone %1 &quot;%2&quot;: %3 is outside 0 to 1 (fractions of the frame).</source>
        <translation>parth %1 &quot;%2&quot;: mae %3 y tu allan i 0 i 1 (ffracsiynau o&apos;r ffrâm).</translation>
    </message>
    <message>
        <source>zone %1 &quot;%2&quot;: width and height must be above 0.</source>
        <translation>parth %1 &quot;%2&quot;: rhaid i&apos;r lled a&apos;r uchder fod yn fwy na 0.</translation>
    </message>
    <message>
        <source>zone %1 &quot;%2&quot; runs outside the frame (x + w and y + h must be at most 1).</source>
        <translation>mae parth %1 &quot;%2&quot; yn mynd y tu allan i&apos;r ffrâm (rhaid i x + w ac y + h fod yn 1 ar y mwyaf).</translation>
    </message>
</context>
<context>
    <name>Kestrel::ForceSettingsDialog</name>
    <message>
        <source>Reads any role that needs them may see (days)</source>
        <translation>Darlleniadau y gall unrhyw rôl sydd eu hangen eu gweld (dyddiau)</translation>
    </message>
    <message>
        <source>Serious cases with approval, up to (days)</source>
        <translation>Achosion difrifol gyda chymeradwyaeth, hyd at (dyddiau)</translation>
    </message>
    <message>
        <source>An approval lasts (days)</source>
        <translation>Mae cymeradwyaeth yn para (dyddiau)</translation>
    </message>
    <message>
        <source>Reads are kept (days)</source>
        <translation>Cedwir darlleniadau (dyddiau)</translation>
    </message>
    <message>
        <source>Vehicle images are kept (days)</source>
        <translation>Cedwir delweddau cerbydau (dyddiau)</translation>
    </message>
    <message>
        <source>Force settings</source>
        <translation>Gosodiadau&apos;r heddlu</translation>
    </message>
    <message>
        <source>How long reads may be seen and kept. Major and counter-terrorism cases may see reads up to the retention period with a 24-month approval. Every change is recorded in the audit trail.</source>
        <translation>Am ba hyd y gellir gweld a chadw darlleniadau. Gall achosion mawr a gwrthderfysgaeth weld darlleniadau hyd at y cyfnod cadw gyda chymeradwyaeth 24 mis. Cofnodir pob newid yn y llwybr archwilio.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Saved %1 change(s); each is in the audit trail.</source>
        <translation>Cadwyd %1 newid; mae pob un yn y llwybr archwilio.</translation>
    </message>
    <message>
        <source>Operators search back (hours)</source>
        <translation>Mae gweithredwyr yn chwilio yn ôl (oriau)</translation>
    </message>
    <message>
        <source>A repeat sighting joins its waiting alert within (minutes)</source>
        <translation>Mae gweld eto yn ymuno â&apos;i rybudd sy&apos;n aros o fewn (munudau)</translation>
    </message>
    <message>
        <source>“%1” (%2) must be less than “%3” (%4).</source>
        <translation>Rhaid i “%1” (%2) fod yn llai na “%3” (%4).</translation>
    </message>
    <message>
        <source>“%1” (%2) cannot be more than “%3” (%4).</source>
        <translation>Ni all “%1” (%2) fod yn fwy na “%3” (%4).</translation>
    </message>
    <message>
        <source>kestrel-cli config: %1</source>
        <translation>kestrel-cli config: %1</translation>
    </message>
    <message>
        <source>&amp;Outcomes offered for a hit, in this order (tick to offer):</source>
        <translation>&amp;Canlyniadau a gynigir ar gyfer trawiad, yn y drefn hon (ticiwch i&apos;w cynnig):</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <source>Always offered: the recogniser&apos;s errors are collected from it.</source>
        <translation>Cynigir bob amser: caiff gwallau&apos;r adnabyddydd eu casglu ohono.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Heb ei gadw. %1</translation>
    </message>
</context>
<context>
    <name>Kestrel::Gui</name>
    <message>
        <source>Kestrel ANPR workstation</source>
        <translation>Gweithfan ANPR Kestrel</translation>
    </message>
    <message>
        <source>Run the embedded demo (demo users, demo hotlist, demo camera).</source>
        <translation>Rhedeg yr arddangosiad mewnol (defnyddwyr, rhestr boeth a chamera arddangos).</translation>
    </message>
    <message>
        <source>Keep data in &lt;dir&gt;.</source>
        <translation>Cadw data yn &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Interface language: en_GB or cy.</source>
        <translation>Iaith y rhyngwyneb: en_GB neu cy.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Log in as &lt;name&gt; without the dialog.</source>
        <translation>Mewngofnodi fel &lt;name&gt; heb y ffenestr ddeialog.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read the password for --user from environment variable &lt;var&gt;.</source>
        <translation>Darllen y cyfrinair ar gyfer --user o&apos;r newidyn amgylchedd &lt;var&gt;.</translation>
    </message>
    <message>
        <source>var</source>
        <translation>var</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt;.</source>
        <translation>Cadw llun o&apos;r brif ffenestr yn &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (taking the screenshot first).</source>
        <translation>Gadael ar ôl &lt;ms&gt; milieiliad (gan dynnu&apos;r sgrinlun yn gyntaf).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Load no plugins.</source>
        <translation>Peidio â llwytho unrhyw ategion.</translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Methu creu&apos;r ffolder data %1.</translation>
    </message>
    <message>
        <source>Kestrel cannot start</source>
        <translation>Ni all Kestrel gychwyn</translation>
    </message>
    <message>
        <source>The evidence store could not be opened:
%1</source>
        <translation>Nid oedd modd agor y storfa dystiolaeth:
%1</translation>
    </message>
    <message>
        <source>The demo users could not be created: %1</source>
        <translation>Nid oedd modd creu&apos;r defnyddwyr arddangos: %1</translation>
    </message>
    <message>
        <source>Demo A64 northbound</source>
        <translation>Arddangos: A64 tua&apos;r gogledd</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Safle arddangos</translation>
    </message>
    <message>
        <source>The demo video demo/demo.mp4 was not found.</source>
        <translation>Ni chafwyd hyd i&apos;r fideo arddangos demo/demo.mp4.</translation>
    </message>
    <message>
        <source>The demo camera could not be started: %1</source>
        <translation>Nid oedd modd cychwyn y camera arddangos: %1</translation>
    </message>
    <message>
        <source>Escalate a High hit left unacknowledged for &lt;s&gt; seconds (default: the saved setting, else 60).</source>
        <translation>Uwchgyfeirio trawiad Uchel sydd heb ei gydnabod ar ôl &lt;s&gt; eiliad (rhagosodiad: y gosodiad a gadwyd, neu 60).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>--escalate-after-s: &quot;%1&quot; is not a whole number of seconds above 0.</source>
        <translation>--escalate-after-s: nid yw &quot;%1&quot; yn nifer cyfan o eiliadau uwchlaw 0.</translation>
    </message>
    <message>
        <source>There is no Kestrel store at %1.
Create it and its first administrator with
kestrel-cli init --db %1 --admin NAME
or start Kestrel with --demo.</source>
        <translation>Nid oes storfa Kestrel yn %1.
Crëwch hi a’i gweinyddwr cyntaf gyda
kestrel-cli init --db %1 --admin ENW
neu dechreuwch Kestrel gyda --demo.</translation>
    </message>
</context>
<context>
    <name>Kestrel::HitAcknowledger</name>
    <message>
        <source>No evidence store is open.</source>
        <translation>Nid oes storfa dystiolaeth ar agor.</translation>
    </message>
    <message>
        <source>the audit trail could not be written, so the hit is not acknowledged (%1)</source>
        <translation>nid oedd modd ysgrifennu at y llwybr archwilio, felly nid yw’r trawiad wedi’i gydnabod (%1)</translation>
    </message>
</context>
<context>
    <name>Kestrel::HitAlertDialog</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mun %2 e</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 e</translation>
    </message>
    <message>
        <source>High priority hit</source>
        <translation>Trawiad blaenoriaeth uchel</translation>
    </message>
    <message>
        <source>%1 HIGH PRIORITY HIT</source>
        <translation>%1 TRAWIAD BLAENORIAETH UCHEL</translation>
    </message>
    <message>
        <source>⚠ ESCALATED</source>
        <translation>⚠ WEDI&apos;I UWCHGYFEIRIO</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>List / category</source>
        <translation>Rhestr / categori</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Cerbyd</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gwelwyd</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Blaenorol</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Nesaf ›</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nodyn (dewisol)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Cydnabod</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Canlyniad:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Darllenwyd %1</translation>
    </message>
    <message>
        <source>Read %1, listed as %2</source>
        <translation>Darllenwyd %1, wedi&apos;i restru fel %2</translation>
    </message>
    <message>
        <source>No plate image</source>
        <translation>Dim delwedd plât</translation>
    </message>
    <message>
        <source>No overview image</source>
        <translation>Dim delwedd trosolwg</translation>
    </message>
    <message>
        <source>⚠ Warning markers: %1</source>
        <translation>⚠ Marcwyr rhybudd: %1</translation>
    </message>
    <message>
        <source>No action prescribed: inform the supervisor.</source>
        <translation>Dim cam gweithredu penodedig: rhowch wybod i&apos;r goruchwyliwr.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>PAST SIGHTING: raised when the entry went live, the vehicle passed earlier.</source>
        <translation>GWELD YN Y GORFFENNOL: codwyd pan aeth y cofnod yn fyw, aeth y cerbyd heibio&apos;n gynharach.</translation>
    </message>
    <message>
        <source>COVERT: do not disclose to the vehicle&apos;s occupants or over open channels.</source>
        <translation>CUDD: peidiwch â datgelu i ddeiliaid y cerbyd nac ar sianeli agored.</translation>
    </message>
    <message>
        <source>Not acknowledged for %1</source>
        <translation>Heb ei gydnabod ers %1</translation>
    </message>
    <message>
        <source>Escalates in %1</source>
        <translation>Yn uwchgyfeirio ymhen %1</translation>
    </message>
    <message>
        <source>%1 (%2 more escalated)</source>
        <translation>%1 (%2 arall wedi&apos;u huwchgyfeirio)</translation>
    </message>
    <message>
        <source>Choose the outcome first.</source>
        <translation>Dewiswch y canlyniad yn gyntaf.</translation>
    </message>
    <message>
        <source>Recording the acknowledgement…</source>
        <translation>Yn cofnodi&apos;r gydnabyddiaeth…</translation>
    </message>
    <message>
        <source>Could not record the acknowledgement: %1</source>
        <translation>Nid oedd modd cofnodi&apos;r gydnabyddiaeth: %1</translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation>Gweliadau</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s):</source>
        <translation>
            <numerusform>Gwelwyd %n gwaith:</numerusform>
            <numerusform>Gwelwyd %n gwaith:</numerusform>
            <numerusform>Gwelwyd %n gwaith:</numerusform>
            <numerusform>Gwelwyd %n gwaith:</numerusform>
            <numerusform>Gwelwyd %n gwaith:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::HitsModel</name>
    <message>
        <source>= exact</source>
        <translation>= union</translation>
    </message>
    <message>
        <source>≈ equivalent — check the image</source>
        <translation>≈ cyfatebol — gwiriwch y ddelwedd</translation>
    </message>
    <message>
        <source>≈ %1 character(s) different — check the image</source>
        <translation>≈ %1 nod yn wahanol — gwiriwch y ddelwedd</translation>
    </message>
    <message>
        <source>≈ pattern %1 — check the image</source>
        <translation>≈ patrwm %1 — gwiriwch y ddelwedd</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Heb ei gydnabod eto</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>Wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Not located</source>
        <translation>Heb ei ganfod</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Dim camau</translation>
    </message>
    <message>
        <source>Misread</source>
        <translation>Camddarlleniad</translation>
    </message>
    <message>
        <source>Read %1, listed as %2</source>
        <translation>Darllenwyd %1, wedi&apos;i restru fel %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>● New</source>
        <translation>● Newydd</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>Rhif cofrestru</translation>
    </message>
    <message>
        <source>List / category</source>
        <translation>Rhestr / categori</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Cyfatebiaeth</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Stopped and spoken to</source>
        <translation>Stopiwyd a siaradwyd â nhw</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>Arestiwyd</translation>
    </message>
    <message>
        <source>Vehicle seized</source>
        <translation>Atafaelwyd y cerbyd</translation>
    </message>
    <message>
        <source>Not stopped: no resources</source>
        <translation>Heb ei stopio: dim adnoddau</translation>
    </message>
    <message>
        <source>Lost sight</source>
        <translation>Collwyd golwg arno</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dyblyg</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Dewiswch y canlyniad…</translation>
    </message>
    <message>
        <source>%1, acknowledged by %2 at %3</source>
        <translation>%1, cydnabuwyd gan %2 am %3</translation>
    </message>
</context>
<context>
    <name>Kestrel::HitsPanel</name>
    <message>
        <source>Hits</source>
        <translation>Trawiadau</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nodyn (dewisol)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Cydnabod</translation>
    </message>
    <message>
        <source>&lt;b&gt;Select a hit to see its evidence.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dewiswch drawiad i weld ei dystiolaeth.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No plate image</source>
        <translation>Dim delwedd plât</translation>
    </message>
    <message>
        <source>No overview image</source>
        <translation>Dim delwedd trosolwg</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1; color:%2; font-weight:bold;&quot;&gt;&amp;nbsp;%3 %4&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b style=&quot;font-size:13pt;&quot;&gt;%5&lt;/b&gt; &amp;nbsp; %6</source>
        <translation>&lt;span style=&quot;background:%1; color:%2; font-weight:bold;&quot;&gt;&amp;nbsp;%3 %4&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b style=&quot;font-size:13pt;&quot;&gt;%5&lt;/b&gt; &amp;nbsp; %6</translation>
    </message>
    <message>
        <source>Warning markers</source>
        <translation>Marcwyr rhybudd</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Rhestr</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Listed VRM</source>
        <translation>VRM ar y rhestr</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Cerbyd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gwelwyd</translation>
    </message>
    <message>
        <source>Read confidence</source>
        <translation>Hyder y darlleniad</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Cydnabuwyd</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 gan %2</translation>
    </message>
    <message>
        <source>Could not record the acknowledgement: %1</source>
        <translation>Nid oedd modd cofnodi&apos;r gydnabyddiaeth: %1</translation>
    </message>
    <message>
        <source>Acknowledged as &quot;%1&quot;.</source>
        <translation>Cydnabuwyd fel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recording the acknowledgement…</source>
        <translation>Yn cofnodi&apos;r gydnabyddiaeth…</translation>
    </message>
    <message>
        <source>Show hits of one priority</source>
        <translation>Dangos trawiadau un flaenoriaeth</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Pob blaenoriaeth</translation>
    </message>
    <message>
        <source>Show waiting or acknowledged hits</source>
        <translation>Dangos trawiadau sy&apos;n aros neu wedi&apos;u cydnabod</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Pob cyflwr</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Show hits from one camera</source>
        <translation>Dangos trawiadau o un camera</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Pob camera</translation>
    </message>
    <message>
        <source>Show hits of this shift or of the last 12 hours</source>
        <translation>Dangos trawiadau&apos;r shifft hon neu&apos;r 12 awr diwethaf</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>Y shifft hon</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Y 12 awr diwethaf</translation>
    </message>
    <message>
        <source>This shift: since %1 logged in</source>
        <translation>Y shifft hon: ers i %1 fewngofnodi</translation>
    </message>
    <message>
        <source>Next waiting</source>
        <translation>Nesaf sy&apos;n aros</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>Acknowledge the selected hit</source>
        <translation>Cydnabod y trawiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Next waiting hit</source>
        <translation>Trawiad nesaf sy&apos;n aros</translation>
    </message>
    <message>
        <source>No hit shown is waiting.</source>
        <translation>Nid oes trawiad a ddangosir yn aros.</translation>
    </message>
    <message>
        <source>Record the chosen outcome for the selected hit (%1)</source>
        <translation>Cofnodi&apos;r canlyniad a ddewiswyd ar gyfer y trawiad a ddewiswyd (%1)</translation>
    </message>
    <message>
        <source>Select the next hit still waiting for an outcome (%1)</source>
        <translation>Dewis y trawiad nesaf sy&apos;n dal i aros am ganlyniad (%1)</translation>
    </message>
    <message>
        <source>What was done about the hit: choose one before acknowledging</source>
        <translation>Beth a wnaed am y trawiad: dewiswch un cyn cydnabod</translation>
    </message>
    <message>
        <source>Choose the outcome (arrow keys), then %1 again.</source>
        <translation>Dewiswch y canlyniad (bysellau saeth), yna %1 eto.</translation>
    </message>
</context>
<context>
    <name>Kestrel::HotlistEntryForm</name>
    <message>
        <source>VRM</source>
        <translation>Rhif cofrestru</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Rhestr</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Prescribed action</source>
        <translation>Cam gweithredu penodedig</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Gwneuthuriad</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Warning markers</source>
        <translation>Marcwyr rhybudd</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Dyddiad dod i ben</translation>
    </message>
    <message>
        <source>Add a hotlist entry</source>
        <translation>Ychwanegu cofnod rhestr boeth</translation>
    </message>
    <message>
        <source>The entry waits for a second authorised person to validate it before it goes live. Fields marked * are required.</source>
        <translation>Mae&apos;r cofnod yn aros i ail berson awdurdodedig ei ddilysu cyn iddo fynd yn fyw. Mae&apos;r meysydd â * yn ofynnol.</translation>
    </message>
    <message>
        <source>e.g. AB12 CDE, or a pattern AB12C*</source>
        <translation>e.e. AB12 CDE, neu batrwm AB12C*</translation>
    </message>
    <message>
        <source>Choose a priority</source>
        <translation>Dewiswch flaenoriaeth</translation>
    </message>
    <message>
        <source>Why the vehicle is of interest</source>
        <translation>Pam mae gan yr heddlu ddiddordeb yn y cerbyd</translation>
    </message>
    <message>
        <source>What the operator or officer should do on a hit</source>
        <translation>Beth ddylai&apos;r gweithredwr neu&apos;r swyddog ei wneud ar drawiad</translation>
    </message>
    <message>
        <source>e.g. Stolen vehicle, Wanted person</source>
        <translation>e.e. Cerbyd wedi&apos;i ddwyn, Person ar herw</translation>
    </message>
    <message>
        <source>e.g. Firearms, Violent</source>
        <translation>e.e. Arfau tanio, Treisgar</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: no expiry</source>
        <translation>BBBB-MM-DD; gwag: dim dyddiad dod i ben</translation>
    </message>
    <message>
        <source>&amp;VRM *:</source>
        <translation>Rhif c&amp;ofrestru *:</translation>
    </message>
    <message>
        <source>&amp;List *:</source>
        <translation>&amp;Rhestr *:</translation>
    </message>
    <message>
        <source>&amp;Priority *:</source>
        <translation>&amp;Blaenoriaeth *:</translation>
    </message>
    <message>
        <source>&amp;Reason *:</source>
        <translation>Rh&amp;eswm *:</translation>
    </message>
    <message>
        <source>Prescribed &amp;action *:</source>
        <translation>C&amp;am gweithredu penodedig *:</translation>
    </message>
    <message>
        <source>&amp;Category *:</source>
        <translation>&amp;Categori *:</translation>
    </message>
    <message>
        <source>&amp;Source *:</source>
        <translation>&amp;Ffynhonnell *:</translation>
    </message>
    <message>
        <source>Vehicle (make, model, colour):</source>
        <translation>Cerbyd (gwneuthuriad, model, lliw):</translation>
    </message>
    <message>
        <source>&amp;Warning markers:</source>
        <translation>&amp;Marcwyr rhybudd:</translation>
    </message>
    <message>
        <source>&amp;Expiry date:</source>
        <translation>&amp;Dyddiad dod i ben:</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ychwanegu cofnod</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>required</source>
        <translation>gofynnol</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Heb ei ychwanegu: %1</translation>
    </message>
    <message>
        <source>Not added: %1: %2</source>
        <translation>Heb ei ychwanegu: %1: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::HotlistManager</name>
    <message>
        <source>Hotlists</source>
        <translation>Rhestrau poeth</translation>
    </message>
    <message>
        <source>VRM, part of one, or a pattern: AB1?C*</source>
        <translation>VRM, rhan o un, neu batrwm: AB1?C*</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Chwilio:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>Rhif cofrestru</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Rhestr</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ychwanegwyd gan</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Dilyswyd gan</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Dilysu</translation>
    </message>
    <message>
        <source>A second authorised person confirms a pending entry; it then goes live.</source>
        <translation>Mae ail berson awdurdodedig yn cadarnhau cofnod sy&apos;n aros; yna mae&apos;n mynd yn fyw.</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>Weed &amp;expired</source>
        <translation>Chwynnu&apos;r rhai sydd wedi dod i &amp;ben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>%1 (covert)</source>
        <translation>%1 (cudd)</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Dim dyddiad dod i ben</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 o %2 cofnod</translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>Dewiswch gofnod i&apos;w weld yn llawn.</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Cam gweithredu: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>dim wedi&apos;i roi</translation>
    </message>
    <message>
        <source>⚠ Warning markers: %1</source>
        <translation>⚠ Marcwyr rhybudd: %1</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>Cerbyd: %1</translation>
    </message>
    <message>
        <source>Reference: %1 · Grading: %2</source>
        <translation>Cyfeirnod: %1 · Graddio: %2</translation>
    </message>
    <message>
        <source>Live since %1</source>
        <translation>Yn fyw ers %1</translation>
    </message>
    <message>
        <source>The past reads could not be checked: %1</source>
        <translation>Nid oedd modd gwirio&apos;r darlleniadau blaenorol: %1</translation>
    </message>
    <message>
        <source>Import a hotlist</source>
        <translation>Mewnforio rhestr boeth</translation>
    </message>
    <message>
        <source>Hotlists (%1);;All files (*)</source>
        <translation>Rhestrau poeth (%1);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>no importer reads files like this</source>
        <translation>nid oes mewnforiwr yn darllen ffeiliau fel hyn</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Ni fewnforiwyd dim: %1</translation>
    </message>
    <message>
        <source>%1: %2 imported (%3 live, %4 waiting for validation), %5 line(s) rejected, %6 retrospective hit(s).</source>
        <translation>%1: mewnforiwyd %2 (%3 yn fyw, %4 yn aros i gael eu dilysu), gwrthodwyd %5 llinell, %6 trawiad ôl-weithredol.</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>Mewnforio wedi&apos;i gwblhau.</translation>
    </message>
    <message>
        <source>Import complete; the rejected lines are listed below.</source>
        <translation>Mewnforio wedi&apos;i gwblhau; mae&apos;r llinellau a wrthodwyd wedi&apos;u rhestru isod.</translation>
    </message>
    <message>
        <source>Not validated: %1</source>
        <translation>Heb ei ddilysu: %1</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is live; %3 retrospective hit(s).</source>
        <translation>Mae cofnod %1 (%2) yn fyw; %3 trawiad ôl-weithredol.</translation>
    </message>
    <message>
        <source>Withdraw entry %1</source>
        <translation>Tynnu cofnod %1 yn ôl</translation>
    </message>
    <message>
        <source>Why is this entry withdrawn? (recorded in the audit trail)</source>
        <translation>Pam mae&apos;r cofnod hwn yn cael ei dynnu&apos;n ôl? (caiff ei gofnodi yn y llwybr archwilio)</translation>
    </message>
    <message>
        <source>Give a reason to withdraw an entry.</source>
        <translation>Rhowch reswm dros dynnu cofnod yn ôl.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Heb ei dynnu&apos;n ôl: %1</translation>
    </message>
    <message>
        <source>Entry %1 withdrawn: it no longer matches.</source>
        <translation>Tynnwyd cofnod %1 yn ôl: nid yw&apos;n cyfateb mwyach.</translation>
    </message>
    <message>
        <source>Weeding failed: %1</source>
        <translation>Methodd y chwynnu: %1</translation>
    </message>
    <message>
        <source>%1 expired entr(y/ies) stopped matching; %2 without hits deleted.</source>
        <translation>Mae %1 cofnod sydd wedi dod i ben wedi peidio â chyfateb; dilëwyd %2 heb drawiadau.</translation>
    </message>
    <message>
        <source>The hotlists could not be listed: %1</source>
        <translation>Nid oedd modd rhestru’r rhestrau poeth: %1</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>Ychwanegu &amp;cofnod…</translation>
    </message>
    <message>
        <source>Type one entry by hand; a second authorised person validates it.</source>
        <translation>Teipio un cofnod â llaw; mae ail berson awdurdodedig yn ei ddilysu.</translation>
    </message>
    <message>
        <source>Entry %1 added: it is pending until another authorised person validates it.</source>
        <translation>Ychwanegwyd cofnod %1: mae&apos;n aros nes i berson awdurdodedig arall ei ddilysu.</translation>
    </message>
</context>
<context>
    <name>Kestrel::LoginDialog</name>
    <message>
        <source>Kestrel — log in</source>
        <translation>Kestrel — mewngofnodi</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:14pt;&quot;&gt;Kestrel ANPR&lt;/b&gt;&lt;br&gt;Log in with your own account. Every action is recorded.</source>
        <translation>&lt;b style=&quot;font-size:14pt;&quot;&gt;Kestrel ANPR&lt;/b&gt;&lt;br&gt;Mewngofnodwch gyda&apos;ch cyfrif eich hun. Caiff pob gweithred ei chofnodi.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>This database has no users. A store and its first administrator are made with
kestrel-cli init --db PATH --admin NAME
(%1 is not one), or start Kestrel with --demo to try it with demo accounts.</source>
        <translation>Nid oes gan y gronfa ddata hon unrhyw ddefnyddwyr. Gwneir storfa a&apos;i gweinyddwr cyntaf gyda
kestrel-cli init --db PATH --admin NAME
(nid yw %1 yn un), neu cychwynnwch Kestrel gyda --demo i roi cynnig arni gyda chyfrifon arddangos.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Rhowch eich enw defnyddiwr.</translation>
    </message>
    <message>
        <source>Log-in refused: unknown user or wrong password, or the account is locked or disabled: ask an administrator.</source>
        <translation>Gwrthodwyd mewngofnodi: defnyddiwr anhysbys neu gyfrinair anghywir, neu mae’r cyfrif wedi’i gloi neu wedi’i analluogi: gofynnwch i weinyddwr.</translation>
    </message>
    <message>
        <source>Log-in failed: %1</source>
        <translation>Methodd mewngofnodi: %1</translation>
    </message>
</context>
<context>
    <name>Kestrel::MainWindow</name>
    <message>
        <source>Kestrel — %1</source>
        <translation>Kestrel — %1</translation>
    </message>
    <message>
        <source>No cameras are running. Use File → Add camera… to start one.</source>
        <translation>Nid oes camerâu&apos;n rhedeg. Defnyddiwch Ffeil → Ychwanegu camera… i gychwyn un.</translation>
    </message>
    <message>
        <source>Live reads</source>
        <translation>Darlleniadau byw</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Wedi mewngofnodi: %1</translation>
    </message>
    <message>
        <source>Store problem: %1</source>
        <translation>Problem gyda&apos;r storfa: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Add camera…</source>
        <translation>&amp;Ychwanegu camera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation>&amp;Ategion…</translation>
    </message>
    <message>
        <source>&amp;About Kestrel</source>
        <translation>&amp;Ynghylch Kestrel</translation>
    </message>
    <message>
        <source>Cameras: %1/%2 online</source>
        <translation>Camerâu: %1/%2 ar-lein</translation>
    </message>
    <message>
        <source>Reads: %1/min</source>
        <translation>Darlleniadau: %1/mun</translation>
    </message>
    <message>
        <source>Hits to acknowledge: %1 (%2 %3 High)</source>
        <translation>Trawiadau i&apos;w cydnabod: %1 (%2 %3 Uchel)</translation>
    </message>
    <message>
        <source>Hits to acknowledge: %1</source>
        <translation>Trawiadau i&apos;w cydnabod: %1</translation>
    </message>
    <message>
        <source>Store: %1, %2 reads</source>
        <translation>Storfa: %1, %2 darlleniad</translation>
    </message>
    <message>
        <source>About Kestrel</source>
        <translation>Ynghylch Kestrel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kestrel %1&lt;/b&gt;&lt;br&gt;Number plate recognition workstation for control rooms.&lt;br&gt;&lt;br&gt;Plate text is never acted on without viewing the image.</source>
        <translation>&lt;b&gt;Kestrel %1&lt;/b&gt;&lt;br&gt;Gweithfan adnabod platiau rhif ar gyfer ystafelloedd rheoli.&lt;br&gt;&lt;br&gt;Ni weithredir ar destun plât heb edrych ar y ddelwedd.</translation>
    </message>
    <message>
        <source>&amp;Recogniser errors…</source>
        <translation>&amp;Gwallau&apos;r adnabyddydd…</translation>
    </message>
    <message>
        <source>⚠ ESCALATED: %1 High hit(s) not acknowledged</source>
        <translation>⚠ WEDI&apos;U HUWCHGYFEIRIO: %1 trawiad Uchel heb eu cydnabod</translation>
    </message>
    <message>
        <source>Camera %1 could not be started: %2</source>
        <translation>Nid oedd modd cychwyn camera %1: %2</translation>
    </message>
    <message>
        <source>Stopped by %1</source>
        <translation>Wedi&apos;i stopio gan %1</translation>
    </message>
    <message>
        <source>Remove camera</source>
        <translation>Tynnu camera</translation>
    </message>
    <message>
        <source>Remove camera %1 from this workstation? It stops now and is not started again. Its reads and images stay in the evidence store.</source>
        <translation>Tynnu camera %1 o&apos;r weithfan hon? Mae&apos;n stopio nawr ac ni chaiff ei gychwyn eto. Mae ei ddarlleniadau a&apos;i ddelweddau&apos;n aros yn y storfa dystiolaeth.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Cychwyn</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>Hot&amp;lists</source>
        <translation>Rhestrau &amp;poeth</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Rheoli…</translation>
    </message>
    <message>
        <source>&amp;Investigate</source>
        <translation>&amp;Ymchwilio</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Chwilio…</translation>
    </message>
    <message>
        <source>&amp;Access requests…</source>
        <translation>Ceisiadau &amp;mynediad…</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Archwilio</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Llwybr archwilio…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Cloi&apos;r sgrin</translation>
    </message>
    <message>
        <source>Retention did not run: %1</source>
        <translation>Ni redodd y cyfnod cadw: %1</translation>
    </message>
    <message>
        <source>Housekeeping: expired hotlist entries weeded: %1; reads past retention deleted: %2; older reads whose images were deleted: %3.</source>
        <translation>Cadw tŷ: cofnodion rhestr boeth wedi dod i ben a chwynnwyd: %1; darlleniadau y tu hwnt i&apos;r cyfnod cadw a ddilëwyd: %2; darlleniadau hŷn y dilëwyd eu delweddau: %3.</translation>
    </message>
    <message>
        <source>The audit anchor could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu angor yr archwiliad i %1: %2</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Gwei&amp;nyddu</translation>
    </message>
    <message>
        <source>&amp;Force settings…</source>
        <translation>&amp;Gosodiadau&apos;r heddlu…</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Ni chaniateir: %1</translation>
    </message>
    <message>
        <source>The audit trail could not record %1 of camera %2: %3</source>
        <translation>Nid oedd modd i’r llwybr archwilio gofnodi %1 camera %2: %3</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Di&amp;ystyru</translation>
    </message>
    <message>
        <source>Open the approvals queue</source>
        <translation>Agor y ciw cymeradwyo</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Trosglwyddo&apos;r shifft…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Defnyddwyr…</translation>
    </message>
    <message numerus="yes">
        <source>Past sightings: %n hit(s) on earlier reads, raised when a hotlist entry went live. They wait in the hits panel, newest first.</source>
        <translation>
            <numerusform>Gweld yn y gorffennol: %n trawiad ar ddarlleniadau cynharach, a godwyd pan aeth cofnod rhestr boeth yn fyw. Maen nhw&apos;n aros yn y panel trawiadau, y mwyaf diweddar yn gyntaf.</numerusform>
            <numerusform>Gweld yn y gorffennol: %n trawiad ar ddarlleniad cynharach, a godwyd pan aeth cofnod rhestr boeth yn fyw. Mae&apos;n aros yn y panel trawiadau.</numerusform>
            <numerusform>Gweld yn y gorffennol: %n trawiad ar ddarlleniadau cynharach, a godwyd pan aeth cofnod rhestr boeth yn fyw. Maen nhw&apos;n aros yn y panel trawiadau, y mwyaf diweddar yn gyntaf.</numerusform>
            <numerusform>Gweld yn y gorffennol: %n trawiad ar ddarlleniadau cynharach, a godwyd pan aeth cofnod rhestr boeth yn fyw. Maen nhw&apos;n aros yn y panel trawiadau, y mwyaf diweddar yn gyntaf.</numerusform>
            <numerusform>Gweld yn y gorffennol: %n trawiad ar ddarlleniadau cynharach, a godwyd pan aeth cofnod rhestr boeth yn fyw. Maen nhw&apos;n aros yn y panel trawiadau, y mwyaf diweddar yn gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 High hit: %2 (%3) at %4, %5. The operators have the alert; it is in the hits panel.</source>
        <translation>%1 Trawiad Uchel: %2 (%3) wrth %4, %5. Mae&apos;r rhybudd gan y gweithredwyr; mae yn y panel trawiadau.</translation>
    </message>
    <message>
        <source>Access requests waiting: %1</source>
        <translation>Ceisiadau mynediad yn aros: %1</translation>
    </message>
    <message>
        <source>Live monitoring</source>
        <translation>Monitro byw</translation>
    </message>
    <message>
        <source>Open &amp;detail</source>
        <translation>Agor y &amp;manylion</translation>
    </message>
    <message>
        <source>&amp;Copy VRM</source>
        <translation>&amp;Copïo&apos;r VRM</translation>
    </message>
    <message>
        <source>&amp;Search this VRM…</source>
        <translation>C&amp;hwilio am y VRM hwn…</translation>
    </message>
    <message>
        <source>Live reads and hits are shown to operators and supervisors. Your work:</source>
        <translation>Dangosir darlleniadau byw a thrawiadau i weithredwyr a goruchwylwyr. Eich gwaith:</translation>
    </message>
    <message>
        <source>Search reads…</source>
        <translation>Chwilio darlleniadau…</translation>
    </message>
    <message>
        <source>Access requests…</source>
        <translation>Ceisiadau mynediad…</translation>
    </message>
    <message>
        <source>Hotlists…</source>
        <translation>Rhestrau poeth…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Llwybr archwilio…</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Defnyddwyr…</translation>
    </message>
    <message>
        <source>Force settings…</source>
        <translation>Gosodiadau&apos;r heddlu…</translation>
    </message>
</context>
<context>
    <name>Kestrel::PastSightingsDialog</name>
    <message>
        <source>Past sightings</source>
        <translation>Gweld yn y gorffennol</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier read(s) match the entries that went live (%1). The vehicle was seen before the entry was live: the newest sighting is first. Operators have these in their hits panel too; they are not alerts.</source>
        <translation>
            <numerusform>Mae %n darlleniad cynharach yn cyfateb i&apos;r cofnodion a aeth yn fyw (%1). Gwelwyd y cerbyd cyn i&apos;r cofnod fynd yn fyw: mae&apos;r gweld diweddaraf yn gyntaf. Mae&apos;r rhain gan weithredwyr yn eu panel trawiadau hefyd; nid rhybuddion ydyn nhw.</numerusform>
            <numerusform>Mae %n darlleniad cynharach yn cyfateb i&apos;r cofnodion a aeth yn fyw (%1). Gwelwyd y cerbyd cyn i&apos;r cofnod fynd yn fyw. Mae hwn gan weithredwyr yn eu panel trawiadau hefyd; nid rhybudd yw hwn.</numerusform>
            <numerusform>Mae %n darlleniad cynharach yn cyfateb i&apos;r cofnodion a aeth yn fyw (%1). Gwelwyd y cerbyd cyn i&apos;r cofnod fynd yn fyw: mae&apos;r gweld diweddaraf yn gyntaf. Mae&apos;r rhain gan weithredwyr yn eu panel trawiadau hefyd; nid rhybuddion ydyn nhw.</numerusform>
            <numerusform>Mae %n darlleniad cynharach yn cyfateb i&apos;r cofnodion a aeth yn fyw (%1). Gwelwyd y cerbyd cyn i&apos;r cofnod fynd yn fyw: mae&apos;r gweld diweddaraf yn gyntaf. Mae&apos;r rhain gan weithredwyr yn eu panel trawiadau hefyd; nid rhybuddion ydyn nhw.</numerusform>
            <numerusform>Mae %n darlleniad cynharach yn cyfateb i&apos;r cofnodion a aeth yn fyw (%1). Gwelwyd y cerbyd cyn i&apos;r cofnod fynd yn fyw: mae&apos;r gweld diweddaraf yn gyntaf. Mae&apos;r rhain gan weithredwyr yn eu panel trawiadau hefyd; nid rhybuddion ydyn nhw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>Ategion</translation>
    </message>
    <message>
        <source>No plugins were found.</source>
        <translation>Ni chafwyd hyd i unrhyw ategion.</translation>
    </message>
    <message>
        <source>%1 plugin file(s) found.</source>
        <translation>Cafwyd hyd i %1 ffeil ategyn.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Dynodwr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Wedi llwytho</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>✔ Yes</source>
        <translation>✔ Do</translation>
    </message>
    <message>
        <source>✖ No</source>
        <translation>✖ Naddo</translation>
    </message>
</context>
<context>
    <name>Kestrel::ReadDetailDialog</name>
    <message>
        <source>Read %1</source>
        <translation>Darllenwyd %1</translation>
    </message>
    <message>
        <source>plate image</source>
        <translation>delwedd y plât</translation>
    </message>
    <message>
        <source>overview image</source>
        <translation>delwedd trosolwg</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Seen (local):</source>
        <translation>Gwelwyd (lleol):</translation>
    </message>
    <message>
        <source>Seen (UTC):</source>
        <translation>Gwelwyd (UTC):</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Hyder:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Recogniser read:</source>
        <translation>Darllenodd yr adnabyddydd:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lleoliad:</translation>
    </message>
    <message>
        <source>Plate image SHA-256 %1
Overview SHA-256 %2</source>
        <translation>SHA-256 delwedd y plât %1
SHA-256 y trosolwg %2</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Tystiolaeth:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Achos:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>⚠ Integrity warning: %1 The file no longer matches the hash recorded at capture; it is not shown and must not be relied on. Report this to the system administrator.</source>
        <translation>⚠ Rhybudd cywirdeb: %1 Nid yw&apos;r ffeil yn cyfateb mwyach i&apos;r stwnsh a gofnodwyd wrth ei chipio; nid yw&apos;n cael ei dangos ac ni ddylid dibynnu arni. Rhowch wybod i weinyddwr y system.</translation>
    </message>
    <message>
        <source>The %1 failed its check (%2).</source>
        <translation>Methodd %1 ei gwiriad (%2).</translation>
    </message>
    <message>
        <source>The %1 could not be read (%2).</source>
        <translation>Nid oedd modd darllen %1 (%2).</translation>
    </message>
    <message>
        <source>No plate image</source>
        <translation>Dim delwedd plât</translation>
    </message>
    <message>
        <source>No overview image</source>
        <translation>Dim delwedd trosolwg</translation>
    </message>
    <message>
        <source>&amp;Preserve for this case…</source>
        <translation>&amp;Cadw ar gyfer yr achos hwn…</translation>
    </message>
    <message>
        <source>Keep this read and its images past the retention period until a supervisor releases it</source>
        <translation>Cadw&apos;r darlleniad hwn a&apos;i ddelweddau y tu hwnt i&apos;r cyfnod cadw nes i oruchwyliwr ei ryddhau</translation>
    </message>
    <message>
        <source>Preserve read</source>
        <translation>Cadw darlleniad</translation>
    </message>
    <message>
        <source>Why must this read be kept for case %1?</source>
        <translation>Pam mae&apos;n rhaid cadw&apos;r darlleniad hwn ar gyfer achos %1?</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Cyfnod cadw:</translation>
    </message>
    <message>
        <source>Held for %1 by %2 since %3</source>
        <translation>Yn cael ei gadw ar gyfer %1 gan %2 ers %3</translation>
    </message>
    <message>
        <source>Deleted when the retention period ends</source>
        <translation>Caiff ei ddileu pan ddaw&apos;r cyfnod cadw i ben</translation>
    </message>
    <message>
        <source>Not preserved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Also possible:</source>
        <translation>Darlleniadau posibl eraill:</translation>
    </message>
    <message>
        <source>⚠ The images are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1). Report this to the system administrator.</source>
        <translation>⚠ Nid yw’r delweddau yn cael eu dangos: rhaid cofnodi eu gweld yn y llwybr archwilio, ac nid oedd modd ysgrifennu at y llwybr archwilio (%1). Rhowch wybod i weinyddwr y system.</translation>
    </message>
    <message>
        <source>Not shown: not audited</source>
        <translation>Heb ei ddangos: heb ei archwilio</translation>
    </message>
    <message>
        <source>Not shown: the audit trail could not be written</source>
        <translation>Heb ei ddangos: nid oedd modd ysgrifennu at y llwybr archwilio</translation>
    </message>
</context>
<context>
    <name>Kestrel::ReadsModel</name>
    <message>
        <source>Plate patch of %1</source>
        <translation>Delwedd plât %1</translation>
    </message>
    <message>
        <source>Recogniser read &quot;%1&quot;, repaired to %2</source>
        <translation>Darllenodd yr adnabyddydd &quot;%1&quot;, wedi&apos;i gywiro i %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plât</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>Rhif cofrestru</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>This read raised a %1 hit: see the hits panel</source>
        <translation>Cododd y darlleniad hwn drawiad %1: gweler y panel trawiadau</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Trawiad</translation>
    </message>
</context>
<context>
    <name>Kestrel::RecogniserErrorsDialog</name>
    <message>
        <source>Recogniser errors</source>
        <translation>Gwallau&apos;r adnabyddydd</translation>
    </message>
    <message>
        <source>Hits that operators acknowledged as misread: the recogniser read the plate wrongly and it matched a hotlist entry. Review them to retrain or tune the recogniser.</source>
        <translation>Trawiadau a gydnabuwyd gan weithredwyr fel camddarlleniad: darllenodd yr adnabyddydd y plât yn anghywir a chyfatebodd i gofnod ar restr boeth. Adolygwch nhw i ailhyfforddi neu fireinio&apos;r adnabyddydd.</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Cydnabuwyd</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Darllenwyd fel</translation>
    </message>
    <message>
        <source>Hotlist VRM</source>
        <translation>VRM y rhestr boeth</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Cyfatebiaeth</translation>
    </message>
    <message>
        <source>Plate image</source>
        <translation>Delwedd plât</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Seen %1</source>
        <translation>Gwelwyd %1</translation>
    </message>
    <message>
        <source>Recogniser produced &quot;%1&quot;</source>
        <translation>Cynhyrchodd yr adnabyddydd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No plate image</source>
        <translation>Dim delwedd plât</translation>
    </message>
    <message>
        <source>Plate patch of %1</source>
        <translation>Delwedd plât %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No hit has been acknowledged as a misread.</source>
        <translation>Nid oes trawiad wedi&apos;i gydnabod fel camddarlleniad.</translation>
    </message>
    <message>
        <source>Misreads: %1</source>
        <translation>Camddarlleniadau: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>No overview image</source>
        <translation>Dim delwedd trosolwg</translation>
    </message>
    <message>
        <source>The misread hits are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1).</source>
        <translation>Nid yw’r trawiadau a gamddarllenwyd yn cael eu dangos: rhaid cofnodi eu gweld yn y llwybr archwilio, ac nid oedd modd ysgrifennu at y llwybr archwilio (%1).</translation>
    </message>
</context>
<context>
    <name>Kestrel::SearchWindow</name>
    <message>
        <source>Search reads — %1</source>
        <translation>Chwilio darlleniadau — %1</translation>
    </message>
    <message>
        <source>Purpose of the search</source>
        <translation>Diben y chwiliad</translation>
    </message>
    <message>
        <source>Required: case or incident number</source>
        <translation>Gofynnol: rhif achos neu ddigwyddiad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Diben:</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Cyfeirnod yr achos:</translation>
    </message>
    <message>
        <source>Times are local (%1); unticked means no limit.</source>
        <translation>Amseroedd lleol (%1); heb dic yn golygu dim terfyn.</translation>
    </message>
    <message>
        <source>e.g. AB12CDE, AB1?C*  (? one character, * any run)</source>
        <translation>e.e. AB12CDE, AB1?C*  (? un nod, * unrhyw rediad)</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Pob camera</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation>Plât:</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Request access…</source>
        <translation>Gofyn am fynediad…</translation>
    </message>
    <message>
        <source>Plate image</source>
        <translation>Delwedd plât</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>Rhif cofrestru</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Amser (lleol)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Darlleniadau</translation>
    </message>
    <message>
        <source>Target VRM</source>
        <translation>VRM targed</translation>
    </message>
    <message>
        <source> s</source>
        <translation> e</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Dadansoddi</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Targed:</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>O fewn:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>O leiaf:</translation>
    </message>
    <message>
        <source>times</source>
        <translation>gwaith</translation>
    </message>
    <message>
        <source>Times together</source>
        <translation>Nifer o weithiau gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Gwelwyd gyntaf</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Gwelwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Usually seen at</source>
        <translation>Gwelir fel arfer yn</translation>
    </message>
    <message>
        <source>Vehicles seen at the same camera within the window of the target, at least the given number of times, in the time range above.</source>
        <translation>Cerbydau a welwyd wrth yr un camera o fewn ffenestr y targed, o leiaf y nifer a roddwyd o weithiau, yn yr ystod amser uchod.</translation>
    </message>
    <message>
        <source>Convoy</source>
        <translation>Confoi</translation>
    </message>
    <message>
        <source>Every search is recorded with its purpose and case reference.</source>
        <translation>Caiff pob chwiliad ei gofnodi gyda&apos;i ddiben a chyfeirnod yr achos.</translation>
    </message>
    <message>
        <source>Enter the case reference: every search states one, and it is recorded.</source>
        <translation>Rhowch gyfeirnod yr achos: mae pob chwiliad yn nodi un, ac fe&apos;i cofnodir.</translation>
    </message>
    <message>
        <source>Search refused: %1</source>
        <translation>Gwrthodwyd y chwiliad: %1</translation>
    </message>
    <message>
        <source>Search not run: %1</source>
        <translation>Ni redwyd y chwiliad: %1</translation>
    </message>
    <message>
        <source>%1 read(s) shown; more matched: narrow the search.</source>
        <translation>Dangosir %1 darlleniad; roedd mwy yn cyfateb: culhewch y chwiliad.</translation>
    </message>
    <message>
        <source>%1 read(s). Double-click a read to see its images.</source>
        <translation>%1 darlleniad. Cliciwch ddwywaith ar ddarlleniad i weld ei ddelweddau.</translation>
    </message>
    <message>
        <source>⚠ image check failed</source>
        <translation>⚠ methodd gwiriad y ddelwedd</translation>
    </message>
    <message>
        <source>The image could not be decoded.</source>
        <translation>Nid oedd modd datgodio&apos;r ddelwedd.</translation>
    </message>
    <message>
        <source>UTC %1</source>
        <translation>UTC %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Request %1 sent: a supervisor other than you must approve it.</source>
        <translation>Anfonwyd cais %1: rhaid i oruchwyliwr heblaw chi ei gymeradwyo.</translation>
    </message>
    <message>
        <source>%1 pass(es) of the target; %2 vehicle(s) travelling with it.</source>
        <translation>%1 pasiad gan y targed; %2 cerbyd yn teithio gydag ef.</translation>
    </message>
    <message>
        <source>Not shown: not audited</source>
        <translation>Heb ei ddangos: heb ei archwilio</translation>
    </message>
    <message>
        <source>The plate images are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1).</source>
        <translation>Nid yw delweddau’r platiau yn cael eu dangos: rhaid cofnodi eu gweld yn y llwybr archwilio, ac nid oedd modd ysgrifennu at y llwybr archwilio (%1).</translation>
    </message>
    <message>
        <source>Reads captured before %1 are not shown to you for this purpose and case.</source>
        <translation>Nid yw darlleniadau a gipiwyd cyn %1 yn cael eu dangos i chi at y diben a’r achos hwn.</translation>
    </message>
    <message>
        <source>To see older reads, ask a supervisor for extended access for this case: use Request access…</source>
        <translation>I weld darlleniadau hŷn, gofynnwch i oruchwyliwr am fynediad estynedig ar gyfer yr achos hwn: defnyddiwch Gofyn am fynediad…</translation>
    </message>
    <message>
        <source>To see older reads, refer the case to an investigator, who can ask a supervisor for extended access.</source>
        <translation>I weld darlleniadau hŷn, cyfeiriwch yr achos at ymchwilydd, a all ofyn i oruchwyliwr am fynediad estynedig.</translation>
    </message>
    <message>
        <source>Reads captured before %1 are not shown to you.</source>
        <translation>Nid yw darlleniadau a gipiwyd cyn %1 yn cael eu dangos i chi.</translation>
    </message>
</context>
<context>
    <name>Kestrel::SessionLock</name>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Locked: %1 is signed in</source>
        <translation>Wedi&apos;i gloi: mae %1 wedi mewngofnodi</translation>
    </message>
    <message>
        <source>The screen was locked to protect the data it shows. Enter the password to carry on.</source>
        <translation>Cafodd y sgrin ei chloi i ddiogelu&apos;r data y mae&apos;n ei ddangos. Rhowch y cyfrinair i barhau.</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation>Heb ddatgloi: %1</translation>
    </message>
    <message>
        <source>No hits since the screen was locked.</source>
        <translation>Dim trawiadau ers i&apos;r sgrin gael ei chloi.</translation>
    </message>
    <message>
        <source>Not unlocked: the audit trail could not be written (%1). Call the system administrator.</source>
        <translation>Heb ei ddatgloi: nid oedd modd ysgrifennu at y llwybr archwilio (%1). Ffoniwch weinyddwr y system.</translation>
    </message>
    <message>
        <source>Shift handover: the next operator enters their own user name and password. The signed-in user is logged out; both are recorded in the audit trail.</source>
        <translation>Trosglwyddo&apos;r shifft: mae&apos;r gweithredwr nesaf yn rhoi ei enw defnyddiwr a&apos;i gyfrinair ei hun. Caiff y defnyddiwr sydd wedi mewngofnodi ei allgofnodi; cofnodir y ddau yn y llwybr archwilio.</translation>
    </message>
    <message>
        <source>Next operator&apos;s user name</source>
        <translation>Enw defnyddiwr y gweithredwr nesaf</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Trosglwyddo&apos;r shifft…</translation>
    </message>
    <message numerus="yes">
        <source>%n High hit(s) waiting for a response.</source>
        <translation>
            <numerusform>%n trawiad Uchel yn aros am ymateb.</numerusform>
            <numerusform>%n trawiad Uchel yn aros am ymateb.</numerusform>
            <numerusform>%n trawiad Uchel yn aros am ymateb.</numerusform>
            <numerusform>%n trawiad Uchel yn aros am ymateb.</numerusform>
            <numerusform>%n trawiad Uchel yn aros am ymateb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hits waiting to be acknowledged: %1.</source>
        <translation>Trawiadau yn aros i gael eu cydnabod: %1.</translation>
    </message>
    <message>
        <source>Since the lock: %1 hit(s), %2 High. Unlock to respond.</source>
        <translation>Ers y cloi: %1 trawiad, %2 Uchel. Datglowch i ymateb.</translation>
    </message>
    <message>
        <source>Since the lock: %1 hit(s). Unlock to see them.</source>
        <translation>Ers y cloi: %1 trawiad. Datglowch i&apos;w gweld.</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Cymryd drosodd</translation>
    </message>
    <message>
        <source>&amp;Cancel the handover</source>
        <translation>C&amp;anslo&apos;r trosglwyddo</translation>
    </message>
    <message>
        <source>Not handed over: %1</source>
        <translation>Heb ei drosglwyddo: %1</translation>
    </message>
    <message>
        <source>Handing over to %1…</source>
        <translation>Yn trosglwyddo i %1…</translation>
    </message>
</context>
<context>
    <name>Kestrel::Theme</name>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
</context>
<context>
    <name>Kestrel::UserForm</name>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>User names are 1 to %1 letters (A-Z), digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, unique without regard to case. The password needs at least %2 characters; tell it to the person in person.</source>
        <translation>Mae enwau defnyddwyr rhwng 1 a %1 o lythrennau (A-Z), digidau, &apos;.&apos;, &apos;_&apos; neu &apos;-&apos;, yn unigryw heb ystyried priflythrennau. Mae angen o leiaf %2 nod yn y cyfrinair; dywedwch ef wrth yr unigolyn wyneb yn wyneb.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Ailosod cyfrinair %1</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters. The account&apos;s failed attempts are not cleared: use Unlock for that.</source>
        <translation>Mae angen o leiaf %1 nod yn y cyfrinair newydd. Nid yw ymgeisiau aflwyddiannus y cyfrif yn cael eu clirio: defnyddiwch Datgloi ar gyfer hynny.</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rolau %1</translation>
    </message>
    <message>
        <source>What %1 may do follows from these roles, from the next thing they do.</source>
        <translation>Mae&apos;r hyn y caiff %1 ei wneud yn dilyn o&apos;r rolau hyn, o&apos;r peth nesaf y bydd yn ei wneud.</translation>
    </message>
    <message>
        <source>e.g. PC 1234 Jones (empty: the user name)</source>
        <translation>e.e. PC 1234 Jones (gwag: yr enw defnyddiwr)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Enw a&amp;rddangos:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rolau:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Cyfrinair cychwynnol:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Cyfrinair newydd:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Ailadrodd y cyfrinair:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Ailosod cyfrinair</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Cadw&apos;r rolau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The two passwords differ: type the password again in both fields.</source>
        <translation>Mae&apos;r ddau gyfrinair yn wahanol: teipiwch y cyfrinair eto yn y ddau faes.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Gwrthodwyd: %1</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>Gwrthodwyd: %1: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::UsersDialog</name>
    <message>
        <source>Operator</source>
        <translation>Gweithredwr</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Ymchwilydd</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwyliwr</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Archwilydd</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Defnyddwyr</translation>
    </message>
    <message>
        <source>Every change is checked and recorded in the audit trail. The last enabled administrator can neither be disabled nor lose the role.</source>
        <translation>Caiff pob newid ei wirio a&apos;i gofnodi yn y llwybr archwilio. Ni ellir analluogi&apos;r gweinyddwr galluogedig olaf na thynnu&apos;r rôl oddi arno.</translation>
    </message>
    <message>
        <source>The accounts, for reading only: only administrators change them.</source>
        <translation>Y cyfrifon, i&apos;w darllen yn unig: dim ond gweinyddwyr sy&apos;n eu newid.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Enw arddangos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Wedi&apos;i gloi allan</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ychwanegu defnyddiwr…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Analluogi</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Galluogi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>A&amp;ilosod cyfrinair…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Newid &amp;rolau…</translation>
    </message>
    <message>
        <source>Clears a lockout after too many wrong passwords, and the count of failed attempts.</source>
        <translation>Yn clirio cloi allan ar ôl gormod o gyfrineiriau anghywir, a nifer yr ymgeisiau aflwyddiannus.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>The users could not be listed: %1</source>
        <translation>Nid oedd modd rhestru&apos;r defnyddwyr: %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wedi&apos;i analluogi</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Wedi&apos;i alluogi</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Wedi&apos;i gloi tan %1</translation>
    </message>
    <message>
        <source>No (%1 failed attempt(s))</source>
        <translation>Na (%1 ymgais aflwyddiannus)</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Dewiswch ddefnyddiwr yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>Ni newidiwyd %1: %2</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer log in.</source>
        <translation>Mae %1 wedi&apos;i analluogi ac ni all fewngofnodi mwyach.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>Mae %1 wedi&apos;i alluogi eto.</translation>
    </message>
    <message>
        <source>%1 was not unlocked: %2</source>
        <translation>Ni ddatglowyd %1: %2</translation>
    </message>
    <message>
        <source>%1 is unlocked: the failed attempts are cleared.</source>
        <translation>Mae %1 wedi&apos;i ddatgloi: mae&apos;r ymgeisiau aflwyddiannus wedi&apos;u clirio.</translation>
    </message>
    <message>
        <source>%1 added with the roles %2.</source>
        <translation>Ychwanegwyd %1 gyda&apos;r rolau %2.</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>Mae cyfrinair %1 wedi&apos;i ailosod.</translation>
    </message>
    <message>
        <source>%1 now has the roles %2.</source>
        <translation>Mae gan %1 y rolau %2 bellach.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Wording</name>
    <message>
        <source>Routine</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>Serious crime</source>
        <translation>Troseddu difrifol</translation>
    </message>
    <message>
        <source>Major crime</source>
        <translation>Troseddu mawr</translation>
    </message>
    <message>
        <source>Counter-terrorism</source>
        <translation>Gwrthderfysgaeth</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 diwrnod</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mis</translation>
    </message>
    <message>
        <source>24 months</source>
        <translation>24 mis</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>Yn aros i gael ei ddilysu</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Yn fyw</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Demo Operator</source>
        <translation>Gweithredwr Arddangos</translation>
    </message>
    <message>
        <source>Demo Investigator</source>
        <translation>Ymchwilydd Arddangos</translation>
    </message>
    <message>
        <source>Demo Supervisor</source>
        <translation>Goruchwyliwr Arddangos</translation>
    </message>
    <message>
        <source>Demo Administrator</source>
        <translation>Gweinyddwr Arddangos</translation>
    </message>
    <message>
        <source>Demo Auditor</source>
        <translation>Archwilydd Arddangos</translation>
    </message>
    <message>
        <source>Demo: log in as %1, each with the password %2.</source>
        <translation>Arddangosiad: mewngofnodwch fel %1, pob un gyda&apos;r cyfrinair %2.</translation>
    </message>
</context>
</TS>
