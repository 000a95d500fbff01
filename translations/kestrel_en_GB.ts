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
        <source>File or folder path, rtsp://…, /dev/video0</source>
        <translation>File or folder path, rtsp://…, /dev/video0</translation>
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
        <translation type="unfinished"></translation>
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
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved %1 change(s); each is in the audit trail.</source>
        <translation>Saved %1 change(s); each is in the audit trail.</translation>
    </message>
    <message>
        <source>Operators search back (hours)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Choose the outcome…</source>
        <translation>Choose the outcome…</translation>
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
        <source>Outcome:</source>
        <translation>Outcome:</translation>
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
        <source>Choose the outcome…</source>
        <translation type="unfinished">Choose the outcome…</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-in failed: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not record %1 of camera %2: %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: not audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: the audit trail could not be written</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate images are not shown: viewing them must be recorded in the audit trail, and the audit trail could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads captured before %1 are not shown to you for this purpose and case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see older reads, ask a supervisor for extended access for this case: use Request access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see older reads, refer the case to an investigator, who can ask a supervisor for extended access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads captured before %1 are not shown to you.</source>
        <translation type="unfinished"></translation>
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
        <source>Hits waiting: %1, High: %2. Unlock to respond.</source>
        <translation>Hits waiting: %1, High: %2. Unlock to respond.</translation>
    </message>
    <message>
        <source>Hits waiting: %1. Unlock to see them.</source>
        <translation>Hits waiting: %1. Unlock to see them.</translation>
    </message>
    <message>
        <source>Not unlocked: the audit trail could not be written (%1). Call the system administrator.</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
