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
