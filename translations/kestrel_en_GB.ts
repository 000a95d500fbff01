<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>zone %1 "%2" has %3 number(s); write four: x,y,w,h.</source>
        <translation>zone %1 "%2" has %3 number(s); write four: x,y,w,h.</translation>
    </message>
    <message>
        <source>zone %1 "%2": "%3" is not a number.</source>
        <translation>zone %1 "%2": "%3" is not a number.</translation>
    </message>
    <message>
        <source>zone %1 "%2": %3 is outside 0 to 1 (fractions of the frame).</source>
        <translation>zone %1 "%2": %3 is outside 0 to 1 (fractions of the frame).</translation>
    </message>
    <message>
        <source>zone %1 "%2": width and height must be above 0.</source>
        <translation>zone %1 "%2": width and height must be above 0.</translation>
    </message>
    <message>
        <source>zone %1 "%2" runs outside the frame (x + w and y + h must be at most 1).</source>
        <translation>zone %1 "%2" runs outside the frame (x + w and y + h must be at most 1).</translation>
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
        <source>--escalate-after-s: "%1" is not a whole number of seconds above 0.</source>
        <translation>--escalate-after-s: "%1" is not a whole number of seconds above 0.</translation>
    </message>
</context>
<context>
    <name>Kestrel::HitAcknowledger</name>
    <message>
        <source>No evidence store is open.</source>
        <translation>No evidence store is open.</translation>
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
        <source>COVERT: do not disclose to the vehicle's occupants or over open channels.</source>
        <translation>COVERT: do not disclose to the vehicle's occupants or over open channels.</translation>
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
        <source>&lt;span style="background:%1; color:%2; font-weight:bold;"&gt;&amp;nbsp;%3 %4&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b style="font-size:13pt;"&gt;%5&lt;/b&gt; &amp;nbsp; %6</source>
        <translation>&lt;span style="background:%1; color:%2; font-weight:bold;"&gt;&amp;nbsp;%3 %4&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;b style="font-size:13pt;"&gt;%5&lt;/b&gt; &amp;nbsp; %6</translation>
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
        <source>Acknowledged as "%1".</source>
        <translation>Acknowledged as "%1".</translation>
    </message>
    <message>
        <source>Recording the acknowledgement…</source>
        <translation>Recording the acknowledgement…</translation>
    </message>
</context>
<context>
    <name>Kestrel::LoginDialog</name>
    <message>
        <source>Kestrel — log in</source>
        <translation>Kestrel — log in</translation>
    </message>
    <message>
        <source>&lt;b style="font-size:14pt;"&gt;Kestrel ANPR&lt;/b&gt;&lt;br&gt;Log in with your own account. Every action is recorded.</source>
        <translation>&lt;b style="font-size:14pt;"&gt;Kestrel ANPR&lt;/b&gt;&lt;br&gt;Log in with your own account. Every action is recorded.</translation>
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
        <source>This database has no users yet. Create the first administrator with
kestrel-cli --db %1 users add NAME --role administrator
or start Kestrel with --demo to try it with demo accounts.</source>
        <translation>This database has no users yet. Create the first administrator with
kestrel-cli --db %1 users add NAME --role administrator
or start Kestrel with --demo to try it with demo accounts.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Log-in refused: %1</source>
        <translation>Log-in refused: %1</translation>
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
    <name>Kestrel::ReadsModel</name>
    <message>
        <source>Plate patch of %1</source>
        <translation>Plate patch of %1</translation>
    </message>
    <message>
        <source>Recogniser read "%1", repaired to %2</source>
        <translation>Recogniser read "%1", repaired to %2</translation>
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
        <source>Recogniser produced "%1"</source>
        <translation>Recogniser produced "%1"</translation>
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
</TS>
