<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Kestrel::AccessRequestForm</name>
    <message>
        <source>New access request</source>
        <translation>New access request</translation>
    </message>
    <message>
        <source>Reads older than 90 days need a supervisor&apos;s approval for a named case. Another supervisor decides; an approval lapses and covers only its scope.</source>
        <translation>Reads older than 90 days need a supervisor&apos;s approval for a named case. Another supervisor decides; an approval lapses and covers only its scope.</translation>
    </message>
    <message>
        <source>12 months (serious, major or counter-terrorism)</source>
        <translation>12 months (serious, major or counter-terrorism)</translation>
    </message>
    <message>
        <source>24 months (major or counter-terrorism)</source>
        <translation>24 months (major or counter-terrorism)</translation>
    </message>
    <message>
        <source>Case or incident number (required)</source>
        <translation>Case or incident number (required)</translation>
    </message>
    <message>
        <source>Why the older data is necessary and proportionate for this case</source>
        <translation>Why the older data is necessary and proportionate for this case</translation>
    </message>
    <message>
        <source>e.g. AB12CDE, XY65ZZT (empty: any VRM in the time range)</source>
        <translation>e.g. AB12CDE, XY65ZZT (empty: any VRM in the time range)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>Case &amp;reference:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <source>&amp;VRMs:</source>
        <translation>&amp;VRMs:</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>Time range:</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>VRM &quot;%1&quot;: %2</source>
        <translation>VRM &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
</context>
<context>
    <name>Kestrel::AccessRequestsDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation>Access requests</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Pending requests. You cannot decide your own: another supervisor must.</source>
        <translation>Pending requests. You cannot decide your own: another supervisor must.</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation>Reason for the decision (required)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Approvals queue</source>
        <translation>Approvals queue</translation>
    </message>
    <message>
        <source>Access requests are for investigators and supervisors.</source>
        <translation>Access requests are for investigators and supervisors.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Request %1 is pending: a supervisor other than you must approve it.</source>
        <translation>Request %1 is pending: a supervisor other than you must approve it.</translation>
    </message>
    <message>
        <source>Select a request in the queue first.</source>
        <translation>Select a request in the queue first.</translation>
    </message>
    <message>
        <source>Request %1 not decided: %2</source>
        <translation>Request %1 not decided: %2</translation>
    </message>
    <message>
        <source>Request %1 approved until %2.</source>
        <translation>Request %1 approved until %2.</translation>
    </message>
    <message>
        <source>Request %1 declined.</source>
        <translation>Request %1 declined.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Approvals queue (%1)</source>
        <translation>Approvals queue (%1)</translation>
    </message>
</context>
<context>
    <name>Kestrel::AddCameraDialog</name>
    <message>
        <source>Add camera</source>
        <translation>Add camera</translation>
    </message>
    <message>
        <source>e.g. CAM-A64-NB</source>
        <translation>e.g. CAM-A64-NB</translation>
    </message>
    <message>
        <source>Shown to operators</source>
        <translation>Shown to operators</translation>
    </message>
    <message>
        <source>Restricted: not disclosed outside the force</source>
        <translation>Restricted: not disclosed outside the force</translation>
    </message>
    <message>
        <source>e.g. NB, towards city</source>
        <translation>e.g. NB, towards city</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Play files at real-time speed</source>
        <translation>Play files at real-time speed</translation>
    </message>
    <message>
        <source>Loop files</source>
        <translation>Loop files</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>Source &amp;kind:</source>
        <translation>Source &amp;kind:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Start camera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No camera source plugin is loaded: see Help → Plugins.</source>
        <translation>No camera source plugin is loaded: see Help → Plugins.</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Choose a video file</translation>
    </message>
    <message>
        <source>Video files (*.mp4 *.mkv *.avi *.mov);;All files (*)</source>
        <translation>Video files (*.mp4 *.mkv *.avi *.mov);;All files (*)</translation>
    </message>
    <message>
        <source>Enter an identifier for the camera.</source>
        <translation>Enter an identifier for the camera.</translation>
    </message>
    <message>
        <source>Enter the address of the source.</source>
        <translation>Enter the address of the source.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: no such file or folder.</translation>
    </message>
    <message>
        <source>The camera could not be started: %1</source>
        <translation>The camera could not be started: %1</translation>
    </message>
    <message>
        <source>x,y,w,h; x,y,w,h — fractions of the frame, e.g. 0,0,0.45,0.06</source>
        <translation>x,y,w,h; x,y,w,h — fractions of the frame, e.g. 0,0,0.45,0.06</translation>
    </message>
    <message>
        <source>Areas where nothing is read: burnt-in captions, timestamps, signs in view. Each zone is x,y,width,height as fractions (0 to 1) of the picture.</source>
        <translation>Areas where nothing is read: burnt-in captions, timestamps, signs in view. Each zone is x,y,width,height as fractions (0 to 1) of the picture.</translation>
    </message>
    <message>
        <source>&amp;Exclusion zones:</source>
        <translation>&amp;Exclusion zones:</translation>
    </message>
    <message>
        <source>Exclusion zones: %1</source>
        <translation>Exclusion zones: %1</translation>
    </message>
    <message>
        <source>Video file or folder of images</source>
        <translation>Video file or folder of images</translation>
    </message>
    <message>
        <source>USB camera</source>
        <translation>USB camera</translation>
    </message>
    <message>
        <source>Network stream (RTSP, HTTP) or video device</source>
        <translation>Network stream (RTSP, HTTP) or video device</translation>
    </message>
    <message>
        <source>Path of a video file or of a folder of images</source>
        <translation>Path of a video file or of a folder of images</translation>
    </message>
    <message>
        <source>Device id or name; empty for the default camera</source>
        <translation>Device id or name; empty for the default camera</translation>
    </message>
    <message>
        <source>rtsp://…, http://… or /dev/video0</source>
        <translation>rtsp://…, http://… or /dev/video0</translation>
    </message>
    <message>
        <source>Address of the source</source>
        <translation>Address of the source</translation>
    </message>
</context>
<context>
    <name>Kestrel::AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Text in the details, e.g. a VRM or case reference</source>
        <translation>Text in the details, e.g. a VRM or case reference</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Time (local)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The audit trail is for auditors and administrators.</source>
        <translation>The audit trail is for auditors and administrators.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 of %2 entries</translation>
    </message>
    <message>
        <source>✔ Chain intact: %1 entries checked.</source>
        <translation>✔ Chain intact: %1 entries checked.</translation>
    </message>
    <message>
        <source>✖ Chain broken: %1</source>
        <translation>✖ Chain broken: %1</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>Exported %1 entries to %2.</translation>
    </message>
    <message>
        <source>Not exported: the audit trail could not be written (%1).</source>
        <translation>Not exported: the audit trail could not be written (%1).</translation>
    </message>
    <message>
        <source>%1 local (%2 UTC)</source>
        <translation>%1 local (%2 UTC)</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>Request no.</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Refused because</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>VRM</translation>
    </message>
    <message>
        <source>VRMs</source>
        <translation>VRMs</translation>
    </message>
    <message>
        <source>Plate searched</source>
        <translation>Plate searched</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Hotlist entry</source>
        <translation>Hotlist entry</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Hit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Records vouched for</source>
        <translation>Records vouched for</translation>
    </message>
    <message>
        <source>Read batches vouched for</source>
        <translation>Read batches vouched for</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Access request</translation>
    </message>
    <message>
        <source>Preservation hold</source>
        <translation>Preservation hold</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Log-in</source>
        <translation>Log-in</translation>
    </message>
    <message>
        <source>Log-in refused</source>
        <translation>Log-in refused</translation>
    </message>
    <message>
        <source>Log-out</source>
        <translation>Log-out</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Screen unlock refused</source>
        <translation>Screen unlock refused</translation>
    </message>
    <message>
        <source>Search of reads</source>
        <translation>Search of reads</translation>
    </message>
    <message>
        <source>Convoy analysis</source>
        <translation>Convoy analysis</translation>
    </message>
    <message>
        <source>Images viewed</source>
        <translation>Images viewed</translation>
    </message>
    <message>
        <source>Plate thumbnails viewed</source>
        <translation>Plate thumbnails viewed</translation>
    </message>
    <message>
        <source>Recogniser errors viewed</source>
        <translation>Recogniser errors viewed</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Access requested</source>
        <translation>Access requested</translation>
    </message>
    <message>
        <source>Access approved</source>
        <translation>Access approved</translation>
    </message>
    <message>
        <source>Access declined</source>
        <translation>Access declined</translation>
    </message>
    <message>
        <source>Access requests listed</source>
        <translation>Access requests listed</translation>
    </message>
    <message>
        <source>Preservation hold placed</source>
        <translation>Preservation hold placed</translation>
    </message>
    <message>
        <source>Preservation hold released</source>
        <translation>Preservation hold released</translation>
    </message>
    <message>
        <source>Preservation holds listed</source>
        <translation>Preservation holds listed</translation>
    </message>
    <message>
        <source>Hit acknowledged</source>
        <translation>Hit acknowledged</translation>
    </message>
    <message>
        <source>Hit acknowledgement failed</source>
        <translation>Hit acknowledgement failed</translation>
    </message>
    <message>
        <source>Hit escalated</source>
        <translation>Hit escalated</translation>
    </message>
    <message>
        <source>Hotlist entry added</source>
        <translation>Hotlist entry added</translation>
    </message>
    <message>
        <source>Hotlist imported</source>
        <translation>Hotlist imported</translation>
    </message>
    <message>
        <source>National hotlist imported</source>
        <translation>National hotlist imported</translation>
    </message>
    <message>
        <source>Hotlist entry validated</source>
        <translation>Hotlist entry validated</translation>
    </message>
    <message>
        <source>Hotlist entry withdrawn</source>
        <translation>Hotlist entry withdrawn</translation>
    </message>
    <message>
        <source>Expired hotlist entries weeded</source>
        <translation>Expired hotlist entries weeded</translation>
    </message>
    <message>
        <source>Hotlists listed</source>
        <translation>Hotlists listed</translation>
    </message>
    <message>
        <source>Hotlist settings changed</source>
        <translation>Hotlist settings changed</translation>
    </message>
    <message>
        <source>Retrospective hits raised</source>
        <translation>Retrospective hits raised</translation>
    </message>
    <message>
        <source>National feed key added</source>
        <translation>National feed key added</translation>
    </message>
    <message>
        <source>National feed key removed</source>
        <translation>National feed key removed</translation>
    </message>
    <message>
        <source>National feed keys listed</source>
        <translation>National feed keys listed</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>User unlocked</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>Users listed</source>
        <translation>Users listed</translation>
    </message>
    <message>
        <source>Force setting changed</source>
        <translation>Force setting changed</translation>
    </message>
    <message>
        <source>Force settings listed</source>
        <translation>Force settings listed</translation>
    </message>
    <message>
        <source>Retention run</source>
        <translation>Retention run</translation>
    </message>
    <message>
        <source>Released holds deleted</source>
        <translation>Released holds deleted</translation>
    </message>
    <message>
        <source>Reads imported</source>
        <translation>Reads imported</translation>
    </message>
    <message>
        <source>Reads stored</source>
        <translation>Reads stored</translation>
    </message>
    <message>
        <source>Camera ingest</source>
        <translation>Camera ingest</translation>
    </message>
    <message>
        <source>Camera added</source>
        <translation>Camera added</translation>
    </message>
    <message>
        <source>Camera removed</source>
        <translation>Camera removed</translation>
    </message>
    <message>
        <source>Camera started</source>
        <translation>Camera started</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Camera stopped</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>Audit trail read</translation>
    </message>
    <message>
        <source>Audit trail keyed</source>
        <translation>Audit trail keyed</translation>
    </message>
    <message>
        <source>Select an entry to read its details.</source>
        <translation>Select an entry to read its details.</translation>
    </message>
    <message>
        <source>Entry no.</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
</context>
<context>
    <name>Kestrel::CameraTile</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
</context>
<context>
    <name>Kestrel::ExclusionZones</name>
    <message>
        <source>zone %1 &quot;%2&quot; has %3 number(s); write four: x,y,w,h.</source>
        <translation>zone %1 &quot;%2&quot; has %3 number(s); write four: x,y,w,h.</translation>
    </message>
    <message>
        <source>zone %1 &quot;%2&quot;: &quot;%3&quot; is not a number.</source>
        <translation>zone %1 &quot;%2&quot;: &quot;%3&quot; is not a number.</translation>
    </message>
    <message>
        <source>zone %1 &quot;%2&quot;: %3 is outside 0 to 1 (fractions of the frame).</source>
        <translation>zone %1 &quot;%2&quot;: %3 is outside 0 to 1 (fractions of the frame).</translation>
    </message>
    <message>
        <source>zone %1 &quot;%2&quot;: width and height must be above 0.</source>
        <translation>zone %1 &quot;%2&quot;: width and height must be above 0.</translation>
    </message>
    <message>
        <source>zone %1 &quot;%2&quot; runs outside the frame (x + w and y + h must be at most 1).</source>
        <translation>zone %1 &quot;%2&quot; runs outside the frame (x + w and y + h must be at most 1).</translation>
    </message>
</context>
<context>
    <name>Kestrel::ForceSettingsDialog</name>
    <message>
        <source>Reads any role that needs them may see (days)</source>
        <translation>Reads any role that needs them may see (days)</translation>
    </message>
    <message>
        <source>Serious cases with approval, up to (days)</source>
        <translation>Serious cases with approval, up to (days)</translation>
    </message>
    <message>
        <source>An approval lasts (days)</source>
        <translation>An approval lasts (days)</translation>
    </message>
    <message>
        <source>Reads are kept (days)</source>
        <translation>Reads are kept (days)</translation>
    </message>
    <message>
        <source>Vehicle images are kept (days)</source>
        <translation>Vehicle images are kept (days)</translation>
    </message>
    <message>
        <source>Force settings</source>
        <translation>Force settings</translation>
    </message>
    <message>
        <source>How long reads may be seen and kept. Major and counter-terrorism cases may see reads up to the retention period with a 24-month approval. Every change is recorded in the audit trail.</source>
        <translation>How long reads may be seen and kept. Major and counter-terrorism cases may see reads up to the retention period with a 24-month approval. Every change is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Saved %1 change(s); each is in the audit trail.</source>
        <translation>Saved %1 change(s); each is in the audit trail.</translation>
    </message>
    <message>
        <source>Operators search back (hours)</source>
        <translation>Operators search back (hours)</translation>
    </message>
    <message>
        <source>A repeat sighting joins its waiting alert within (minutes)</source>
        <translation>A repeat sighting joins its waiting alert within (minutes)</translation>
    </message>
    <message>
        <source>“%1” (%2) must be less than “%3” (%4).</source>
        <translation>“%1” (%2) must be less than “%3” (%4).</translation>
    </message>
    <message>
        <source>“%1” (%2) cannot be more than “%3” (%4).</source>
        <translation>“%1” (%2) cannot be more than “%3” (%4).</translation>
    </message>
    <message>
        <source>kestrel-cli config: %1</source>
        <translation>kestrel-cli config: %1</translation>
    </message>
    <message>
        <source>&amp;Outcomes offered for a hit, in this order (tick to offer):</source>
        <translation>&amp;Outcomes offered for a hit, in this order (tick to offer):</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Always offered: the recogniser&apos;s errors are collected from it.</source>
        <translation>Always offered: the recogniser&apos;s errors are collected from it.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
</context>
<context>
    <name>Kestrel::Gui</name>
    <message>
        <source>Kestrel ANPR workstation</source>
        <translation>Kestrel ANPR workstation</translation>
    </message>
    <message>
        <source>Run the embedded demo (demo users, demo hotlist, demo camera).</source>
        <translation>Run the embedded demo (demo users, demo hotlist, demo camera).</translation>
    </message>
    <message>
        <source>Keep data in &lt;dir&gt;.</source>
        <translation>Keep data in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Interface language: en_GB or cy.</source>
        <translation>Interface language: en_GB or cy.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Log in as &lt;name&gt; without the dialog.</source>
        <translation>Log in as &lt;name&gt; without the dialog.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read the password for --user from environment variable &lt;var&gt;.</source>
        <translation>Read the password for --user from environment variable &lt;var&gt;.</translation>
    </message>
    <message>
        <source>var</source>
        <translation>var</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt;.</source>
        <translation>Save a picture of the main window to &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (taking the screenshot first).</source>
        <translation>Quit after &lt;ms&gt; milliseconds (taking the screenshot first).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Load no plugins.</source>
        <translation>Load no plugins.</translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>Kestrel cannot start</source>
        <translation>Kestrel cannot start</translation>
    </message>
    <message>
        <source>The evidence store could not be opened:
%1</source>
        <translation>The evidence store could not be opened:
%1</translation>
    </message>
    <message>
        <source>The demo users could not be created: %1</source>
        <translation>The demo users could not be created: %1</translation>
    </message>
    <message>
        <source>Demo A64 northbound</source>
        <translation>Demo A64 northbound</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Demo site</translation>
    </message>
    <message>
        <source>The demo video demo/demo.mp4 was not found.</source>
        <translation>The demo video demo/demo.mp4 was not found.</translation>
    </message>
    <message>
        <source>The demo camera could not be started: %1</source>
        <translation>The demo camera could not be started: %1</translation>
    </message>
    <message>
        <source>Escalate a High hit left unacknowledged for &lt;s&gt; seconds (default: the saved setting, else 60).</source>
        <translation>Escalate a High hit left unacknowledged for &lt;s&gt; seconds (default: the saved setting, else 60).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>--escalate-after-s: &quot;%1&quot; is not a whole number of seconds above 0.</source>
        <translation>--escalate-after-s: &quot;%1&quot; is not a whole number of seconds above 0.</translation>
    </message>
    <message>
        <source>There is no Kestrel store at %1.
Create it and its first administrator with
kestrel-cli init --db %1 --admin NAME
or start Kestrel with --demo.</source>
        <translation>There is no Kestrel store at %1.
Create it and its first administrator with
kestrel-cli init --db %1 --admin NAME
or start Kestrel with --demo.</translation>
    </message>
</context>
<context>
    <name>Kestrel::HitAcknowledger</name>
    <message>
        <source>No evidence store is open.</source>
        <translation>No evidence store is open.</translation>
    </message>
    <message>
        <source>the audit trail could not be written, so the hit is not acknowledged (%1)</source>
        <translation>the audit trail could not be written, so the hit is not acknowledged (%1)</translation>
    </message>
</context>
<context>
    <name>Kestrel::HitAlertDialog</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>High priority hit</source>
        <translation>High priority hit</translation>
    </message>
    <message>
        <source>%1 HIGH PRIORITY HIT</source>
        <translation>%1 HIGH PRIORITY HIT</translation>
    </message>
    <message>
        <source>⚠ ESCALATED</source>
        <translation>⚠ ESCALATED</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>List / category</source>
        <translation>List / category</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Read %1</translation>
    </message>
    <message>
        <source>Read %1, listed as %2</source>
        <translation>Read %1, listed as %2</translation>
    </message>
    <message>
        <source>No plate image</source>
        <translation>No plate image</translation>
    </message>
    <message>
        <source>No overview image</source>
        <translation>No overview image</translation>
    </message>
    <message>
        <source>⚠ Warning markers: %1</source>
        <translation>⚠ Warning markers: %1</translation>
    </message>
    <message>
        <source>No action prescribed: inform the supervisor.</source>
        <translation>No action prescribed: inform the supervisor.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>PAST SIGHTING: raised when the entry went live, the vehicle passed earlier.</source>
        <translation>PAST SIGHTING: raised when the entry went live, the vehicle passed earlier.</translation>
    </message>
    <message>
        <source>COVERT: do not disclose to the vehicle&apos;s occupants or over open channels.</source>
        <translation>COVERT: do not disclose to the vehicle&apos;s occupants or over open channels.</translation>
    </message>
    <message>
        <source>Not acknowledged for %1</source>
        <translation>Not acknowledged for %1</translation>
    </message>
    <message>
        <source>Escalates in %1</source>
        <translation>Escalates in %1</translation>
    </message>
    <message>
        <source>%1 (%2 more escalated)</source>
        <translation>%1 (%2 more escalated)</translation>
    </message>
    <message>
        <source>Choose the outcome first.</source>
        <translation>Choose the outcome first.</translation>
    </message>
    <message>
        <source>Recording the acknowledgement…</source>
        <translation>Recording the acknowledgement…</translation>
    </message>
    <message>
        <source>Could not record the acknowledgement: %1</source>
        <translation>Could not record the acknowledgement: %1</translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation>Sightings</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s):</source>
        <translation>
            <numerusform>Seen %n time:</numerusform>
            <numerusform>Seen %n times:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::HitsModel</name>
    <message>
        <source>= exact</source>
        <translation>= exact</translation>
    </message>
    <message>
        <source>≈ equivalent — check the image</source>
        <translation>≈ equivalent — check the image</translation>
    </message>
    <message>
        <source>≈ %1 character(s) different — check the image</source>
        <translation>≈ %1 character(s) different — check the image</translation>
    </message>
    <message>
        <source>≈ pattern %1 — check the image</source>
        <translation>≈ pattern %1 — check the image</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Not yet acknowledged</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>Intercepted</translation>
    </message>
    <message>
        <source>Not located</source>
        <translation>Not located</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>No action</translation>
    </message>
    <message>
        <source>Misread</source>
        <translation>Misread</translation>
    </message>
    <message>
        <source>Read %1, listed as %2</source>
        <translation>Read %1, listed as %2</translation>
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
        <translation>● New</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>VRM</translation>
    </message>
    <message>
        <source>List / category</source>
        <translation>List / category</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped and spoken to</source>
        <translation>Stopped and spoken to</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>Arrested</translation>
    </message>
    <message>
        <source>Vehicle seized</source>
        <translation>Vehicle seized</translation>
    </message>
    <message>
        <source>Not stopped: no resources</source>
        <translation>Not stopped: no resources</translation>
    </message>
    <message>
        <source>Lost sight</source>
        <translation>Lost sight</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Choose the outcome…</translation>
    </message>
    <message>
        <source>%1, acknowledged by %2 at %3</source>
        <translation>%1, acknowledged by %2 at %3</translation>
    </message>
</context>
<context>
    <name>Kestrel::HitsPanel</name>
    <message>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Select a hit to see its evidence.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Select a hit to see its evidence.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No plate image</source>
        <translation>No plate image</translation>
    </message>
    <message>
        <source>No overview image</source>
        <translation>No overview image</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:%1; color:%2; font-weight:bold;&quot;&gt;&amp;nbsp;%3 %4&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b style=&quot;font-size:13pt;&quot;&gt;%5&lt;/b&gt; &amp;nbsp; %6</source>
        <translation>&lt;span style=&quot;background:%1; color:%2; font-weight:bold;&quot;&gt;&amp;nbsp;%3 %4&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b style=&quot;font-size:13pt;&quot;&gt;%5&lt;/b&gt; &amp;nbsp; %6</translation>
    </message>
    <message>
        <source>Warning markers</source>
        <translation>Warning markers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Listed VRM</source>
        <translation>Listed VRM</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Read confidence</source>
        <translation>Read confidence</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Could not record the acknowledgement: %1</source>
        <translation>Could not record the acknowledgement: %1</translation>
    </message>
    <message>
        <source>Acknowledged as &quot;%1&quot;.</source>
        <translation>Acknowledged as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recording the acknowledgement…</source>
        <translation>Recording the acknowledgement…</translation>
    </message>
    <message>
        <source>Show hits of one priority</source>
        <translation>Show hits of one priority</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <source>Show waiting or acknowledged hits</source>
        <translation>Show waiting or acknowledged hits</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Show hits from one camera</source>
        <translation>Show hits from one camera</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>All cameras</translation>
    </message>
    <message>
        <source>Show hits of this shift or of the last 12 hours</source>
        <translation>Show hits of this shift or of the last 12 hours</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>This shift</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Last 12 hours</translation>
    </message>
    <message>
        <source>This shift: since %1 logged in</source>
        <translation>This shift: since %1 logged in</translation>
    </message>
    <message>
        <source>Next waiting</source>
        <translation>Next waiting</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Acknowledge the selected hit</source>
        <translation>Acknowledge the selected hit</translation>
    </message>
    <message>
        <source>Next waiting hit</source>
        <translation>Next waiting hit</translation>
    </message>
    <message>
        <source>No hit shown is waiting.</source>
        <translation>No hit shown is waiting.</translation>
    </message>
    <message>
        <source>Record the chosen outcome for the selected hit (%1)</source>
        <translation>Record the chosen outcome for the selected hit (%1)</translation>
    </message>
    <message>
        <source>Select the next hit still waiting for an outcome (%1)</source>
        <translation>Select the next hit still waiting for an outcome (%1)</translation>
    </message>
    <message>
        <source>What was done about the hit: choose one before acknowledging</source>
        <translation>What was done about the hit: choose one before acknowledging</translation>
    </message>
    <message>
        <source>Choose the outcome (arrow keys), then %1 again.</source>
        <translation>Choose the outcome (arrow keys), then %1 again.</translation>
    </message>
</context>
<context>
    <name>Kestrel::HotlistEntryForm</name>
    <message>
        <source>VRM</source>
        <translation>VRM</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Prescribed action</source>
        <translation>Prescribed action</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Warning markers</source>
        <translation>Warning markers</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Add a hotlist entry</source>
        <translation>Add a hotlist entry</translation>
    </message>
    <message>
        <source>The entry waits for a second authorised person to validate it before it goes live. Fields marked * are required.</source>
        <translation>The entry waits for a second authorised person to validate it before it goes live. Fields marked * are required.</translation>
    </message>
    <message>
        <source>e.g. AB12 CDE, or a pattern AB12C*</source>
        <translation>e.g. AB12 CDE, or a pattern AB12C*</translation>
    </message>
    <message>
        <source>Choose a priority</source>
        <translation>Choose a priority</translation>
    </message>
    <message>
        <source>Why the vehicle is of interest</source>
        <translation>Why the vehicle is of interest</translation>
    </message>
    <message>
        <source>What the operator or officer should do on a hit</source>
        <translation>What the operator or officer should do on a hit</translation>
    </message>
    <message>
        <source>e.g. Stolen vehicle, Wanted person</source>
        <translation>e.g. Stolen vehicle, Wanted person</translation>
    </message>
    <message>
        <source>e.g. Firearms, Violent</source>
        <translation>e.g. Firearms, Violent</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: no expiry</source>
        <translation>YYYY-MM-DD; empty: no expiry</translation>
    </message>
    <message>
        <source>&amp;VRM *:</source>
        <translation>&amp;VRM *:</translation>
    </message>
    <message>
        <source>&amp;List *:</source>
        <translation>&amp;List *:</translation>
    </message>
    <message>
        <source>&amp;Priority *:</source>
        <translation>&amp;Priority *:</translation>
    </message>
    <message>
        <source>&amp;Reason *:</source>
        <translation>&amp;Reason *:</translation>
    </message>
    <message>
        <source>Prescribed &amp;action *:</source>
        <translation>Prescribed &amp;action *:</translation>
    </message>
    <message>
        <source>&amp;Category *:</source>
        <translation>&amp;Category *:</translation>
    </message>
    <message>
        <source>&amp;Source *:</source>
        <translation>&amp;Source *:</translation>
    </message>
    <message>
        <source>Vehicle (make, model, colour):</source>
        <translation>Vehicle (make, model, colour):</translation>
    </message>
    <message>
        <source>&amp;Warning markers:</source>
        <translation>&amp;Warning markers:</translation>
    </message>
    <message>
        <source>&amp;Expiry date:</source>
        <translation>&amp;Expiry date:</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <source>Not added: %1: %2</source>
        <translation>Not added: %1: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::HotlistManager</name>
    <message>
        <source>Hotlists</source>
        <translation>Hotlists</translation>
    </message>
    <message>
        <source>VRM, part of one, or a pattern: AB1?C*</source>
        <translation>VRM, part of one, or a pattern: AB1?C*</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>VRM</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validated by</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <source>A second authorised person confirms a pending entry; it then goes live.</source>
        <translation>A second authorised person confirms a pending entry; it then goes live.</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Weed &amp;expired</source>
        <translation>Weed &amp;expired</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 (covert)</source>
        <translation>%1 (covert)</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 of %2 entries</translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>Select an entry to see all of it.</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>⚠ Warning markers: %1</source>
        <translation>⚠ Warning markers: %1</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>Vehicle: %1</translation>
    </message>
    <message>
        <source>Reference: %1 · Grading: %2</source>
        <translation>Reference: %1 · Grading: %2</translation>
    </message>
    <message>
        <source>Live since %1</source>
        <translation>Live since %1</translation>
    </message>
    <message>
        <source>The past reads could not be checked: %1</source>
        <translation>The past reads could not be checked: %1</translation>
    </message>
    <message>
        <source>Import a hotlist</source>
        <translation>Import a hotlist</translation>
    </message>
    <message>
        <source>Hotlists (%1);;All files (*)</source>
        <translation>Hotlists (%1);;All files (*)</translation>
    </message>
    <message>
        <source>no importer reads files like this</source>
        <translation>no importer reads files like this</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nothing imported: %1</translation>
    </message>
    <message>
        <source>%1: %2 imported (%3 live, %4 waiting for validation), %5 line(s) rejected, %6 retrospective hit(s).</source>
        <translation>%1: %2 imported (%3 live, %4 waiting for validation), %5 line(s) rejected, %6 retrospective hit(s).</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>Import complete.</translation>
    </message>
    <message>
        <source>Import complete; the rejected lines are listed below.</source>
        <translation>Import complete; the rejected lines are listed below.</translation>
    </message>
    <message>
        <source>Not validated: %1</source>
        <translation>Not validated: %1</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is live; %3 retrospective hit(s).</source>
        <translation>Entry %1 (%2) is live; %3 retrospective hit(s).</translation>
    </message>
    <message>
        <source>Withdraw entry %1</source>
        <translation>Withdraw entry %1</translation>
    </message>
    <message>
        <source>Why is this entry withdrawn? (recorded in the audit trail)</source>
        <translation>Why is this entry withdrawn? (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Give a reason to withdraw an entry.</source>
        <translation>Give a reason to withdraw an entry.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Not withdrawn: %1</translation>
    </message>
    <message>
        <source>Entry %1 withdrawn: it no longer matches.</source>
        <translation>Entry %1 withdrawn: it no longer matches.</translation>
    </message>
    <message>
        <source>Weeding failed: %1</source>
        <translation>Weeding failed: %1</translation>
    </message>
    <message>
        <source>%1 expired entr(y/ies) stopped matching; %2 without hits deleted.</source>
        <translation>%1 expired entr(y/ies) stopped matching; %2 without hits deleted.</translation>
    </message>
    <message>
        <source>The hotlists could not be listed: %1</source>
        <translation>The hotlists could not be listed: %1</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Add entry…</translation>
    </message>
    <message>
        <source>Type one entry by hand; a second authorised person validates it.</source>
        <translation>Type one entry by hand; a second authorised person validates it.</translation>
    </message>
    <message>
        <source>Entry %1 added: it is pending until another authorised person validates it.</source>
        <translation>Entry %1 added: it is pending until another authorised person validates it.</translation>
    </message>
</context>
<context>
    <name>Kestrel::LoginDialog</name>
    <message>
        <source>Kestrel — log in</source>
        <translation>Kestrel — log in</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:14pt;&quot;&gt;Kestrel ANPR&lt;/b&gt;&lt;br&gt;Log in with your own account. Every action is recorded.</source>
        <translation>&lt;b style=&quot;font-size:14pt;&quot;&gt;Kestrel ANPR&lt;/b&gt;&lt;br&gt;Log in with your own account. Every action is recorded.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This database has no users. A store and its first administrator are made with
kestrel-cli init --db PATH --admin NAME
(%1 is not one), or start Kestrel with --demo to try it with demo accounts.</source>
        <translation>This database has no users. A store and its first administrator are made with
kestrel-cli init --db PATH --admin NAME
(%1 is not one), or start Kestrel with --demo to try it with demo accounts.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Log-in refused: unknown user or wrong password, or the account is locked or disabled: ask an administrator.</source>
        <translation>Log-in refused: unknown user or wrong password, or the account is locked or disabled: ask an administrator.</translation>
    </message>
    <message>
        <source>Log-in failed: %1</source>
        <translation>Log-in failed: %1</translation>
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
        <translation>No cameras are running. Use File → Add camera… to start one.</translation>
    </message>
    <message>
        <source>Live reads</source>
        <translation>Live reads</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Logged in: %1</translation>
    </message>
    <message>
        <source>Store problem: %1</source>
        <translation>Store problem: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Add camera…</source>
        <translation>&amp;Add camera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation>&amp;Plugins…</translation>
    </message>
    <message>
        <source>&amp;About Kestrel</source>
        <translation>&amp;About Kestrel</translation>
    </message>
    <message>
        <source>Cameras: %1/%2 online</source>
        <translation>Cameras: %1/%2 online</translation>
    </message>
    <message>
        <source>Reads: %1/min</source>
        <translation>Reads: %1/min</translation>
    </message>
    <message>
        <source>Hits to acknowledge: %1 (%2 %3 High)</source>
        <translation>Hits to acknowledge: %1 (%2 %3 High)</translation>
    </message>
    <message>
        <source>Hits to acknowledge: %1</source>
        <translation>Hits to acknowledge: %1</translation>
    </message>
    <message>
        <source>Store: %1, %2 reads</source>
        <translation>Store: %1, %2 reads</translation>
    </message>
    <message>
        <source>About Kestrel</source>
        <translation>About Kestrel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kestrel %1&lt;/b&gt;&lt;br&gt;Number plate recognition workstation for control rooms.&lt;br&gt;&lt;br&gt;Plate text is never acted on without viewing the image.</source>
        <translation>&lt;b&gt;Kestrel %1&lt;/b&gt;&lt;br&gt;Number plate recognition workstation for control rooms.&lt;br&gt;&lt;br&gt;Plate text is never acted on without viewing the image.</translation>
    </message>
    <message>
        <source>&amp;Recogniser errors…</source>
        <translation>&amp;Recogniser errors…</translation>
    </message>
    <message>
        <source>⚠ ESCALATED: %1 High hit(s) not acknowledged</source>
        <translation>⚠ ESCALATED: %1 High hit(s) not acknowledged</translation>
    </message>
    <message>
        <source>Camera %1 could not be started: %2</source>
        <translation>Camera %1 could not be started: %2</translation>
    </message>
    <message>
        <source>Stopped by %1</source>
        <translation>Stopped by %1</translation>
    </message>
    <message>
        <source>Remove camera</source>
        <translation>Remove camera</translation>
    </message>
    <message>
        <source>Remove camera %1 from this workstation? It stops now and is not started again. Its reads and images stay in the evidence store.</source>
        <translation>Remove camera %1 from this workstation? It stops now and is not started again. Its reads and images stay in the evidence store.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Hot&amp;lists</source>
        <translation>Hot&amp;lists</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Manage…</translation>
    </message>
    <message>
        <source>&amp;Investigate</source>
        <translation>&amp;Investigate</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Access requests…</source>
        <translation>&amp;Access requests…</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Retention did not run: %1</source>
        <translation>Retention did not run: %1</translation>
    </message>
    <message>
        <source>Housekeeping: expired hotlist entries weeded: %1; reads past retention deleted: %2; older reads whose images were deleted: %3.</source>
        <translation>Housekeeping: expired hotlist entries weeded: %1; reads past retention deleted: %2; older reads whose images were deleted: %3.</translation>
    </message>
    <message>
        <source>The audit anchor could not be written to %1: %2</source>
        <translation>The audit anchor could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Force settings…</source>
        <translation>&amp;Force settings…</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
    <message>
        <source>The audit trail could not record %1 of camera %2: %3</source>
        <translation>The audit trail could not record %1 of camera %2: %3</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Open the approvals queue</source>
        <translation>Open the approvals queue</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Hand over the shift…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message numerus="yes">
        <source>Past sightings: %n hit(s) on earlier reads, raised when a hotlist entry went live. They wait in the hits panel, newest first.</source>
        <translation>
            <numerusform>Past sightings: %n hit on earlier reads, raised when a hotlist entry went live. They wait in the hits panel, newest first.</numerusform>
            <numerusform>Past sightings: %n hits on earlier reads, raised when a hotlist entry went live. They wait in the hits panel, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 High hit: %2 (%3) at %4, %5. The operators have the alert; it is in the hits panel.</source>
        <translation>%1 High hit: %2 (%3) at %4, %5. The operators have the alert; it is in the hits panel.</translation>
    </message>
    <message>
        <source>Access requests waiting: %1</source>
        <translation>Access requests waiting: %1</translation>
    </message>
    <message>
        <source>Live monitoring</source>
        <translation>Live monitoring</translation>
    </message>
    <message>
        <source>Open &amp;detail</source>
        <translation>Open &amp;detail</translation>
    </message>
    <message>
        <source>&amp;Copy VRM</source>
        <translation>&amp;Copy VRM</translation>
    </message>
    <message>
        <source>&amp;Search this VRM…</source>
        <translation>&amp;Search this VRM…</translation>
    </message>
    <message>
        <source>Live reads and hits are shown to operators and supervisors. Your work:</source>
        <translation>Live reads and hits are shown to operators and supervisors. Your work:</translation>
    </message>
    <message>
        <source>Search reads…</source>
        <translation>Search reads…</translation>
    </message>
    <message>
        <source>Access requests…</source>
        <translation>Access requests…</translation>
    </message>
    <message>
        <source>Hotlists…</source>
        <translation>Hotlists…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <source>Force settings…</source>
        <translation>Force settings…</translation>
    </message>
</context>
<context>
    <name>Kestrel::PastSightingsDialog</name>
    <message>
        <source>Past sightings</source>
        <translation>Past sightings</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier read(s) match the entries that went live (%1). The vehicle was seen before the entry was live: the newest sighting is first. Operators have these in their hits panel too; they are not alerts.</source>
        <translation>
            <numerusform>%n earlier read matches the entries that went live (%1). The vehicle was seen before the entry was live: the newest sighting is first. Operators have these in their hits panel too; they are not alerts.</numerusform>
            <numerusform>%n earlier reads match the entries that went live (%1). The vehicle was seen before the entry was live: the newest sighting is first. Operators have these in their hits panel too; they are not alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>No plugins were found.</source>
        <translation>No plugins were found.</translation>
    </message>
    <message>
        <source>%1 plugin file(s) found.</source>
        <translation>%1 plugin file(s) found.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>✔ Yes</source>
        <translation>✔ Yes</translation>
    </message>
    <message>
        <source>✖ No</source>
        <translation>✖ No</translation>
    </message>
</context>
<context>
    <name>Kestrel::ReadDetailDialog</name>
    <message>
        <source>Read %1</source>
        <translation>Read %1</translation>
    </message>
    <message>
        <source>plate image</source>
        <translation>plate image</translation>
    </message>
    <message>
        <source>overview image</source>
        <translation>overview image</translation>
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
        <translation>Seen (local):</translation>
    </message>
    <message>
        <source>Seen (UTC):</source>
        <translation>Seen (UTC):</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confidence:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Recogniser read:</source>
        <translation>Recogniser read:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Plate image SHA-256 %1
Overview SHA-256 %2</source>
        <translation>Plate image SHA-256 %1
Overview SHA-256 %2</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>⚠ Integrity warning: %1 The file no longer matches the hash recorded at capture; it is not shown and must not be relied on. Report this to the system administrator.</source>
        <translation>⚠ Integrity warning: %1 The file no longer matches the hash recorded at capture; it is not shown and must not be relied on. Report this to the system administrator.</translation>
    </message>
    <message>
        <source>The %1 failed its check (%2).</source>
        <translation>The %1 failed its check (%2).</translation>
    </message>
    <message>
        <source>The %1 could not be read (%2).</source>
        <translation>The %1 could not be read (%2).</translation>
    </message>
    <message>
        <source>No plate image</source>
        <translation>No plate image</translation>
    </message>
    <message>
        <source>No overview image</source>
        <translation>No overview image</translation>
    </message>
    <message>
        <source>&amp;Preserve for this case…</source>
        <translation>&amp;Preserve for this case…</translation>
    </message>
    <message>
        <source>Keep this read and its images past the retention period until a supervisor releases it</source>
        <translation>Keep this read and its images past the retention period until a supervisor releases it</translation>
    </message>
    <message>
        <source>Preserve read</source>
        <translation>Preserve read</translation>
    </message>
    <message>
        <source>Why must this read be kept for case %1?</source>
        <translation>Why must this read be kept for case %1?</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message>
        <source>Held for %1 by %2 since %3</source>
        <translation>Held for %1 by %2 since %3</translation>
    </message>
    <message>
        <source>Deleted when the retention period ends</source>
        <translation>Deleted when the retention period ends</translation>
    </message>
    <message>
        <source>Not preserved: %1</source>
        <translation>Not preserved: %1</translation>
    </message>
    <message>
        <source>Also possible:</source>
        <translation>Also possible:</translation>
    </message>
    <message>
        <source>⚠ The images are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1). Report this to the system administrator.</source>
        <translation>⚠ The images are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1). Report this to the system administrator.</translation>
    </message>
    <message>
        <source>Not shown: not audited</source>
        <translation>Not shown: not audited</translation>
    </message>
    <message>
        <source>Not shown: the audit trail could not be written</source>
        <translation>Not shown: the audit trail could not be written</translation>
    </message>
</context>
<context>
    <name>Kestrel::ReadsModel</name>
    <message>
        <source>Plate patch of %1</source>
        <translation>Plate patch of %1</translation>
    </message>
    <message>
        <source>Recogniser read &quot;%1&quot;, repaired to %2</source>
        <translation>Recogniser read &quot;%1&quot;, repaired to %2</translation>
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
        <translation>Plate</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>VRM</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>This read raised a %1 hit: see the hits panel</source>
        <translation>This read raised a %1 hit: see the hits panel</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Hit</translation>
    </message>
</context>
<context>
    <name>Kestrel::RecogniserErrorsDialog</name>
    <message>
        <source>Recogniser errors</source>
        <translation>Recogniser errors</translation>
    </message>
    <message>
        <source>Hits that operators acknowledged as misread: the recogniser read the plate wrongly and it matched a hotlist entry. Review them to retrain or tune the recogniser.</source>
        <translation>Hits that operators acknowledged as misread: the recogniser read the plate wrongly and it matched a hotlist entry. Review them to retrain or tune the recogniser.</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Hotlist VRM</source>
        <translation>Hotlist VRM</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Plate image</source>
        <translation>Plate image</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Seen %1</source>
        <translation>Seen %1</translation>
    </message>
    <message>
        <source>Recogniser produced &quot;%1&quot;</source>
        <translation>Recogniser produced &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No plate image</source>
        <translation>No plate image</translation>
    </message>
    <message>
        <source>Plate patch of %1</source>
        <translation>Plate patch of %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No hit has been acknowledged as a misread.</source>
        <translation>No hit has been acknowledged as a misread.</translation>
    </message>
    <message>
        <source>Misreads: %1</source>
        <translation>Misreads: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No overview image</source>
        <translation>No overview image</translation>
    </message>
    <message>
        <source>The misread hits are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1).</source>
        <translation>The misread hits are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1).</translation>
    </message>
</context>
<context>
    <name>Kestrel::SearchWindow</name>
    <message>
        <source>Search reads — %1</source>
        <translation>Search reads — %1</translation>
    </message>
    <message>
        <source>Purpose of the search</source>
        <translation>Purpose of the search</translation>
    </message>
    <message>
        <source>Required: case or incident number</source>
        <translation>Required: case or incident number</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Case reference:</translation>
    </message>
    <message>
        <source>Times are local (%1); unticked means no limit.</source>
        <translation>Times are local (%1); unticked means no limit.</translation>
    </message>
    <message>
        <source>e.g. AB12CDE, AB1?C*  (? one character, * any run)</source>
        <translation>e.g. AB12CDE, AB1?C*  (? one character, * any run)</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>All cameras</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation>Plate:</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Request access…</source>
        <translation>Request access…</translation>
    </message>
    <message>
        <source>Plate image</source>
        <translation>Plate image</translation>
    </message>
    <message>
        <source>VRM</source>
        <translation>VRM</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Time (local)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <source>Target VRM</source>
        <translation>Target VRM</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Within:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>At least:</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>Times together</source>
        <translation>Times together</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Usually seen at</source>
        <translation>Usually seen at</translation>
    </message>
    <message>
        <source>Vehicles seen at the same camera within the window of the target, at least the given number of times, in the time range above.</source>
        <translation>Vehicles seen at the same camera within the window of the target, at least the given number of times, in the time range above.</translation>
    </message>
    <message>
        <source>Convoy</source>
        <translation>Convoy</translation>
    </message>
    <message>
        <source>Every search is recorded with its purpose and case reference.</source>
        <translation>Every search is recorded with its purpose and case reference.</translation>
    </message>
    <message>
        <source>Enter the case reference: every search states one, and it is recorded.</source>
        <translation>Enter the case reference: every search states one, and it is recorded.</translation>
    </message>
    <message>
        <source>Search refused: %1</source>
        <translation>Search refused: %1</translation>
    </message>
    <message>
        <source>Search not run: %1</source>
        <translation>Search not run: %1</translation>
    </message>
    <message>
        <source>%1 read(s) shown; more matched: narrow the search.</source>
        <translation>%1 read(s) shown; more matched: narrow the search.</translation>
    </message>
    <message>
        <source>%1 read(s). Double-click a read to see its images.</source>
        <translation>%1 read(s). Double-click a read to see its images.</translation>
    </message>
    <message>
        <source>⚠ image check failed</source>
        <translation>⚠ image check failed</translation>
    </message>
    <message>
        <source>The image could not be decoded.</source>
        <translation>The image could not be decoded.</translation>
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
        <translation>Request %1 sent: a supervisor other than you must approve it.</translation>
    </message>
    <message>
        <source>%1 pass(es) of the target; %2 vehicle(s) travelling with it.</source>
        <translation>%1 pass(es) of the target; %2 vehicle(s) travelling with it.</translation>
    </message>
    <message>
        <source>Not shown: not audited</source>
        <translation>Not shown: not audited</translation>
    </message>
    <message>
        <source>The plate images are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1).</source>
        <translation>The plate images are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1).</translation>
    </message>
    <message>
        <source>Reads captured before %1 are not shown to you for this purpose and case.</source>
        <translation>Reads captured before %1 are not shown to you for this purpose and case.</translation>
    </message>
    <message>
        <source>To see older reads, ask a supervisor for extended access for this case: use Request access…</source>
        <translation>To see older reads, ask a supervisor for extended access for this case: use Request access…</translation>
    </message>
    <message>
        <source>To see older reads, refer the case to an investigator, who can ask a supervisor for extended access.</source>
        <translation>To see older reads, refer the case to an investigator, who can ask a supervisor for extended access.</translation>
    </message>
    <message>
        <source>Reads captured before %1 are not shown to you.</source>
        <translation>Reads captured before %1 are not shown to you.</translation>
    </message>
</context>
<context>
    <name>Kestrel::SessionLock</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Locked: %1 is signed in</source>
        <translation>Locked: %1 is signed in</translation>
    </message>
    <message>
        <source>The screen was locked to protect the data it shows. Enter the password to carry on.</source>
        <translation>The screen was locked to protect the data it shows. Enter the password to carry on.</translation>
    </message>
    <message>
        <source>Not unlocked: %1</source>
        <translation>Not unlocked: %1</translation>
    </message>
    <message>
        <source>No hits since the screen was locked.</source>
        <translation>No hits since the screen was locked.</translation>
    </message>
    <message>
        <source>Not unlocked: the audit trail could not be written (%1). Call the system administrator.</source>
        <translation>Not unlocked: the audit trail could not be written (%1). Call the system administrator.</translation>
    </message>
    <message>
        <source>Shift handover: the next operator enters their own user name and password. The signed-in user is logged out; both are recorded in the audit trail.</source>
        <translation>Shift handover: the next operator enters their own user name and password. The signed-in user is logged out; both are recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Next operator&apos;s user name</source>
        <translation>Next operator&apos;s user name</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Hand over the shift…</translation>
    </message>
    <message numerus="yes">
        <source>%n High hit(s) waiting for a response.</source>
        <translation>
            <numerusform>%n High hit waiting for a response.</numerusform>
            <numerusform>%n High hits waiting for a response.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hits waiting to be acknowledged: %1.</source>
        <translation>Hits waiting to be acknowledged: %1.</translation>
    </message>
    <message>
        <source>Since the lock: %1 hit(s), %2 High. Unlock to respond.</source>
        <translation>Since the lock: %1 hit(s), %2 High. Unlock to respond.</translation>
    </message>
    <message>
        <source>Since the lock: %1 hit(s). Unlock to see them.</source>
        <translation>Since the lock: %1 hit(s). Unlock to see them.</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Take over</translation>
    </message>
    <message>
        <source>&amp;Cancel the handover</source>
        <translation>&amp;Cancel the handover</translation>
    </message>
    <message>
        <source>Not handed over: %1</source>
        <translation>Not handed over: %1</translation>
    </message>
    <message>
        <source>Handing over to %1…</source>
        <translation>Handing over to %1…</translation>
    </message>
</context>
<context>
    <name>Kestrel::Theme</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
</context>
<context>
    <name>Kestrel::UserForm</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>User names are 1 to %1 letters (A-Z), digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, unique without regard to case. The password needs at least %2 characters; tell it to the person in person.</source>
        <translation>User names are 1 to %1 letters (A-Z), digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, unique without regard to case. The password needs at least %2 characters; tell it to the person in person.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters. The account&apos;s failed attempts are not cleared: use Unlock for that.</source>
        <translation>The new password needs at least %1 characters. The account&apos;s failed attempts are not cleared: use Unlock for that.</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <source>What %1 may do follows from these roles, from the next thing they do.</source>
        <translation>What %1 may do follows from these roles, from the next thing they do.</translation>
    </message>
    <message>
        <source>e.g. PC 1234 Jones (empty: the user name)</source>
        <translation>e.g. PC 1234 Jones (empty: the user name)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Save roles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ: type the password again in both fields.</source>
        <translation>The two passwords differ: type the password again in both fields.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>Refused: %1: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::UsersDialog</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Investigator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Every change is checked and recorded in the audit trail. The last enabled administrator can neither be disabled nor lose the role.</source>
        <translation>Every change is checked and recorded in the audit trail. The last enabled administrator can neither be disabled nor lose the role.</translation>
    </message>
    <message>
        <source>The accounts, for reading only: only administrators change them.</source>
        <translation>The accounts, for reading only: only administrators change them.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Locked out</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Change &amp;roles…</translation>
    </message>
    <message>
        <source>Clears a lockout after too many wrong passwords, and the count of failed attempts.</source>
        <translation>Clears a lockout after too many wrong passwords, and the count of failed attempts.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The users could not be listed: %1</source>
        <translation>The users could not be listed: %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>No (%1 failed attempt(s))</source>
        <translation>No (%1 failed attempt(s))</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Select a user first.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 was not changed: %2</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer log in.</source>
        <translation>%1 is disabled and can no longer log in.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 is enabled again.</translation>
    </message>
    <message>
        <source>%1 was not unlocked: %2</source>
        <translation>%1 was not unlocked: %2</translation>
    </message>
    <message>
        <source>%1 is unlocked: the failed attempts are cleared.</source>
        <translation>%1 is unlocked: the failed attempts are cleared.</translation>
    </message>
    <message>
        <source>%1 added with the roles %2.</source>
        <translation>%1 added with the roles %2.</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>The password of %1 is reset.</translation>
    </message>
    <message>
        <source>%1 now has the roles %2.</source>
        <translation>%1 now has the roles %2.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Wording</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Serious crime</source>
        <translation>Serious crime</translation>
    </message>
    <message>
        <source>Major crime</source>
        <translation>Major crime</translation>
    </message>
    <message>
        <source>Counter-terrorism</source>
        <translation>Counter-terrorism</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 days</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>24 months</source>
        <translation>24 months</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>Pending validation</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Demo Operator</source>
        <translation>Demo Operator</translation>
    </message>
    <message>
        <source>Demo Investigator</source>
        <translation>Demo Investigator</translation>
    </message>
    <message>
        <source>Demo Supervisor</source>
        <translation>Demo Supervisor</translation>
    </message>
    <message>
        <source>Demo Administrator</source>
        <translation>Demo Administrator</translation>
    </message>
    <message>
        <source>Demo Auditor</source>
        <translation>Demo Auditor</translation>
    </message>
    <message>
        <source>Demo: log in as %1, each with the password %2.</source>
        <translation>Demo: log in as %1, each with the password %2.</translation>
    </message>
</context>
</TS>
