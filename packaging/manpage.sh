#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the manual page cscdesk(1) from the command line's own help (`cscdesk --help` and
# `cscdesk COMMAND --help`), so the page never drifts from the program. Run by the build.
#   manpage.sh BINARY VERSION OUTPUT
set -eu
bin="$1"
version="$2"
out="$3"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
# roff: escape backslashes, and lines starting with . or ' must not be read as requests.
esc() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/" -e 's/-/\\-/g'; }
# The page does not depend on where the build or the home folder is.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
tidy() { sed -e "s|$bin|cscdesk|g" -e "s|$home|~|g"; }
main_help="$("$bin" --help 2>&1 | tidy || true)"
# The commands listed after "Commands:" ("   demo        Create a demonstration database").
commands="$(printf '%s\n' "$main_help" | sed -n '/Commands:/,$p' | sed -n 's/^ *\([a-z][a-z-]*\)  .*/\1/p' | grep -v '^command$' || true)"
{
  printf '.TH CSCDESK 1 "2026-12-01" "CSC Desk %s" "User Commands"\n' "$version"
  printf '.SH NAME\ncscdesk \\- desktop workbench of a Customer Standing Committee\n'
  printf '.SH SYNOPSIS\n.B cscdesk\n[\\fB\\-\\-db\\fR \\fIFILE\\fR] [\\fB\\-\\-section\\fR \\fINAME\\fR]\n.br\n'
  printf '.B cscdesk\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n'
  printf '.SH DESCRIPTION\nWithout a command, \\fBcscdesk\\fR opens the desktop application on the '
  printf 'committee'"'"'s database. With a command it runs headless, prints to standard output and '
  printf 'exits 0 on success, 1 on a usage error and 2 on a data error.\n'
  printf '.SH OPTIONS AND COMMANDS\n.nf\n'
  printf '%s\n' "$main_help" | esc
  printf '.fi\n'
  for c in $commands; do
    help="$("$bin" "$c" --help 2>&1 | tidy || true)"
    [ -n "$help" ] || continue
    printf '.SS %s\n.nf\n' "$c"
    printf '%s\n' "$help" | esc
    printf '.fi\n'
  done
  printf '.SH FILES\n.TP\n.I ~/.local/share/CSCDesk/cscdesk/cscdesk.db\nThe default database.\n'
  printf '.SH SEE ALSO\nThe user guide in the application: Help > User Guide (F1).\n'
} > "$out"
