@echo off
rem Starts Sendero. Without a subcommand it opens the workbench; with one (sendero help) it runs
rem in the console. Java: the runtime bundled next to this script, else %JAVA_HOME%, else java on
rem PATH; it must be 21 or newer.
rem
rem   sendero [--data DIR] [COMMAND [ARGUMENTS...]]
rem
rem The data folder is DIR, else %SENDERO_HOME%, else %USERPROFILE%\.sendero.
setlocal EnableExtensions EnableDelayedExpansion
set "MIN_JAVA=21"
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"

set "JAVA="
if exist "%HERE%\jre\bin\java.exe" set "JAVA=%HERE%\jre\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo sendero: no Java found; install Java %MIN_JAVA% or newer, or set JAVA_HOME 1>&2
  exit /b 1
)

set "JAVA_VERSION="
for /f "tokens=3" %%V in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~V"
for /f "delims=." %%M in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%M"
set /a JAVA_MAJOR_NUM=JAVA_MAJOR 2>nul
if not defined JAVA_MAJOR_NUM set "JAVA_MAJOR_NUM=0"
if %JAVA_MAJOR_NUM% LSS %MIN_JAVA% (
  echo sendero: Java %JAVA_VERSION% at %JAVA% is too old; Java %MIN_JAVA% or newer is needed 1>&2
  exit /b 1
)

if defined SENDERO_HOME (set "DATA=%SENDERO_HOME%") else (set "DATA=%USERPROFILE%\.sendero")
if "%~1"=="--data" (
  if "%~2"=="" (
    echo sendero: --data needs a folder 1>&2
    exit /b 2
  )
  set "DATA=%~f2"
  shift
  shift
)
if not exist "%DATA%\logs" mkdir "%DATA%\logs"

set "LAUNCHER="
for %%L in ("%HERE%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo sendero: the installation at %HERE% is incomplete ^(no launcher in plugins\^) 1>&2
  exit /b 1
)

set "ARGS="
:collect
if "%~1"=="" goto run
set ARGS=!ARGS! %1
shift
goto collect

:run
rem A crash of Java itself leaves its log beside Sendero's, where sendero diagnose finds it.
set "VMARGS=-Dsendero.home=%DATA% -Xms64m -XX:+UseSerialGC -XX:ErrorFile=%DATA%\logs\hs_err_pid%%p.log"
if not defined ARGS goto workbench
"%JAVA%" %VMARGS% -Djava.awt.headless=true -Dosgi.logfile="%DATA%\logs\cli.log" -jar "%LAUNCHER%" -data @none -nosplash -application org.sendero.cli.main%ARGS%
exit /b !ERRORLEVEL!

:workbench
rem The workbench starts in the language chosen in its preferences, and again when it asks to be
rem (exit code 23: a new language was chosen).
set "PREFS=%DATA%\workbench\.metadata\.plugins\org.eclipse.core.runtime\.settings\org.sendero.ui.prefs"
:again
set "NL="
if exist "%PREFS%" for /f "tokens=2 delims==" %%L in ('findstr /b "language=" "%PREFS%"') do set "NL=-nl %%L"
"%JAVA%" %VMARGS% -Dosgi.logfile="%DATA%\logs\sendero.log" -jar "%LAUNCHER%" -data "%DATA%\workbench" -nosplash %NL%
if !ERRORLEVEL! EQU 23 goto again
exit /b !ERRORLEVEL!
