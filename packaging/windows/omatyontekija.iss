; Inno Setup script: the Windows installer of the one-folder bundle.
;
; Build the bundle on Windows first (packaging\windows\README.md), then:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\omatyontekija.iss
; Output: dist\omatyontekija-<version>-setup.exe

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=0.1.0 (the __version__ of src\omatyontekija\__init__.py)
#endif

#define AppName "Omatyöntekijä"
#define AppId "fi.jyvaskyla.omatyontekija"
#define Bundle "..\..\dist\omatyontekija"

[Setup]
; The GUID-like AppId identifies the installation for upgrades and uninstall:
; never change it between versions.
AppId={{4B0E6C1E-2F5A-4D8E-9C61-0F6A8E1D7B32}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Omatyöntekijä developers
DefaultDirName={autopf}\Omatyontekija
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without administrator rights when the user chooses so;
; an administrator installs for all users of the workstation.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=omatyontekija-{#AppVersion}-setup
SetupIconFile=..\..\src\omatyontekija\resources\icons\omatyontekija.ico
UninstallDisplayIcon={app}\omatyontekija-gui.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fi.GuiComment=Omatyöntekijät, aluejako ja asiakkuuksien saattaen vaihtaminen
sv.GuiComment=Egna kontaktpersoner, områdesindelning och överlämningar med stöd
en.GuiComment=Named workers, area divisions and accompanied handovers

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables and _internal\ with Python,
; Qt, the package data and the Alembic migrations.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries; files a newer version no longer
; ships must not linger and be loaded instead.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; The windowed executable: no console window opens (the gui-script entry).
Name: "{group}\{#AppName}"; Filename: "{app}\omatyontekija-gui.exe"; Comment: "{cm:GuiComment}"; AppUserModelID: "{#AppId}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\omatyontekija-gui.exe"; Comment: "{cm:GuiComment}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\omatyontekija-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there. The database (%LOCALAPPDATA%\omatyontekija)
; and the logs are the user's records and stay.
Type: filesandordirs; Name: "{app}\_internal"
