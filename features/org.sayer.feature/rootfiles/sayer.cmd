@echo off
rem Starts Sayer from this product folder on Windows. Needs Java 21+ (JAVA_HOME, else java on PATH).
rem   sayer                  the workbench
rem   sayer open DIR         the workbench on the corpus in DIR
rem   sayer COMMAND ARGS...  a headless command (annotate, import, export, eval, stats, train, --help)
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo sayer: %HERE% is not a Sayer product folder 1>&2
  exit /b 1
)
if "%SAYER_HOME%"=="" set "SAYER_HOME=%USERPROFILE%\.sayer"
if not defined SAYER_HEAP set "SAYER_HEAP=2g"
set "FIRST=%~1"
for %%C in (annotate import export eval agree curate stats train check search help -h --help) do (
  if /I "%FIRST%"=="%%C" (
    "%JAVA%" -Xmx%SAYER_HEAP% -Djava.awt.headless=true -jar "%LAUNCHER%" -application org.sayer.cli.headless -nosplash -data @none %*
    exit /b %ERRORLEVEL%
  )
)
set "CORPUS="
if /I "%FIRST%"=="open" set "CORPUS=%~f2"
"%JAVA%" -Xmx%SAYER_HEAP% -Dosgi.requiredJavaVersion=21 -Dsayer.corpus="%CORPUS%" -jar "%LAUNCHER%" -clearPersistedState -data "%SAYER_HOME%\workspace"
exit /b %ERRORLEVEL%
