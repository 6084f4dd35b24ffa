; Recognition Desk — Windows installer, Inno Setup 6 variant of installer/recognition-desk.nsi (same behaviour).
;
; Per-user installation (no administrator rights) into %LOCALAPPDATA%\Programs\Recognition Desk, Start-menu
; shortcut, optional "Open with Recognition Desk" for PDF and badge files, uninstall that removes the program only:
; the database, evidence files, backups, settings and logs in %LOCALAPPDATA%\RecognitionDesk are kept.
;
; Build on Windows after `pyinstaller installer\recognition_desk.spec`:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DVERSION=<app.__version__> installer\recognition-desk.iss

; The version has one home, app/__init__.py (__version__): pass it with /DVERSION.
#ifndef VERSION
  #error Pass the version: /DVERSION=<app.__version__>
#endif
#define APP_NAME "Recognition Desk"
#define APP_ID "RecognitionDesk"
#define APP_EXE "RecognitionDesk.exe"
#define PROGID "RecognitionDesk.Credential"

[Setup]
AppId={{7C4E2B1A-5D3F-4E8B-9A61-2F0C8D4B7E15}
AppName={#APP_NAME}
AppVersion={#VERSION}
AppPublisher={#APP_NAME}
DefaultDirName={localappdata}\Programs\{#APP_NAME}
DefaultGroupName={#APP_NAME}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\dist
OutputBaseFilename=RecognitionDesk-{#VERSION}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#APP_EXE}
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
uk.AssocTask=Пункт «Відкрити за допомогою» для PDF і цифрових бейджів
en.AssocTask='Open with' entry for PDF files and digital badges
uk.KeptData=База даних, документи, резервні копії та налаштування збережено в %1.
en.KeptData=Your database, evidence files, backups and settings were kept in %1.

[Tasks]
Name: "assoc"; Description: "{cm:AssocTask}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundled libraries completely.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\RecognitionDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#APP_NAME}"; Filename: "{app}\{#APP_EXE}"

[Registry]
Root: HKCU; Subkey: "Software\Classes\{#PROGID}"; ValueType: string; ValueData: "{#APP_NAME} credential"; Flags: uninsdeletekey; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\{#PROGID}\DefaultIcon"; ValueType: string; ValueData: "{app}\{#APP_EXE},0"; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\{#PROGID}\shell\open\command"; ValueType: string; ValueData: """{app}\{#APP_EXE}"" gui --open ""%1"""; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "{#PROGID}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\.jwt\OpenWithProgids"; ValueType: string; ValueName: "{#PROGID}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\.jsonld\OpenWithProgids"; ValueType: string; ValueName: "{#PROGID}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#PROGID}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\.png\OpenWithProgids"; ValueType: string; ValueName: "{#PROGID}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\.svg\OpenWithProgids"; ValueType: string; ValueName: "{#PROGID}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc

[Run]
Filename: "{app}\{#APP_EXE}"; Description: "{cm:LaunchProgram,{#APP_NAME}}"; Flags: nowait postinstall skipifsilent

; No UninstallDelete section for the user data folder: Inno Setup removes only the files it installed, so
; {localappdata}\RecognitionDesk (database, evidence, backups, settings, logs) stays.
[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeptData'), [ExpandConstant('{localappdata}\{#APP_ID}')]), mbInformation, MB_OK);
end;
