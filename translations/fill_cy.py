#!/usr/bin/env python3
"""Fills kestrel_cy.ts from a Welsh glossary and marks kestrel_en_GB.ts as identical to the source.

Run after `make update_translations`. Fails (exit 1) when a source string has no Welsh entry or
when a translation does not keep the placeholders (%1, %2...) of its source.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

CY = {
    "Add camera": "Ychwanegu camera",
    "e.g. CAM-A64-NB": "e.e. CAM-A64-NB",
    "Shown to operators": "Yn cael ei ddangos i weithredwyr",
    "Restricted: not disclosed outside the force": "Cyfyngedig: ni chaiff ei ddatgelu y tu allan i'r heddlu",
    "e.g. NB, towards city": "e.e. NB, tua'r ddinas",
    "File or folder path, rtsp://…, /dev/video0": "Llwybr ffeil neu ffolder, rtsp://…, /dev/video0",
    "Browse…": "Pori…",
    "Play files at real-time speed": "Chwarae ffeiliau ar gyflymder amser real",
    "Loop files": "Ailchwarae ffeiliau mewn dolen",
    "&Identifier:": "&Dynodwr:",
    "&Name:": "&Enw:",
    "&Location:": "&Lleoliad:",
    "&Direction:": "&Cyfeiriad teithio:",
    "Source &kind:": "&Math o ffynhonnell:",
    "&Address:": "C&yfeiriad y ffynhonnell:",
    "Start camera": "Cychwyn camera",
    "Cancel": "Canslo",
    "No camera source plugin is loaded: see Help → Plugins.":
        "Nid oes ategyn ffynhonnell camera wedi'i lwytho: gweler Cymorth → Ategion.",
    "Choose a video file": "Dewis ffeil fideo",
    "Video files (*.mp4 *.mkv *.avi *.mov);;All files (*)":
        "Ffeiliau fideo (*.mp4 *.mkv *.avi *.mov);;Pob ffeil (*)",
    "Enter an identifier for the camera.": "Rhowch ddynodwr ar gyfer y camera.",
    "Enter the address of the source.": "Rhowch gyfeiriad y ffynhonnell.",
    "%1: no such file or folder.": "%1: nid oes ffeil na ffolder o'r fath.",
    "The camera could not be started: %1": "Nid oedd modd cychwyn y camera: %1",
    "Online": "Ar-lein",
    "Connecting": "Yn cysylltu",
    "Offline": "All-lein",
    "Finished": "Wedi gorffen",
    "Stopped": "Wedi stopio",
    "Connecting…": "Yn cysylltu…",
    "No picture": "Dim llun",
    "Kestrel ANPR workstation": "Gweithfan ANPR Kestrel",
    "Run the embedded demo (demo users, demo hotlist, demo camera).":
        "Rhedeg yr arddangosiad mewnol (defnyddwyr, rhestr boeth a chamera arddangos).",
    # Option value names stay as they are: the help text refers to them as <dir>, <name>...
    "Keep data in <dir>.": "Cadw data yn <dir>.",
    "dir": "dir",
    "Interface language: en_GB or cy.": "Iaith y rhyngwyneb: en_GB neu cy.",
    "lang": "lang",
    "Log in as <name> without the dialog.": "Mewngofnodi fel <name> heb y ffenestr ddeialog.",
    "name": "name",
    "Read the password for --user from environment variable <var>.":
        "Darllen y cyfrinair ar gyfer --user o'r newidyn amgylchedd <var>.",
    "var": "var",
    "Save a picture of the main window to <file>.": "Cadw llun o'r brif ffenestr yn <file>.",
    "file": "file",
    "Quit after <ms> milliseconds (taking the screenshot first).":
        "Gadael ar ôl <ms> milieiliad (gan dynnu'r sgrinlun yn gyntaf).",
    "ms": "ms",
    "Load no plugins.": "Peidio â llwytho unrhyw ategion.",
    "Kestrel": "Kestrel",
    "Cannot create the data folder %1.": "Methu creu'r ffolder data %1.",
    "Kestrel cannot start": "Ni all Kestrel gychwyn",
    "The evidence store could not be opened:\n%1": "Nid oedd modd agor y storfa dystiolaeth:\n%1",
    "The demo users could not be created: %1": "Nid oedd modd creu'r defnyddwyr arddangos: %1",
    "Demo A64 northbound": "Arddangos: A64 tua'r gogledd",
    "Demo site": "Safle arddangos",
    "The demo video demo/demo.mp4 was not found.": "Ni chafwyd hyd i'r fideo arddangos demo/demo.mp4.",
    "The demo camera could not be started: %1": "Nid oedd modd cychwyn y camera arddangos: %1",
    "= exact": "= union",
    "≈ equivalent — check the image": "≈ cyfatebol — gwiriwch y ddelwedd",
    "≈ %1 character(s) different — check the image": "≈ %1 nod yn wahanol — gwiriwch y ddelwedd",
    "≈ pattern %1 — check the image": "≈ patrwm %1 — gwiriwch y ddelwedd",
    "Not yet acknowledged": "Heb ei gydnabod eto",
    "Intercepted": "Wedi'i atal",
    "Not located": "Heb ei ganfod",
    "No action": "Dim camau",
    "Misread": "Camddarlleniad",
    "Read %1, listed as %2": "Darllenwyd %1, wedi'i restru fel %2",
    "%1 / %2": "%1 / %2",
    "%1 (%2)": "%1 (%2)",
    "● New": "● Newydd",
    "Priority": "Blaenoriaeth",
    "VRM": "VRM",
    "List / category": "Rhestr / categori",
    "Reason": "Rheswm",
    "Action": "Cam gweithredu",
    "Match": "Cyfatebiaeth",
    "Camera": "Camera",
    "Time": "Amser",
    "Status": "Statws",
    "Hits": "Trawiadau",
    "Note (optional)": "Nodyn (dewisol)",
    "Acknowledge": "Cydnabod",
    "Outcome:": "Canlyniad:",
    "<b>Select a hit to see its evidence.</b>": "<b>Dewiswch drawiad i weld ei dystiolaeth.</b>",
    "No plate image": "Dim delwedd plât",
    "No overview image": "Dim delwedd trosolwg",
    "Warning markers": "Marcwyr rhybudd",
    "List": "Rhestr",
    "Category": "Categori",
    "Source": "Ffynhonnell",
    "Listed VRM": "VRM ar y rhestr",
    "Vehicle": "Cerbyd",
    "Reference": "Cyfeirnod",
    "Seen": "Gwelwyd",
    "Read confidence": "Hyder y darlleniad",
    "%1 %": "%1 %",
    "Acknowledged": "Cydnabuwyd",
    "%1 by %2": "%1 gan %2",
    "Could not record the acknowledgement: %1": "Nid oedd modd cofnodi'r gydnabyddiaeth: %1",
    "Acknowledged as \"%1\".": "Cydnabuwyd fel \"%1\".",
    "Kestrel — log in": "Kestrel — mewngofnodi",
    "<b style=\"font-size:14pt;\">Kestrel ANPR</b><br>Log in with your own account. Every action is recorded.":
        "<b style=\"font-size:14pt;\">Kestrel ANPR</b><br>Mewngofnodwch gyda'ch cyfrif eich hun. "
        "Caiff pob gweithred ei chofnodi.",
    "User name": "Enw defnyddiwr",
    "Password": "Cyfrinair",
    "&User name:": "Enw &defnyddiwr:",
    "&Password:": "&Cyfrinair:",
    "Log in": "Mewngofnodi",
    "This database has no users yet. Create the first administrator with\n"
    "kestrel-cli --db %1 users add NAME --role administrator\n"
    "or start Kestrel with --demo to try it with demo accounts.":
        "Nid oes gan y gronfa ddata hon unrhyw ddefnyddwyr eto. Crëwch y gweinyddwr cyntaf gyda\n"
        "kestrel-cli --db %1 users add NAME --role administrator\n"
        "neu cychwynnwch Kestrel gyda --demo i roi cynnig arni gyda chyfrifon arddangos.",
    "Enter your user name.": "Rhowch eich enw defnyddiwr.",
    "Log-in refused: %1": "Gwrthodwyd mewngofnodi: %1",
    "Kestrel — %1": "Kestrel — %1",
    "No cameras are running. Use File → Add camera… to start one.":
        "Nid oes camerâu'n rhedeg. Defnyddiwch Ffeil → Ychwanegu camera… i gychwyn un.",
    "Live reads": "Darlleniadau byw",
    "Logged in: %1": "Wedi mewngofnodi: %1",
    "Store problem: %1": "Problem gyda'r storfa: %1",
    "&File": "&Ffeil",
    "&Add camera…": "&Ychwanegu camera…",
    "&Quit": "&Gadael",
    "&Help": "C&ymorth",
    "&Plugins…": "&Ategion…",
    "&About Kestrel": "&Ynghylch Kestrel",
    "Cameras: %1/%2 online": "Camerâu: %1/%2 ar-lein",
    "Reads: %1/min": "Darlleniadau: %1/mun",
    "Hits to acknowledge: %1 (%2 %3 High)": "Trawiadau i'w cydnabod: %1 (%2 %3 Uchel)",
    "Hits to acknowledge: %1": "Trawiadau i'w cydnabod: %1",
    "Store: %1, %2 reads": "Storfa: %1, %2 darlleniad",
    "About Kestrel": "Ynghylch Kestrel",
    "<b>Kestrel %1</b><br>Number plate recognition workstation for control rooms."
    "<br><br>Plate text is never acted on without viewing the image.":
        "<b>Kestrel %1</b><br>Gweithfan adnabod platiau rhif ar gyfer ystafelloedd rheoli."
        "<br><br>Ni weithredir ar destun plât heb edrych ar y ddelwedd.",
    "Plugins": "Ategion",
    "No plugins were found.": "Ni chafwyd hyd i unrhyw ategion.",
    "%1 plugin file(s) found.": "Cafwyd hyd i %1 ffeil ategyn.",
    "Identifier": "Dynodwr",
    "Name": "Enw",
    "Version": "Fersiwn",
    "File": "Ffeil",
    "Loaded": "Wedi llwytho",
    "✔ Yes": "✔ Do",
    "✖ No": "✖ Naddo",
    "Plate patch of %1": "Delwedd plât %1",
    "Recogniser read \"%1\", repaired to %2": "Darllenodd yr adnabyddydd \"%1\", wedi'i gywiro i %2",
    "%1, %2": "%1, %2",
    "Plate": "Plât",
    "Confidence": "Hyder",
    "High": "Uchel",
    "Medium": "Canolig",
    "Low": "Isel",
    # High-hit alert, escalation, recogniser errors, camera management, exclusion zones.
    "x,y,w,h; x,y,w,h — fractions of the frame, e.g. 0,0,0.45,0.06":
        "x,y,w,h; x,y,w,h — ffracsiynau o'r ffrâm, e.e. 0,0,0.45,0.06",
    "Areas where nothing is read: burnt-in captions, timestamps, signs in view. "
    "Each zone is x,y,width,height as fractions (0 to 1) of the picture.":
        "Ardaloedd lle na ddarllenir dim: capsiynau wedi'u llosgi i mewn, stampiau amser, arwyddion yn y golwg. "
        "Mae pob parth yn x,y,lled,uchder fel ffracsiynau (0 i 1) o'r llun.",
    "&Exclusion zones:": "&Parthau eithrio:",
    "Exclusion zones: %1": "Parthau eithrio: %1",
    'zone %1 "%2" has %3 number(s); write four: x,y,w,h.':
        'mae gan barth %1 "%2" %3 rhif; ysgrifennwch bedwar: x,y,w,h.',
    'zone %1 "%2": "%3" is not a number.': 'parth %1 "%2": nid yw "%3" yn rhif.',
    'zone %1 "%2": %3 is outside 0 to 1 (fractions of the frame).':
        'parth %1 "%2": mae %3 y tu allan i 0 i 1 (ffracsiynau o\'r ffrâm).',
    'zone %1 "%2": width and height must be above 0.':
        'parth %1 "%2": rhaid i\'r lled a\'r uchder fod yn fwy na 0.',
    'zone %1 "%2" runs outside the frame (x + w and y + h must be at most 1).':
        'mae parth %1 "%2" yn mynd y tu allan i\'r ffrâm (rhaid i x + w ac y + h fod yn 1 ar y mwyaf).',
    "Escalate a High hit left unacknowledged for <s> seconds (default: the saved setting, else 60).":
        "Uwchgyfeirio trawiad Uchel sydd heb ei gydnabod ar ôl <s> eiliad (rhagosodiad: y gosodiad a gadwyd, "
        "neu 60).",
    "s": "s",
    '--escalate-after-s: "%1" is not a whole number of seconds above 0.':
        '--escalate-after-s: nid yw "%1" yn nifer cyfan o eiliadau uwchlaw 0.',
    "No evidence store is open.": "Nid oes storfa dystiolaeth ar agor.",
    "%1 min %2 s": "%1 mun %2 e",
    "%1 s": "%1 e",
    "High priority hit": "Trawiad blaenoriaeth uchel",
    "%1 HIGH PRIORITY HIT": "%1 TRAWIAD BLAENORIAETH UCHEL",
    "⚠ ESCALATED": "⚠ WEDI'I UWCHGYFEIRIO",
    "‹ Previous": "‹ Blaenorol",
    "Next ›": "Nesaf ›",
    "Choose the outcome…": "Dewiswch y canlyniad…",
    "%1 of %2": "%1 o %2",
    "Read %1": "Darllenwyd %1",
    "⚠ Warning markers: %1": "⚠ Marcwyr rhybudd: %1",
    "No action prescribed: inform the supervisor.": "Dim cam gweithredu penodedig: rhowch wybod i'r goruchwyliwr.",
    "Not recorded": "Heb ei gofnodi",
    "%1 at %2": "%1 am %2",
    "PAST SIGHTING: raised when the entry went live, the vehicle passed earlier.":
        "GWELD YN Y GORFFENNOL: codwyd pan aeth y cofnod yn fyw, aeth y cerbyd heibio'n gynharach.",
    "COVERT: do not disclose to the vehicle's occupants or over open channels.":
        "CUDD: peidiwch â datgelu i ddeiliaid y cerbyd nac ar sianeli agored.",
    "Not acknowledged for %1": "Heb ei gydnabod ers %1",
    "Escalates in %1": "Yn uwchgyfeirio ymhen %1",
    "%1 (%2 more escalated)": "%1 (%2 arall wedi'u huwchgyfeirio)",
    "Choose the outcome first.": "Dewiswch y canlyniad yn gyntaf.",
    "Recording the acknowledgement…": "Yn cofnodi'r gydnabyddiaeth…",
    "&Recogniser errors…": "&Gwallau'r adnabyddydd…",
    "⚠ ESCALATED: %1 High hit(s) not acknowledged": "⚠ WEDI'U HUWCHGYFEIRIO: %1 trawiad Uchel heb eu cydnabod",
    "Camera %1 could not be started: %2": "Nid oedd modd cychwyn camera %1: %2",
    "Stopped by %1": "Wedi'i stopio gan %1",
    "Remove camera": "Tynnu camera",
    "Remove camera %1 from this workstation? It stops now and is not started again. "
    "Its reads and images stay in the evidence store.":
        "Tynnu camera %1 o'r weithfan hon? Mae'n stopio nawr ac ni chaiff ei gychwyn eto. "
        "Mae ei ddarlleniadau a'i ddelweddau'n aros yn y storfa dystiolaeth.",
    "&Start": "&Cychwyn",
    "S&top": "&Stopio",
    "&Remove…": "&Tynnu…",
    "Recogniser errors": "Gwallau'r adnabyddydd",
    "Hits that operators acknowledged as misread: the recogniser read the plate wrongly and it matched a "
    "hotlist entry. Review them to retrain or tune the recogniser.":
        "Trawiadau a gydnabuwyd gan weithredwyr fel camddarlleniad: darllenodd yr adnabyddydd y plât yn anghywir "
        "a chyfatebodd i gofnod ar restr boeth. Adolygwch nhw i ailhyfforddi neu fireinio'r adnabyddydd.",
    "Read as": "Darllenwyd fel",
    "Hotlist VRM": "VRM y rhestr boeth",
    "Plate image": "Delwedd plât",
    "By": "Gan",
    "Note": "Nodyn",
    "Seen %1": "Gwelwyd %1",
    'Recogniser produced "%1"': 'Cynhyrchodd yr adnabyddydd "%1"',
    "No hit has been acknowledged as a misread.": "Nid oes trawiad wedi'i gydnabod fel camddarlleniad.",
    "Misreads: %1": "Camddarlleniadau: %1",
    "Close": "Cau",
    # Investigation: search, read detail, access requests, audit trail, hotlist manager.
    "New access request": "Cais mynediad newydd",
    "Reads older than 90 days need a supervisor's approval for a named case. "
    "Another supervisor decides; an approval lapses and covers only its scope.":
        "Mae angen cymeradwyaeth goruchwyliwr ar gyfer achos penodol i weld darlleniadau sy'n hŷn na 90 diwrnod. "
        "Goruchwyliwr arall sy'n penderfynu; mae cymeradwyaeth yn dod i ben ac yn cwmpasu ei chwmpas yn unig.",
    "12 months (serious, major or counter-terrorism)": "12 mis (difrifol, mawr neu wrthderfysgaeth)",
    "24 months (major or counter-terrorism)": "24 mis (mawr neu wrthderfysgaeth)",
    "Case or incident number (required)": "Rhif achos neu ddigwyddiad (gofynnol)",
    "Why the older data is necessary and proportionate for this case":
        "Pam mae'r data hŷn yn angenrheidiol ac yn gymesur ar gyfer yr achos hwn",
    "e.g. AB12CDE, XY65ZZT (empty: any VRM in the time range)":
        "e.e. AB12CDE, XY65ZZT (gwag: unrhyw VRM yn yr ystod amser)",
    "From": "O",
    "To": "I",
    "&Tier:": "&Haen:",
    "&Purpose:": "&Diben:",
    "Case &reference:": "&Cyfeirnod yr achos:",
    "&Justification:": "C&yfiawnhad:",
    "&VRMs:": "&VRMau:",
    "Time range:": "Ystod amser:",
    "Send request": "Anfon y cais",
    'VRM "%1": %2': 'VRM "%1": %2',
    "Refused: %1": "Gwrthodwyd: %1",
    "%1 to %2": "%1 i %2",
    "any time": "unrhyw bryd",
    "now": "nawr",
    "Access requests": "Ceisiadau mynediad",
    "No.": "Rhif",
    "State": "Cyflwr",
    "Case reference": "Cyfeirnod yr achos",
    "Purpose": "Diben",
    "Tier": "Haen",
    "Scope": "Cwmpas",
    "Requested": "Gofynnwyd",
    "Decided by": "Penderfynwyd gan",
    "Expires": "Yn dod i ben",
    "&New request…": "Cais &newydd…",
    "My requests": "Fy ngheisiadau",
    "Pending requests. You cannot decide your own: another supervisor must.":
        "Ceisiadau yn aros. Ni allwch benderfynu ar eich cais eich hun: rhaid i oruchwyliwr arall wneud hynny.",
    "Requester": "Ceisydd",
    "Justification": "Cyfiawnhad",
    "Reason for the decision (required)": "Rheswm dros y penderfyniad (gofynnol)",
    "&Approve": "&Cymeradwyo",
    "&Decline": "&Gwrthod",
    "Reason:": "Rheswm:",
    "Approvals queue": "Ciw cymeradwyo",
    "Access requests are for investigators and supervisors.":
        "Mae ceisiadau mynediad ar gyfer ymchwilwyr a goruchwylwyr.",
    "Request %1 is pending: a supervisor other than you must approve it.":
        "Mae cais %1 yn aros: rhaid i oruchwyliwr heblaw chi ei gymeradwyo.",
    "Select a request in the queue first.": "Dewiswch gais yn y ciw yn gyntaf.",
    "Request %1 not decided: %2": "Ni phenderfynwyd ar gais %1: %2",
    "Request %1 approved until %2.": "Cymeradwywyd cais %1 tan %2.",
    "Request %1 declined.": "Gwrthodwyd cais %1.",
    "Audit trail": "Llwybr archwilio",
    "Text in the details, e.g. a VRM or case reference": "Testun yn y manylion, e.e. VRM neu gyfeirnod achos",
    "User:": "Defnyddiwr:",
    "Action:": "Gweithred:",
    "Time (local)": "Amser (lleol)",
    "User": "Defnyddiwr",
    "Details": "Manylion",
    "&Verify chain": "&Gwirio'r gadwyn",
    "&Export CSV…": "&Allforio CSV…",
    "&Refresh": "&Adnewyddu",
    "The audit trail is for auditors and administrators.":
        "Mae'r llwybr archwilio ar gyfer archwilwyr a gweinyddwyr.",
    "Anyone": "Unrhyw un",
    "Any action": "Unrhyw weithred",
    "%1 of %2 entries": "%1 o %2 cofnod",
    "✔ Chain intact: %1 entries checked.": "✔ Mae'r gadwyn yn gyfan: gwiriwyd %1 cofnod.",
    "✖ Chain broken: %1": "✖ Mae'r gadwyn wedi torri: %1",
    "Export the audit trail": "Allforio'r llwybr archwilio",
    "CSV files (*.csv)": "Ffeiliau CSV (*.csv)",
    "Cannot write %1: %2": "Methu ysgrifennu %1: %2",
    "Exported %1 entries to %2.": "Allforiwyd %1 cofnod i %2.",
    "Hotlists": "Rhestrau poeth",
    "VRM, part of one, or a pattern: AB1?C*": "VRM, rhan o un, neu batrwm: AB1?C*",
    "Every status": "Pob statws",
    "Search:": "Chwilio:",
    "Status:": "Statws:",
    "Added by": "Ychwanegwyd gan",
    "Validated by": "Dilyswyd gan",
    "&Import…": "&Mewnforio…",
    "&Validate": "&Dilysu",
    "A second authorised person confirms a pending entry; it then goes live.":
        "Mae ail berson awdurdodedig yn cadarnhau cofnod sy'n aros; yna mae'n mynd yn fyw.",
    "&Withdraw…": "&Tynnu'n ôl…",
    "Weed &expired": "Chwynnu'r rhai sydd wedi dod i &ben",
    "%1 (covert)": "%1 (cudd)",
    "No expiry": "Dim dyddiad dod i ben",
    "Select an entry to see all of it.": "Dewiswch gofnod i'w weld yn llawn.",
    "Action: %1": "Cam gweithredu: %1",
    "none given": "dim wedi'i roi",
    "Vehicle: %1": "Cerbyd: %1",
    "Reference: %1 · Grading: %2": "Cyfeirnod: %1 · Graddio: %2",
    "Live since %1": "Yn fyw ers %1",
    "The past reads could not be checked: %1": "Nid oedd modd gwirio'r darlleniadau blaenorol: %1",
    "Import a hotlist": "Mewnforio rhestr boeth",
    "Hotlists (%1);;All files (*)": "Rhestrau poeth (%1);;Pob ffeil (*)",
    "no importer reads files like this": "nid oes mewnforiwr yn darllen ffeiliau fel hyn",
    "Nothing imported: %1": "Ni fewnforiwyd dim: %1",
    "%1: %2 imported (%3 live, %4 waiting for validation), %5 line(s) rejected, %6 retrospective hit(s).":
        "%1: mewnforiwyd %2 (%3 yn fyw, %4 yn aros i gael eu dilysu), gwrthodwyd %5 llinell, "
        "%6 trawiad ôl-weithredol.",
    "Import complete.": "Mewnforio wedi'i gwblhau.",
    "Import complete; the rejected lines are listed below.":
        "Mewnforio wedi'i gwblhau; mae'r llinellau a wrthodwyd wedi'u rhestru isod.",
    "Not validated: %1": "Heb ei ddilysu: %1",
    "Entry %1 (%2) is live; %3 retrospective hit(s).": "Mae cofnod %1 (%2) yn fyw; %3 trawiad ôl-weithredol.",
    "Withdraw entry %1": "Tynnu cofnod %1 yn ôl",
    "Why is this entry withdrawn? (recorded in the audit trail)":
        "Pam mae'r cofnod hwn yn cael ei dynnu'n ôl? (caiff ei gofnodi yn y llwybr archwilio)",
    "Give a reason to withdraw an entry.": "Rhowch reswm dros dynnu cofnod yn ôl.",
    "Not withdrawn: %1": "Heb ei dynnu'n ôl: %1",
    "Entry %1 withdrawn: it no longer matches.": "Tynnwyd cofnod %1 yn ôl: nid yw'n cyfateb mwyach.",
    "Weeding failed: %1": "Methodd y chwynnu: %1",
    "%1 expired entr(y/ies) stopped matching; %2 without hits deleted.":
        "Mae %1 cofnod sydd wedi dod i ben wedi peidio â chyfateb; dilëwyd %2 heb drawiadau.",
    "Hot&lists": "Rhestrau &poeth",
    "&Manage…": "&Rheoli…",
    "&Investigate": "&Ymchwilio",
    "&Search…": "&Chwilio…",
    "&Access requests…": "Ceisiadau &mynediad…",
    "&Audit": "&Archwilio",
    "Audit &trail…": "&Llwybr archwilio…",
    "plate image": "delwedd y plât",
    "overview image": "delwedd trosolwg",
    "Camera:": "Camera:",
    "Seen (local):": "Gwelwyd (lleol):",
    "Seen (UTC):": "Gwelwyd (UTC):",
    "Confidence:": "Hyder:",
    "Recogniser read:": "Darllenodd yr adnabyddydd:",
    "Also possible:": "Darlleniadau posibl eraill:",
    "Location:": "Lleoliad:",
    "Plate image SHA-256 %1\nOverview SHA-256 %2": "SHA-256 delwedd y plât %1\nSHA-256 y trosolwg %2",
    "Evidence:": "Tystiolaeth:",
    "Case:": "Achos:",
    "⚠ Integrity warning: %1 The file no longer matches the hash recorded at capture; it is not shown "
    "and must not be relied on. Report this to the system administrator.":
        "⚠ Rhybudd cywirdeb: %1 Nid yw'r ffeil yn cyfateb mwyach i'r stwnsh a gofnodwyd wrth ei chipio; "
        "nid yw'n cael ei dangos ac ni ddylid dibynnu arni. Rhowch wybod i weinyddwr y system.",
    "The %1 failed its check (%2).": "Methodd %1 ei gwiriad (%2).",
    "The %1 could not be read (%2).": "Nid oedd modd darllen %1 (%2).",
    "Search reads — %1": "Chwilio darlleniadau — %1",
    "Purpose of the search": "Diben y chwiliad",
    "Required: case or incident number": "Gofynnol: rhif achos neu ddigwyddiad",
    "Purpose:": "Diben:",
    "Case reference:": "Cyfeirnod yr achos:",
    "Times are local (%1); unticked means no limit.": "Amseroedd lleol (%1); heb dic yn golygu dim terfyn.",
    "e.g. AB12CDE, AB1?C*  (? one character, * any run)": "e.e. AB12CDE, AB1?C*  (? un nod, * unrhyw rediad)",
    "All cameras": "Pob camera",
    "&Search": "&Chwilio",
    "Plate:": "Plât:",
    "Request access…": "Gofyn am fynediad…",
    "Reads": "Darlleniadau",
    "Target VRM": "VRM targed",
    " s": " e",
    "&Analyse": "&Dadansoddi",
    "Target:": "Targed:",
    "Within:": "O fewn:",
    "At least:": "O leiaf:",
    "times": "gwaith",
    "Times together": "Nifer o weithiau gyda'i gilydd",
    "First seen": "Gwelwyd gyntaf",
    "Last seen": "Gwelwyd ddiwethaf",
    "Usually seen at": "Gwelir fel arfer yn",
    "Vehicles seen at the same camera within the window of the target, at least the given number of times, "
    "in the time range above.":
        "Cerbydau a welwyd wrth yr un camera o fewn ffenestr y targed, o leiaf y nifer a roddwyd o weithiau, "
        "yn yr ystod amser uchod.",
    "Convoy": "Confoi",
    "Every search is recorded with its purpose and case reference.":
        "Caiff pob chwiliad ei gofnodi gyda'i ddiben a chyfeirnod yr achos.",
    "Enter the case reference: every search states one, and it is recorded.":
        "Rhowch gyfeirnod yr achos: mae pob chwiliad yn nodi un, ac fe'i cofnodir.",
    "Search refused: %1": "Gwrthodwyd y chwiliad: %1",
    "Search not run: %1": "Ni redwyd y chwiliad: %1",
    "%1 matching read(s) withheld: %2.": "Ataliwyd %1 darlleniad cyfatebol: %2.",
    "To see them, ask a supervisor for extended access for this case: use Request access…":
        "I'w gweld, gofynnwch i oruchwyliwr am fynediad estynedig ar gyfer yr achos hwn: defnyddiwch Gofyn am fynediad…",
    "To see them, refer the case to an investigator, who can ask a supervisor for extended access.":
        "I'w gweld, cyfeiriwch yr achos at ymchwilydd, a all ofyn i oruchwyliwr am fynediad estynedig.",
    "%1 read(s) shown; more matched: narrow the search.":
        "Dangosir %1 darlleniad; roedd mwy yn cyfateb: culhewch y chwiliad.",
    "%1 read(s). Double-click a read to see its images.":
        "%1 darlleniad. Cliciwch ddwywaith ar ddarlleniad i weld ei ddelweddau.",
    "⚠ image check failed": "⚠ methodd gwiriad y ddelwedd",
    "The image could not be decoded.": "Nid oedd modd datgodio'r ddelwedd.",
    "UTC %1": "UTC %1",
    "Request %1 sent: a supervisor other than you must approve it.":
        "Anfonwyd cais %1: rhaid i oruchwyliwr heblaw chi ei gymeradwyo.",
    "%1 pass(es) of the target; %2 vehicle(s) travelling with it.":
        "%1 pasiad gan y targed; %2 cerbyd yn teithio gydag ef.",
    "%1 read(s) withheld: %2.": "Ataliwyd %1 darlleniad: %2.",
    "Routine": "Arferol",
    "Serious crime": "Troseddu difrifol",
    "Major crime": "Troseddu mawr",
    "Counter-terrorism": "Gwrthderfysgaeth",
    "90 days": "90 diwrnod",
    "12 months": "12 mis",
    "24 months": "24 mis",
    "Pending": "Yn aros",
    "Approved": "Cymeradwywyd",
    "Declined": "Gwrthodwyd",
    "Expired": "Wedi dod i ben",
    "Pending validation": "Yn aros i gael ei ddilysu",
    "Live": "Yn fyw",
    "Withdrawn": "Wedi'i dynnu'n ôl",
    "&Lock screen": "&Cloi'r sgrin",
    "Retention did not run: %1": "Ni redodd y cyfnod cadw: %1",
    "Housekeeping: expired hotlist entries weeded: %1; reads past retention deleted: %2; "
    "older reads whose images were deleted: %3.":
        "Cadw tŷ: cofnodion rhestr boeth wedi dod i ben a chwynnwyd: %1; darlleniadau y tu hwnt i'r "
        "cyfnod cadw a ddilëwyd: %2; darlleniadau hŷn y dilëwyd eu delweddau: %3.",
    "&Unlock": "&Datgloi",
    "Locked: %1 is signed in": "Wedi'i gloi: mae %1 wedi mewngofnodi",
    "The screen was locked to protect the data it shows. Enter the password to carry on.":
        "Cafodd y sgrin ei chloi i ddiogelu'r data y mae'n ei ddangos. Rhowch y cyfrinair i barhau.",
    "Not unlocked: %1": "Heb ddatgloi: %1",
    "No hits since the screen was locked.": "Dim trawiadau ers i'r sgrin gael ei chloi.",
    "Hits waiting: %1, High: %2. Unlock to respond.": "Trawiadau'n aros: %1, Uchel: %2. Datglowch i ymateb.",
    "Hits waiting: %1. Unlock to see them.": "Trawiadau'n aros: %1. Datglowch i'w gweld.",
    "&Preserve for this case…": "&Cadw ar gyfer yr achos hwn…",
    "Keep this read and its images past the retention period until a supervisor releases it":
        "Cadw'r darlleniad hwn a'i ddelweddau y tu hwnt i'r cyfnod cadw nes i oruchwyliwr ei ryddhau",
    "Preserve read": "Cadw darlleniad",
    "Why must this read be kept for case %1?": "Pam mae'n rhaid cadw'r darlleniad hwn ar gyfer achos %1?",
    "Retention:": "Cyfnod cadw:",
    "Held for %1 by %2 since %3": "Yn cael ei gadw ar gyfer %1 gan %2 ers %3",
    "Deleted when the retention period ends": "Caiff ei ddileu pan ddaw'r cyfnod cadw i ben",
    "Not preserved: %1": "Heb ei gadw: %1",
    "The audit anchor could not be written to %1: %2": "Nid oedd modd ysgrifennu angor yr archwiliad i %1: %2",
    # Force settings (administrators)
    "Force settings": "Gosodiadau'r heddlu",
    "Reads any role that needs them may see (days)": "Darlleniadau y gall unrhyw rôl sydd eu hangen eu gweld (dyddiau)",
    "Serious cases with approval, up to (days)": "Achosion difrifol gyda chymeradwyaeth, hyd at (dyddiau)",
    "An approval lasts (days)": "Mae cymeradwyaeth yn para (dyddiau)",
    "Reads are kept (days)": "Cedwir darlleniadau (dyddiau)",
    "Vehicle images are kept (days)": "Cedwir delweddau cerbydau (dyddiau)",
    "How long reads may be seen and kept. Major and counter-terrorism cases may see reads up to the retention period with a 24-month approval. Every change is recorded in the audit trail.":
        "Am ba hyd y gellir gweld a chadw darlleniadau. Gall achosion mawr a gwrthderfysgaeth weld darlleniadau hyd at y cyfnod cadw gyda chymeradwyaeth 24 mis. Cofnodir pob newid yn y llwybr archwilio.",
    "Save": "Cadw",
    "Not saved: %1": "Heb ei gadw: %1",
    "Saved %1 change(s); each is in the audit trail.": "Cadwyd %1 newid; mae pob un yn y llwybr archwilio.",
    "Ad&ministration": "Gwei&nyddu",
    "&Force settings…": "&Gosodiadau'r heddlu…",
}

# Markup-only strings: the words are all placeholders, so the translation is the source.
IDENTICAL_PATTERN = re.compile(r"^(<[^>]*>|&nbsp;|%\d|\s)*$")

PLACEHOLDER = re.compile(r"%\d+")


def fill(path: Path, translate) -> list:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        text = translate(source)
        if text is None:
            missing.append(source)
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            missing.append("placeholders differ: " + source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def welsh(source: str):
    if source in CY:
        return CY[source]
    if IDENTICAL_PATTERN.match(re.sub(r"<span[^>]*>|</span>|<b[^>]*>|</b>", "", source)):
        return source
    return None


def main() -> int:
    problems = fill(HERE / "kestrel_cy.ts", welsh)
    fill(HERE / "kestrel_en_GB.ts", lambda s: s)
    for p in problems:
        print("kestrel_cy.ts: no Welsh for:", repr(p), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
