; Recognition Desk — Windows installer (NSIS 3, Modern UI 2).
;
; Per-user installation: no administrator rights, installs into %LOCALAPPDATA%\Programs\Recognition Desk,
; Start-menu shortcut, optional "Open with Recognition Desk" for PDF and badge files, an entry in
; Settings ▸ Apps. Uninstalling removes the program files only: the database, evidence files, backups, settings and
; logs live in the user data folder (%LOCALAPPDATA%\RecognitionDesk) and are kept.
;
; Build (after `pyinstaller installer\recognition_desk.spec` has made dist\RecognitionDesk):
;   makensis /DVERSION=<app.__version__> /DSOURCE_DIR=dist\RecognitionDesk /DOUT_DIR=dist installer\recognition-desk.nsi
; (on Linux: makensis -DVERSION=... ; installer/build.sh --nsis does it)

Unicode true
; The application is a 64-bit build, and so is the installer (it runs the same on every 64-bit Windows).
Target amd64-unicode
!include "MUI2.nsh"
!include "FileFunc.nsh"

; The version has one home, app/__init__.py (__version__); installer/build.sh passes it.
!ifndef VERSION
  !error "Pass the version: /DVERSION=<app.__version__>"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\dist\RecognitionDesk"
!endif
!ifndef OUT_DIR
  !define OUT_DIR "..\dist"
!endif

!define APP_NAME "Recognition Desk"
!define APP_ID "RecognitionDesk"
!define APP_EXE "RecognitionDesk.exe"
!define CLI_EXE "recognition-desk-cli.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define PROGID "RecognitionDesk.Credential"

Name "${APP_NAME}"
OutFile "${OUT_DIR}\RecognitionDesk-${VERSION}-setup.exe"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "Software\${APP_ID}" "InstallDir"
SetCompressor /SOLID lzma
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "GNU AGPL v3 or later"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH
!insertmacro MUI_LANGUAGE "Ukrainian"
!insertmacro MUI_LANGUAGE "English"

LangString SecApp ${LANG_UKRAINIAN} "Програма ${APP_NAME}"
LangString SecApp ${LANG_ENGLISH} "${APP_NAME}"
LangString SecAssoc ${LANG_UKRAINIAN} "Пункт «Відкрити за допомогою» для PDF і цифрових бейджів"
LangString SecAssoc ${LANG_ENGLISH} "'Open with' entry for PDF files and digital badges"
LangString KeptData ${LANG_UKRAINIAN} "База даних, документи, резервні копії та налаштування збережено в $LOCALAPPDATA\${APP_ID}."
LangString KeptData ${LANG_ENGLISH} "Your database, evidence files, backups and settings were kept in $LOCALAPPDATA\${APP_ID}."

Section "!$(SecApp)" SEC_APP
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the bundled libraries completely (stale modules from an older build must not stay).
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  WriteRegStr HKCU "Software\${APP_ID}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Optional and off by default: adds Recognition Desk to "Open with" of these types without taking over the
; program that opens them now.
Section /o "$(SecAssoc)" SEC_ASSOC
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "${APP_NAME} credential"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" gui --open "%1"'
  WriteRegStr HKCU "Software\Classes\.pdf\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\.jwt\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\.jsonld\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\.json\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\.png\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\.svg\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" gui --open "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

; Silent installs for IT departments: `setup.exe /S` installs the program, `setup.exe /S /ASSOC` also the
; "Open with" entry.
Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ASSOC" $R1
  IfErrors +2
  SectionSetFlags ${SEC_ASSOC} ${SF_SELECTED}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_APP} "$(SecApp)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_ASSOC} "$(SecAssoc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; Removes what the installer put there, by name: never the whole folder recursively (a user may have chosen a folder
; that holds other files), and never the user data folder.
Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.pdf\OpenWithProgids" "${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.jwt\OpenWithProgids" "${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.jsonld\OpenWithProgids" "${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.json\OpenWithProgids" "${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.png\OpenWithProgids" "${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.svg\OpenWithProgids" "${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${APP_EXE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_ID}"
  ; The user data folder ($LOCALAPPDATA\RecognitionDesk: database, evidence, backups, settings, logs) stays.
  IfSilent +2
  MessageBox MB_OK|MB_ICONINFORMATION "$(KeptData)"
SectionEnd
