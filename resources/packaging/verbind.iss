; Inno Setup script for the Windows installer of Verbind (https://jrsoftware.org/isinfo.php).
; Build the one-folder app on Windows first, from the repository root:
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e ".[build]"
;   .venv\Scripts\pyinstaller --noconfirm build.spec          (makes dist\verbind\)
; then compile this script (Inno Setup 6):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 resources\packaging\verbind.iss
; → dist\verbind-0.1.0-setup.exe. It installs per user by default (no administrator needed), adds
; a Start-menu entry and, when asked, a desktop icon; "verbind" is put on the user's PATH for the
; command line. Uninstalling removes the program folder and the PATH entry; vaults, backups and
; settings live in the user's own folders and are kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0B8C52-2E57-4C7B-9A55-2A3F4E0C1D17}
AppName=Verbind
AppVersion={#AppVersion}
AppPublisher=Verbind
DefaultDirName={autopf}\Verbind
DefaultGroupName=Verbind
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=verbind-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesEnvironment=yes
UninstallDisplayIcon={app}\verbind.exe

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "verbind op het PATH zetten (opdrachtregel) / put verbind on PATH"; Flags: unchecked

[Files]
Source: "..\..\dist\verbind\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Verbind"; Filename: "{app}\verbind.exe"; Parameters: "gui"
Name: "{autodesktop}\Verbind"; Filename: "{app}\verbind.exe"; Parameters: "gui"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
  Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\verbind.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,Verbind}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
    Paths := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Dir: string;
  P: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Dir := ExpandConstant('{app}');
  if RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
  begin
    P := Pos(';' + Uppercase(Dir), Uppercase(Paths));
    if P > 0 then
    begin
      Delete(Paths, P, Length(Dir) + 1);
      RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Paths);
    end;
  end;
end;
