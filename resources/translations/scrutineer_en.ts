<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ActionCommands</name>
    <message>
        <source>Add action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this action's status while you were looking at it. Nothing was saved; the tracker now shows the current status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 set this action to %2 at %3, after you opened it. Your change (%4) was not saved; the tracker now shows their status. Set it again if yours should stand.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionPlanParser</name>
    <message>
        <source>ref cell empty: ref %1 taken from the row above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty ref</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed ref: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ref %1 is outside its section %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ref %1 has %2 levels where the plan uses %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate ref %1 (first on page %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refs jump from %1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionRequestParser</name>
    <message>
        <source>due before the meeting that asked for it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionStore</name>
    <message>
        <source>someone else changed the action's status first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionTally</name>
    <message>
        <source>Owner not stated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionTracker</name>
    <message>
        <source>Action tracker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find actions containing these words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the actions of this body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the actions of owners whose name contains this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show actions with this status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ori&amp;gin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show actions from this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only actions still to be done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only actions past their due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of actions shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the page the selected action comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an action by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Carry forward…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carry open actions forward to the next meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the actions shown as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details of the selected action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New s&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New status for the selected actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional comment kept with the status change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the new status for the selected actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;History and evidence&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status history and later minutes that mention the action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting that asked for the action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference of the action, if it has one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What has to be done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who owns the action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The action has a due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status of the new action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddReadingDialog</name>
    <message>
        <source>Add a reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator the reading is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period the reading covers, as a month, quarter or date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the period is read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value of the reading</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaPageAssigner</name>
    <message>
        <source>pack pages %1-%2 belong to no agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>range overlaps item %1's pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agenda range gives PDF pages %1 but the "Agenda Item %2" stamps begin on page %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stamped "Agenda Item %1" in the pack but not listed in its agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report is from "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda items, reports, minutes and resolutions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendanceParser</name>
    <message>
        <source>substitute for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BandParser</name>
    <message>
        <source>%1 band not understood: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worst band missing (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>best band missing (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>band missing (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 band %2 points the wrong way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 band %2 points the wrong way (expected %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bands overlap at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no band covers %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Agenda:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Council meeting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CarryForwardView</name>
    <message>
        <source>Actions carried forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open actions carried forward to a meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carry forward &amp;to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting the open actions are carried forward to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary of the actions carried forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open actions carried forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the page the selected action comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the carried-forward actions as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record carry-forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note in each action's history that it was carried forward to this meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClauseText</name>
    <message>
        <source>Condition:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the library your team shares on a PostgreSQL server. You sign in as yourself: what you may do depends on your role there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recent connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's name or address; leave it empty for a server on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scrutineer never asks for or keeps your password: PostgreSQL reads it from your ~/.pgpass file or the PGPASSWORD variable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>(Scrutineer never stores passwords: put yours in ~/.pgpass or PGPASSWORD.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder for the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not a Scrutineer database (not SQLite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this Scrutineer has no PostgreSQL driver (Debian: install libqt6sql6-psql)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database was written by a newer Scrutineer (schema %1; this version knows %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only an administrator of the team database can upgrade it (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema migration %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema migration %1 could not start: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema migration %1 could not be committed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentAnalyser</name>
    <message numerus="yes">
        <source>no front sheet; the minutes of %n meeting(s) were read</source>
        <translation><numerusform>no front sheet; the minutes of %n meeting were read</numerusform><numerusform>no front sheet; the minutes of %n meetings were read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) have no text layer and cannot be searched: %1</source>
        <translation><numerusform>%n page have no text layer and cannot be searched: %1</numerusform><numerusform>%n pages have no text layer and cannot be searched: %1</numerusform></translation>
    </message>
    <message>
        <source>Page %1 was not read whole: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentInspector</name>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>covering letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>front sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agenda</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n agenda item(s) of %1</source>
        <translation><numerusform>%n agenda item of %1</numerusform><numerusform>%n agenda items of %1</numerusform></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes of %1: %2 minutes, %3 resolutions, %4 attendance entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a plan, action log or scorecard: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) read</source>
        <translation><numerusform>%1 — %n row read</numerusform><numerusform>%1 — %n rows read</numerusform></translation>
    </message>
    <message>
        <source>read with your template “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gave no rows: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measures</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n performance measure(s) read from blocks</source>
        <translation><numerusform>%n performance measure read from blocks</numerusform><numerusform>%n performance measures read from blocks</numerusform></translation>
    </message>
    <message>
        <source>aligned block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lines that look like a plan or action log, with no header the reader knows, from “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lines that look like a scorecard, with no header the reader knows, from “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not read: %1 lines of figures with no plan or scorecard columns, from “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not read: %1 lines of text in columns, from “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a RESOLVED line in no resolution: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a set of minutes with no meeting: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no text layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not understood on %1: %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentKindDetector</name>
    <message>
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no page carries text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1 encloses papers published after the agenda: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a covering letter on page %1, and the PDF's title names a supplement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes heading on page %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record-of-decision heading on page %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agenda heading on page %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report front-sheet labels on page %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an appendix to a report: %1 on page %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1 has no agenda, minutes, letter, decision or report heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes heading on page 1: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the minutes of %n meeting(s) were read</source>
        <translation><numerusform>the minutes of %n meeting were read</numerusform><numerusform>the minutes of %n meetings were read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no front sheet, agenda or minutes; a %1 read on %2 (%n row(s))</source>
        <translation><numerusform>no front sheet, agenda or minutes; a %1 read on %2 (%n row)</numerusform><numerusform>no front sheet, agenda or minutes; a %1 read on %2 (%n rows)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no front sheet, agenda or minutes; %n performance measure(s) read</source>
        <translation><numerusform>no front sheet, agenda or minutes; %n performance measure read</numerusform><numerusform>no front sheet, agenda or minutes; %n performance measures read</numerusform></translation>
    </message>
    <message>
        <source>report title on page %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; nothing read in it makes it minutes or a report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scrutineer reads the agenda packs your council publishes before each meeting and lets you find your way through them: meetings by committee, each agenda item with its report, the minutes and the resolutions, and every page searchable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Agenda Packs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import agenda packs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a folder of agenda packs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;Sample Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the sample pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sample pack is a short, entirely fictional agenda pack made up to show what Scrutineer does; no real council or person is named in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where your database is kept</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find in this document:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words to find on these pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>not started: the import was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a regular file (a named pipe, socket or device)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already in the library as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped part-way: nothing of this file was kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled while waiting for another program: nothing of this file was kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database refused it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaces the earlier version %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>another program kept the database locked for %1 s; nothing was written, try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the import was cancelled while waiting for the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database refused the import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the import could not be committed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndicatorStore</name>
    <message>
        <source>That reading was not entered by hand, or is gone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeepMarkedTableCommand</name>
    <message>
        <source>Keep marked table</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryCopy</name>
    <message>
        <source>the database already holds a library (table %1 has rows); a library is copied only into an empty database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the copy could not be committed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Agenda Packs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import PDF agenda packs, supplements and minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import every PDF in a folder and its subfolders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;Sample Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a short fictional agenda pack to try Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new, empty database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open another Scrutineer database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Briefing Sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the selected meeting’s notes and questions as Markdown or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find in All Packs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search every imported pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a private note on the page you are reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Question to Ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a question to ask at the meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carried Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions carried forward to this meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the library your team shares on a PostgreSQL server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read Scanned Pages (&amp;OCR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When importing, read pages that have no text layer with OCR so they can be searched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkTableDialog</name>
    <message>
        <source>Read a Marked Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What is it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Headings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The marked part of the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows read from the marked table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column &amp;holds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolution read from the marked text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the next packs the same way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingsNavigator</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter meetings by body or date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the bodies and meetings whose name or date contains this text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings by body and date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MinutesParser</name>
    <message>
        <source>Minutes of %1, minute %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: impossible date "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cites %2, after the meeting, as past: "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voted but not listed as present: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes of %1, minute %2, recorded vote: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes of %1 (page %2): %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a private note on the current page or agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a question to ask at the meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New question to ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the questions and notes as a briefing sheet, or save it as PDF or Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export briefing sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes and questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the note is anchored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>%1 is not Scrutineer's Tesseract module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tesseract could not be loaded (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tesseract could not load its '%1' language data (install tesseract-ocr-%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OcrFacts</name>
    <message>
        <source>the file has no text layer: all of its text was read by OCR (mean confidence %1 %); check facts read from it against the PDF</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page(s) had no text layer; their text was read by OCR (mean confidence %1 %): %2</source>
        <translation><numerusform>%n page had no text layer; their text was read by OCR (mean confidence %1 %): %2</numerusform><numerusform>%n pages had no text layer; their text was read by OCR (mean confidence %1 %): %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) have no text layer and cannot be searched: %1</source>
        <translation><numerusform>%n page have no text layer and cannot be searched: %1</numerusform><numerusform>%n pages have no text layer and cannot be searched: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>OpenActionCount</name>
    <message>
        <source>%1 (left out: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PackImporter</name>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no text could be read: page %1 was not read whole (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF has no text layer on any page (a scan, or text drawn as shapes) and OCR is turned off, so there is nothing to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF has no text layer on any page and OCR could not run (%1), so there is nothing to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF has no text layer on any page and OCR found no readable words on it, so there is nothing to import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The PDF has %1 pages, so it was read in %n section(s) of up to %2 pages, one after another: minutes or tables that run across a section's last page are read in two parts.</source>
        <translation><numerusform>The PDF has %1 pages, so it was read in %n section of up to %2 pages, one after another: minutes or tables that run across a section's last page are read in two parts.</numerusform><numerusform>The PDF has %1 pages, so it was read in %n sections of up to %2 pages, one after another: minutes or tables that run across a section's last page are read in two parts.</numerusform></translation>
    </message>
</context>
<context>
    <name>PageLabel</name>
    <message>
        <source>Page %1 · PDF p. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF p. %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack page %1, PDF page %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF page %1 of %2, no printed page number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageMap</name>
    <message>
        <source>Agenda Item %1 starts on PDF page %2, which the other items' stamps make pack page %3, but the agenda gives it pages %4-%5</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The PDF's page labels disagree with the printed page numbers on %n page(s)</source>
        <translation><numerusform>The PDF's page labels disagree with the printed page numbers on %n page</numerusform><numerusform>The PDF's page labels disagree with the printed page numbers on %n pages</numerusform></translation>
    </message>
    <message>
        <source>The printed page numbers disagree with one another, so unnumbered pages are left without a pack page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printed page numbering changes at PDF page %1 (page %2 where %3 was expected): the file holds more than one numbered run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF page %1 is numbered %2, but the pages around it make it page %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF page %1 is numbered %2, out of step with the rest of the document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a regular file (a named pipe, socket or device)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a PDF file (it does not start with a PDF header)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF is corrupt and cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF is truncated or corrupt and cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF needs a password to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF is truncated (no end-of-file marker)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PDF cannot be opened again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its content has more than %1 drawing operations, so its text was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading its text took more than %1 seconds, so it was stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has %1 words; only the first %2 were read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show page thumbnails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF page number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scanned page notice</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PerformanceView</name>
    <message>
        <source>Performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Performance indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find indicators by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the indicators of this body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of indicators and breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the list shown as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators and breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators with their latest rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readings outside Good or worse than their floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readings and thresholds of the selected indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readings of the selected indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the thresholds come from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threshold bands of the selected indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a threshold band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected threshold band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the edited thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last change to thresholds or readings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a reading of the selected indicator by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected reading entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target of the selected indicator; empty for none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;loor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Floor of the selected indicator; empty for none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve target and floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate the readings against this target and floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use &amp;printed thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop the edited bands, target and floor and use them as printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is known about the selected indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the selected indicator has no readings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text size, per cent of the desktop's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The size of the text in menus, lists and tables, as a share of the desktop's own size. The page itself is zoomed in the viewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Panels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the panels go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the meetings, agenda, search and notes panels go when the layout is reset. One column leaves the page most of the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In one column beside the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On both sides of the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start in reading mode (panels hidden; F11 shows them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database opened at start-up:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database opened at start-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read scanned pages with &amp;OCR so they can be searched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read PDFs in a separate &amp;process (a file that crashes the reader costs only that file)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProseResponseFinder</name>
    <message>
        <source>referred to full Council</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>full Council</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>referred back to the decision-maker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the decision-maker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no further action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation><numerusform>%n action</numerusform><numerusform>%n actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation><numerusform>%n measure</numerusform><numerusform>%n measures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation><numerusform>%n attendee</numerusform><numerusform>%n attendees</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation><numerusform>%n agenda item</numerusform><numerusform>%n agenda items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s)</source>
        <translation><numerusform>%n resolution</numerusform><numerusform>%n resolutions</numerusform></translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>no thresholds to rate against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the thresholds give a direction only (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lies in more than one band (%2): the bands overlap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lies in no band: the bands leave a gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no target or floor to rate against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot tell whether higher or lower is better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the target is not met and no floor is printed to tell Amber from Red</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecentConnections</name>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecommendationCommands</name>
    <message>
        <source>Record response: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record progress update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove recorded response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove recorded update</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecommendationEntryDialog</name>
    <message>
        <source>Record a response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recommendation this entry is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the executive decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the response or update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was said or done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who leads the work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The response gives a due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scrutiny recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find recommendations containing these words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the recommendations of this body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show recommendations with this response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Awaiting response over two months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only recommendations with no response more than two months after they were made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted, &amp;no update since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only accepted recommendations with no progress reported since the response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of recommendations shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the page the selected recommendation comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record r&amp;esponse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the executive's response to the selected recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;update…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record progress on the selected recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the recommendations shown as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected recommendation, its responses and progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegionTable</name>
    <message>
        <source>There are no words inside the marked area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column holds the actions: give one the role Წtion”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column holds the measures: give one the role “measure”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column holds the names: give one the role “name”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column holds the titles: give one the role “title”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rows were found inside the marked area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rows give nothing to keep: check the columns' roles.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reports and exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Reports and exports&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outstanding actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body whose outstanding actions are reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the outstanding actions report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the outstanding actions report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting to brief for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the meeting briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the meeting briefing as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings as an iCalendar file for Outlook, Google Calendar or a phone, with each agenda in the description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Upcoming meetings only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export only meetings from today on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the meetings as an iCalendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything in the library as JSON (scrutineer-export v1), with your status updates and thresholds applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the whole library as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result of the last export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every open action with its owner and how late it is, overdue first, with a summary by owner; then the recommendations awaiting a response or an update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agenda, the committee's open actions, indicators in breach, recommendations to chase and your questions, on A4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting that passed the resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda item the resolution was passed under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute &amp;number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the suggested minute number comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute &amp;title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text — one numbered clause per line:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;clause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the next numbered clause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As it will be recorded:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the resolution with its clauses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolutionRegister</name>
    <message>
        <source>Resolution register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find resolutions containing these words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the resolutions of this body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earliest meeting date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest meeting date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show resolutions in this review state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of resolutions shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New resolution…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a new resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit or correct the selected resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected resolution as checked against the minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded &amp;vote…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the vote on the selected resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vert to printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop the correction and show the resolution as printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected resolution recorded here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the minutes page of the selected resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the resolutions shown as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected resolution in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded in the minutes as agreed, without “RESOLVED”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A motion carried on a roll call, without “RESOLVED”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>What needs a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;accepted and dismissed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleLabels</name>
    <message>
        <source>Ref / number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome / priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How we will know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status / RAG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update / commentary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detailed plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directorate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual / latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction of travel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good is higher / lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words to find in every imported pack. Use "quotes" for a phrase, word* for a prefix, OR between alternatives and -word to exclude.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Words to find in every imported pack.&lt;/p&gt;&lt;p&gt;&lt;b&gt;"library closure"&lt;/b&gt; finds the phrase; &lt;b&gt;librar*&lt;/b&gt; finds words starting with it; &lt;b&gt;parks OR libraries&lt;/b&gt; finds either; &lt;b&gt;-budget&lt;/b&gt; leaves out pages that mention it.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Committee filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit to a date range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings up to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in pack pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in agenda items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in resolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in my notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show more results for this search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show more results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search every imported pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words, "a phrase", word*</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick to find only what meetings between two dates hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionMerger</name>
    <message>
        <source>Pages %1–%2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>not a PostgreSQL address (postgresql://user@host/name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a valid address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the address holds a password; put it in ~/.pgpass or PGPASSWORD instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database name cannot contain '/'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown connection option '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecEdits</name>
    <message>
        <source>Read as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column role: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move column boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split row</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>status %1 is not in the table's key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Table Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViewSettings</name>
    <message>
        <source>Columns to show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Recorded vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Count&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Names, separated by commas&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number voting for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names of those voting for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number voting against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names of those voting against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number abstaining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names of those abstaining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome of the vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the counts and the names agree</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoteParser</name>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 printed beside the names, %3 in "%4"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>three-part tally "%1": the third figure is not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 printed, %3 names listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 printed, no names listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is listed both for and against</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no meetings yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation><numerusform>%1: %n meeting</numerusform><numerusform>%1: %n meetings</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkerImport</name>
    <message>
        <source>the import worker could not be started (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the importer crashed while reading this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the importer stopped while reading this file (exit code %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading this file took longer than %1 s, so it was stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the importer gave no result for this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; nothing of this file was kept</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the database FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log debug messages to the console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take a tour of the screens into DIR and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print start-up timings and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read, search and annotate council agenda packs. Without --db, the database chosen in Preferences is opened, else the embedded database in your application data folder (created on first use).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::OpenActionCount</name>
    <message>
        <source>%n complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n business as usual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n open action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n open actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n repeat of an action asked for earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n repeats of actions asked for earlier</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::app::ScreenshotTour</name>
    <message>
        <source>Compare the figures with last year's report before the meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is the timetable for the recommendations, and who will report back?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask which of these figures the committee can compare year on year.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui</name>
    <message>
        <source>Scrutineer databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open PDF page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked for at %1 meetings: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked for %1 times at the meeting of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ActionDetailsHtml</name>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printed “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n day late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, clause %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 · PDF p. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF p. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No updates recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later minutes that mention it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No later minute cites this resolution yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only actions requested by a resolution are traced through later minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute %1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an action to see its details, its history and the later minutes that mention it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n action selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n actions selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A status set below is recorded for each of them, with the same comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent evidence: nothing has reported on it since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not tied to a meeting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ActionTableModel</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent evidence: nothing has reported on this action since %1. It is still open as far as anyone has said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due before the next meeting of %1, on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, due before the next meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tied to a meeting: read from %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ActionTracker</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the actions: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n actions</source>
        <translation><numerusform>&amp;Apply to %n actions</numerusform><numerusform>&amp;Apply to %n actions</numerusform></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set status to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Set %n actions to %1</source>
        <translation><numerusform>Set %n actions to %1</numerusform><numerusform>Set %n actions to %1</numerusform></translation>
    </message>
    <message>
        <source>Carry open actions forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actions.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n action shown</source>
        <translation><numerusform>%n action shown</numerusform><numerusform>%n action shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actions shown</source>
        <translation><numerusform>%n actions shown</numerusform><numerusform>%n actions shown</numerusform></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation><numerusform> · %n overdue</numerusform><numerusform> · %n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n with no recent evidence</source>
        <translation><numerusform> · %n with no recent evidence</numerusform><numerusform> · %n with no recent evidence</numerusform></translation>
    </message>
</context>
<context>
    <name>scrutineer::gui::AddActionDialog</name>
    <message>
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::AddReadingDialog</name>
    <message>
        <source>A reading of &lt;b&gt;%1&lt;/b&gt;, entered by hand. It is kept when packs are imported again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A month (Apr 2030), a quarter (Q1 2030/31), a year or a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charted at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a period the chart can place in time; readings keep the order entered.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::AgendaLabels</name>
    <message>
        <source>PDF %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack pages %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF pages %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pages in the pack (a procedural item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business as usual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record of decision</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::AgendaPanel</name>
    <message>
        <source>Date not recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No meeting selected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::AgendaTreeModel</name>
    <message>
        <source> (exempt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes, PDF page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions (%1 open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions (%1 open of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats an action asked for earlier (at an earlier meeting, or earlier in these minutes): counted there, once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::BodyFilter</name>
    <message>
        <source>All bodies</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::BreachModel</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::BriefingWriter</name>
    <message>
        <source>Briefing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private notes, prepared %1 with Scrutineer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Briefing · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private and confidential — councillor's own notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::CarryForwardView</name>
    <message>
        <source>Choose a meeting to see the open actions its body carries into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open actions from earlier meetings of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One open action from earlier meetings carried forward to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open actions from earlier meetings carried forward to %1</source>
        <translation><numerusform>%n open actions from earlier meetings carried forward to %1</numerusform><numerusform>%n open actions from earlier meetings carried forward to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> — %n overdue.</source>
        <translation><numerusform> — %n overdue.</numerusform><numerusform> — %n overdue.</numerusform></translation>
    </message>
    <message>
        <source>Carried forward to the meeting of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carry one action forward</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Carry %n actions forward</source>
        <translation><numerusform>Carry %n actions forward</numerusform><numerusform>Carry %n actions forward</numerusform></translation>
    </message>
    <message>
        <source>Export carried-forward actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>carried-forward-actions.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ChairTools</name>
    <message>
        <source>Officers' and chairs' tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;commendations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt when the server can</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always encrypt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt and check the server's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::DatabaseDialogs</name>
    <message>
        <source>Open Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>council-papers.sqlite</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::DatabaseSwitcher</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be reached, so your own library is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scrutineer could not open %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::EmptyStatePage</name>
    <message>
        <source>&lt;ol style='margin-left:-20px'&gt;&lt;li&gt;&lt;b&gt;Bring in your packs.&lt;/b&gt; Import the PDFs you have, or drag PDF files or whole folders onto this window. Each pack is read once and kept on this computer, with your notes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read.&lt;/b&gt; Choose a meeting, then an agenda item, report, minute or resolution to go straight to its page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Find and prepare.&lt;/b&gt; Search every pack at once (Ctrl+F), and keep private notes and questions to ask, ready to print as a briefing sheet.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:%1'&gt;Your database is kept in %2.&lt;/span&gt; &lt;a href='open'&gt;Open another database…&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::FindBar</name>
    <message>
        <source>&amp;Find in This Document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find words on the pages of the document you are reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found in this document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 so far, searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::HighlightController</name>
    <message>
        <source>Question: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlighted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight the selected words and keep them with your notes (Ctrl+Shift+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight with a &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlight with a &amp;Question…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Write a Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in &amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Note and Highlight…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ImportController</name>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no PDF files in what you chose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sample pack could not be created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import agenda packs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import every PDF in a folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ImportDrop</name>
    <message numerus="yes">
        <source>Drop to import %n item(s)</source>
        <translation><numerusform>Drop to import %n item</numerusform><numerusform>Drop to import %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>scrutineer::gui::ImportProgressWidget</name>
    <message>
        <source>Cancelling the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1 of %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>analysing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · waiting for another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another program is writing to the library; this file is written when it has finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading scanned page %1 of %2 (OCR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m scanned pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ImportSummaryDialog</name>
    <message>
        <source>&amp;Open document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected document</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file imported</source>
        <translation><numerusform>%n file imported</numerusform><numerusform>%n file imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n files imported</source>
        <translation><numerusform>%n files imported</numerusform><numerusform>%n files imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated to a new version</source>
        <translation><numerusform>%n updated to a new version</numerusform><numerusform>%n updated to a new version</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation><numerusform>%n already in the library</numerusform><numerusform>%n already in the library</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation><numerusform>%n refused</numerusform><numerusform>%n refused</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation><numerusform>%n not imported</numerusform><numerusform>%n not imported</numerusform></translation>
    </message>
    <message>
        <source>No files were imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled. Files finished before you cancelled are kept; the file in progress left nothing behind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a refused file to see why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not found on the front sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n note moved onto the new version</source>
        <translation><numerusform>%n note moved onto the new version</numerusform><numerusform>%n note moved onto the new version</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n notes moved onto the new version</source>
        <translation><numerusform>%n notes moved onto the new version</numerusform><numerusform>%n notes moved onto the new version</numerusform></translation>
    </message>
    <message>
        <source>Pages without text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (scanned images: not searchable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worth checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ImportSummaryModel</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other document (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n page</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n pages</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item</source>
        <translation><numerusform>%n agenda item</numerusform><numerusform>%n agenda item</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation><numerusform>%n agenda items</numerusform><numerusform>%n agenda items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minute</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation><numerusform>%n minutes</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resolution</source>
        <translation><numerusform>%n resolution</numerusform><numerusform>%n resolution</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resolutions</source>
        <translation><numerusform>%n resolutions</numerusform><numerusform>%n resolutions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action</source>
        <translation><numerusform>%n action</numerusform><numerusform>%n action</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation><numerusform>%n actions</numerusform><numerusform>%n actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page without text</source>
        <translation><numerusform>%n page without text</numerusform><numerusform>%n page without text</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages without text</source>
        <translation><numerusform>%n pages without text</numerusform><numerusform>%n pages without text</numerusform></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record of decision</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::IndicatorSummary</name>
    <message>
        <source>target %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>floor %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Target and Floor as you set them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no thresholds, target or floor printed, so readings cannot be rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thresholds: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n reading(s), the latest %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n reading(s), the latest %1 for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no readings yet: add one below, or they arrive with the next pack that reports it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on PDF p. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in a table you marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read with your template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::IndicatorTableModel</name>
    <message>
        <source>Printed %1, computed %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (edited)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::MainWindow</name>
    <message>
        <source>About Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Scrutineer %1&lt;/h3&gt;&lt;p&gt;Agenda packs, minutes and actions for council scrutiny, searchable in one place.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::MarkTableDialog</name>
    <message>
        <source>Found by Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>First %n line(s)</source>
        <translation><numerusform>First %n line</numerusform><numerusform>First %n lines</numerusform></translation>
    </message>
    <message>
        <source>◂ Boundary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the current column's right boundary left (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boundary ▸</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the current column's right boundary right (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split the current column in two (Ctrl+Shift+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge the current column with the next (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join the selected rows into one (Ctrl+J)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new row at the current row's second line (Ctrl+Shift+J); or double-click a line on the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep These Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for any document with the same headings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for packs of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the marked part of the page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(a template finds a table by its headings; this one has none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n action(s): %1 with an owner, %2 with a due date, %3 with a status as printed.</source>
        <translation><numerusform>%n action: %1 with an owner, %2 with a due date, %3 with a status as printed.</numerusform><numerusform>%n actions: %1 with an owner, %2 with a due date, %3 with a status as printed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s), </source>
        <translation><numerusform>%n measure, </numerusform><numerusform>%n measures, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s).</source>
        <translation><numerusform>%n reading.</numerusform><numerusform>%n readings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s).</source>
        <translation><numerusform>%n attendee.</numerusform><numerusform>%n attendees.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s).</source>
        <translation><numerusform>%n agenda item.</numerusform><numerusform>%n agenda items.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>One resolution with %n clause(s), kept in the resolution register.</source>
        <translation><numerusform>One resolution with %n clause, kept in the resolution register.</numerusform><numerusform>One resolution with %n clauses, kept in the resolution register.</numerusform></translation>
    </message>
</context>
<context>
    <name>scrutineer::gui::MarkingController</name>
    <message>
        <source>&amp;Mark Table on Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;Whole Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Read Marked Area…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag a rectangle around a table the importer missed, and on the next pages if it runs on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the text of the page being read (add the next page the same way)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview the rows in the marked area and keep them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a document to mark a table on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag a rectangle around the %1; drag on the next pages too if it runs on. Enter reads it, Escape stops.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You marked: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The marked table was not kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep %1 from the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept %1 from the marked table; Ctrl+Z takes them away again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::MeetingBriefing</name>
    <message>
        <source>Briefing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No agenda has been imported for this meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open actions for the committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 open action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n open actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators in breach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No indicator is outside Good or below its floor at its latest reading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printed rating: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions noted for this meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Briefing · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlighted in the papers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no longer printed in the revised pack</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::MeetingsModel</name>
    <message>
        <source>Date not recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body not recognised</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation><numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n upcoming</source>
        <translation><numerusform>, %n upcoming</numerusform><numerusform>, %n upcoming</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n open action(s)</source>
        <translation><numerusform>, %n open action</numerusform><numerusform>, %n open actions</numerusform></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation><numerusform>%n agenda item</numerusform><numerusform>%n agenda items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation><numerusform>%n open action</numerusform><numerusform>%n open actions</numerusform></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bodies and their meetings, upcoming first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>committee, then its council</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>committee, then where it meets</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meets at %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::NoteEditor</name>
    <message>
        <source>Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing a question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New question to ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::NotesModel</name>
    <message>
        <source>Questions to ask (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To ask: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highlighted: “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::NotesPanel</name>
    <message>
        <source>Item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 · PDF p. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF or Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the notes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes and questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes for this meeting yet.

Use Note to write down a thought about the page you are reading (select words on the page first to quote them), and Question to build the list of questions to ask at the meeting. Notes are private, saved as you write them, found by search, and stay with the pack when a revised version is imported.

Briefing prints the questions and notes as a briefing sheet, or saves it as PDF or Markdown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a meeting to see its notes and questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this note?

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print briefing sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The briefing could not be printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export briefing sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The briefing could not be written to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the revised pack no longer prints the quote</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::OutstandingActionsReport</name>
    <message>
        <source>Ref</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outstanding actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All bodies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No outstanding actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 outstanding action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n outstanding actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not counted: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n action(s) name several leads and count once for each of them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::PackPrinter</name>
    <message>
        <source>There are no pages in that range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer stopped after %1 pages.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::PdfView</name>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading page %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::PdfViewer</name>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a meeting, then an agenda item, to read its papers here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page &amp;Thumbnails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the document you are reading, a range of its pages or the page shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a document to print it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation><numerusform>Printed %n page.</numerusform><numerusform>Printed %n pages.</numerusform></translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Printing %n page(s)…</source>
        <translation><numerusform>Printing %n page…</numerusform><numerusform>Printing %n pages…</numerusform></translation>
    </message>
    <message>
        <source>Scanned page · text read by OCR (%1 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page has no text layer. Its words were read from the image by OCR with a mean confidence of %1 %, so search and extracted facts may miss or misread some of them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::PerformanceChart</name>
    <message>
        <source>Chart of the indicator's readings over time with its threshold bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an indicator to see its readings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per cent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed rating differs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::PerformanceData</name>
    <message>
        <source>worse than the floor of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>short of the target of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Floor met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Above floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Floor %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::PerformanceView</name>
    <message>
        <source>Cannot read the indicators: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaches (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 indicator</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation><numerusform>%n indicators</numerusform><numerusform>%n indicators</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n breach</source>
        <translation><numerusform>%n breach</numerusform><numerusform>%n breach</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n breaches</source>
        <translation><numerusform>%n breaches</numerusform><numerusform>%n breaches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n printed rating disagrees</source>
        <translation><numerusform>%n printed rating disagrees</numerusform><numerusform>%n printed rating disagrees</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n printed ratings disagree</source>
        <translation><numerusform>%n printed ratings disagree</numerusform><numerusform>%n printed ratings disagree</numerusform></translation>
    </message>
    <message>
        <source>No indicators imported yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an indicator to see its readings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an indicator to see its thresholds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rated against its Target and Floor as published: %1. Green meets the target, Amber meets the floor only, Red falls below the floor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited here; the pack printed: %1. Readings are rated against the bands below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pack printed no thresholds for this indicator. Add bands to rate its readings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As printed in the pack. Edit a grade or band and save to rate readings against your bands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defects in the printed bands: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The thresholds were not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use printed thresholds of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit thresholds of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>breaches.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indicators.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rated against a Target and Floor edited here: %1; the pack printed %2. Green meets the target, Amber meets the floor only, Red falls below the floor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target and floor were not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit target and floor of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use printed target and floor of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reading was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add reading %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reading was not removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove reading %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No readings yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to chart: its readings are not figures, and its thresholds give no figures to draw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to chart yet: no readings, and its thresholds give no figures to draw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to chart: its readings are not figures, and no thresholds were printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to chart yet: no readings and no thresholds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No readings of this indicator have been imported. Add one by hand, or they arrive with the next pack that reports it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No readings of this indicator have been imported. They arrive with the next pack that reports it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::PreferencesController</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colours, text size, panels, the database opened at start-up and importing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::PreferencesDialog</name>
    <message>
        <source>Your own library (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database file or a team database address. Leave empty for your own library. Opening scrutineer with --db chooses another for that run.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ReadingController</name>
    <message>
        <source>Choose a meeting, then an agenda item, to read its papers here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document of this meeting has been imported; its details come from another meeting's pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That document is no longer in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer at %2. It may have been moved or deleted: import it again from its new place to read it here (your notes are kept).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was imported without a file location, so it cannot be shown. Import the PDF again to read it here (your notes are kept).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ReadingMode</name>
    <message>
        <source>&amp;Reading Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the panels and toolbars so the page has the whole window (F11 again to show them)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ReadingTableModel</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF p. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::RecentDatabasesMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::RecommendationDetailsHtml</name>
    <message>
        <source>Made by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quoted in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open PDF page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No response recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No progress reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a recommendation to see its response and progress.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::RecommendationEntryDialog</name>
    <message>
        <source>Record the executive's response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a progress update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Recommendation %1&lt;/b&gt; of %2, %3:&lt;br/&gt;%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record update</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::RecommendationTableModel</name>
    <message>
        <source>To: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status as printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The paper does not say who made this recommendation; it was printed in the papers for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a meeting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::RecommendationsSection</name>
    <message>
        <source>Recommendations to chase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recommendation is waiting for a response or for an update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n awaiting the executive's response for more than two months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n accepted with no progress reported since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting a response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted, no update since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::RecommendationsView</name>
    <message>
        <source>Any response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the recommendations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recommendations.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recommendations yet: they are read from scrutiny reports, minutes and the executive's responses when you import them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 recommendation shown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n recommendations shown</source>
        <translation><numerusform>%n recommendations shown</numerusform><numerusform>%n recommendations shown</numerusform></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · %n awaiting a response over two months</source>
        <translation><numerusform> · %n awaiting a response over two months</numerusform><numerusform> · %n awaiting a response over two months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n accepted with no update since</source>
        <translation><numerusform> · %n accepted with no update since</numerusform><numerusform> · %n accepted with no update since</numerusform></translation>
    </message>
</context>
<context>
    <name>scrutineer::gui::RegionGridModel</name>
    <message>
        <source>p. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(left out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You chose this column's role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing says what this column holds: choose its role, or leave it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guessed from the heading and what the cells hold.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::RegionPreview</name>
    <message>
        <source>Reading the page…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ReportDocument</name>
    <message>
        <source>the printer could not start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed %1 · Scrutineer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the printer could not finish the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ReportsPanel</name>
    <message>
        <source>All bodies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no library is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the meeting is not in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no upcoming meetings in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no dated meetings in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save outstanding actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outstanding-actions.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>briefing.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>meetings.ics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save JSON export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scrutineer-export.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ResolutionDialog</name>
    <message>
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As printed in the minutes; the correction is kept through re-imports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No agenda item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No numbered minutes of this body yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested: the next number after this body's last minute.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ResolutionRegister</name>
    <message>
        <source>any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the resolutions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert to printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export resolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolutions.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n resolution shown</source>
        <translation><numerusform>%n resolution shown</numerusform><numerusform>%n resolution shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resolutions shown</source>
        <translation><numerusform>%n resolutions shown</numerusform><numerusform>%n resolutions shown</numerusform></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · %n not yet checked</source>
        <translation><numerusform> · %n not yet checked</numerusform><numerusform> · %n not yet checked</numerusform></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark not &amp;checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a resolution to read it in full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agenda item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As printed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ResolutionRegisterModel</name>
    <message>
        <source>Recorded here, checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abstain %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last changed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded by %1, last changed by %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corrected by %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked by %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marked not checked by %1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ReviewQueueModel</name>
    <message>
        <source>Resolution not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendee not matched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ratings disagree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action read uncertainly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure read uncertainly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded as agreed, with no RESOLVED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A motion with no RESOLVED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is listed as attending but is not a member of the committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: printed %3, the thresholds give %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2% sure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ReviewQueuePanel</name>
    <message>
        <source>&amp;Open Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to review: everything the importer saw was read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the page in the document (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The importer's reading is right, or nothing is missing (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go where it is put right: mark the table on the page, or open the register, the tracker or the performance view (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not worth reviewing; it stays dismissed when the pack is imported again (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ReviewRoom</name>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table &amp;Templates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;view Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the importer could not read or was unsure of: open the review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The templates that read the next packs of a committee the way you taught</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation><numerusform>%n to review</numerusform><numerusform>%n to review</numerusform></translation>
    </message>
    <message>
        <source>The templates cannot be shown: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::SamplePack</name>
    <message>
        <source>the folder for the sample pack cannot be created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sample pack could not be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sample pack could not be finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sample pack's pages do not match its agenda</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::SearchPanel</name>
    <message>
        <source>All committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search every imported pack, resolution, action and note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: click to include or leave out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to search for: add a word, or tick at least one kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n result</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation><numerusform>%n results</numerusform><numerusform>%n results</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting</source>
        <translation><numerusform>%n meeting</numerusform><numerusform>%n meeting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meetings</source>
        <translation><numerusform>%n meetings</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
    <message>
        <source>%1 in %2 · %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The best %1 in %2 · %3 ms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::SearchResultsModel</name>
    <message>
        <source>Page %1 · PDF p. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents without a meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n result</source>
        <translation><numerusform>%1, %n result</numerusform><numerusform>%1, %n result</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n results</source>
        <translation><numerusform>%1, %n results</numerusform><numerusform>%1, %n results</numerusform></translation>
    </message>
    <message>
        <source>%1: %2, %3. %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · scanned (OCR)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::SearchWorker</name>
    <message>
        <source>My note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My note on item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action without a reference number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::TableCsv</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::TemplateListModel</name>
    <message>
        <source>Any body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taught on %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads packs of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headings and roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::TemplatesDialog</name>
    <message>
        <source>When you keep the rows of a table you marked on the page, Scrutineer keeps what you taught it as a template and reads the next packs of the same committee with it. Rows read that way say “read with your template”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No templates yet. Mark a table the importer missed on a page (Edit → Mark Table on Page) and keep its rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename template to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete template “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ThresholdModel</name>
    <message>
        <source>Not a band: use &lt;65, 65-75, 85+, Increase or Decrease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>direction: increase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>direction: decrease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads as</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::ThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 (PDF page %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF page %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::VoteDialog</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>carried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agreed unanimously</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amendment carried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amendment lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the count is %2 but one name is listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the count is %2 but %3 names are listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is listed on more than one side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts and names agree, or only one of them is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept as entered, and flagged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::Workspaces</name>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the selected meeting’s pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track every action and its status across meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;solutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record, check and correct resolutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators, their thresholds and breaches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print or save briefings and reports; export data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;commendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scrutiny recommendations, the executive's responses and what was done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::labels</name>
    <message>
        <source>Complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business as usual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Improvement plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions arising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status set to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status set to %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status set to %1 by %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added by %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last reported: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From a table you marked on the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read with your template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read with your template “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::reclabels</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No response %n months after it was made; a response is due within two months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2; no progress reported since.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; no progress reported since.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>addressee unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scrutineer::gui::rolelabels</name>
    <message>
        <source>Action plan or tracker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scorecard or threshold table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value for %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>